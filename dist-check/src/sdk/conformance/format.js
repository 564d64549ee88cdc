const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };
/**
 * Lays out conformance results as a CHECK / RESULT / DETAIL table followed by a
 * summary line. Columns are left-aligned and separated by two spaces; trailing
 * spaces are trimmed; every line ends with a newline.
 *
 * @example
 * formatConformanceTable([{ name: 'describe', outcome: 'pass', detail: 'echo 1.0.0' }]);
 * // "CHECK     RESULT  DETAIL\ndescribe  PASS    echo 1.0.0\n\n1 passed, 0 failed, 0 skipped: conformant\n"
 */
export function formatConformanceTable(results) {
    const rows = [['CHECK', 'RESULT', 'DETAIL'], ...results.map((r) => [r.name, LABEL[r.outcome], oneLine(r.detail)])];
    const widths = [0, 1].map((col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
    const lines = rows.map((row) => `${row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  ').trimEnd()}\n`);
    return `${lines.join('')}\n${summarize(results)}\n`;
}
/** "12 passed, 1 failed, 2 skipped: NOT conformant" (or ": conformant"). */
export function summarize(results) {
    const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
    const failed = count('fail');
    return `${count('pass')} passed, ${failed} failed, ${count('skip')} skipped: ${failed === 0 ? 'conformant' : 'NOT conformant'}`;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
//# sourceMappingURL=format.js.map
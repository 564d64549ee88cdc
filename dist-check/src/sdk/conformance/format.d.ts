import type { CheckResult } from './types.js';
/**
 * Lays out conformance results as a CHECK / RESULT / DETAIL table followed by a
 * summary line. Columns are left-aligned and separated by two spaces; trailing
 * spaces are trimmed; every line ends with a newline.
 *
 * @example
 * formatConformanceTable([{ name: 'describe', outcome: 'pass', detail: 'echo 1.0.0' }]);
 * // "CHECK     RESULT  DETAIL\ndescribe  PASS    echo 1.0.0\n\n1 passed, 0 failed, 0 skipped: conformant\n"
 */
export declare function formatConformanceTable(results: readonly CheckResult[]): string;
/** "12 passed, 1 failed, 2 skipped: NOT conformant" (or ": conformant"). */
export declare function summarize(results: readonly CheckResult[]): string;

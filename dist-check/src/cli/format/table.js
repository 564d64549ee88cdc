/**
 * Lays out rows as left-aligned columns separated by two spaces, with the header
 * first; trailing spaces are trimmed. Every line ends with a newline.
 *
 * @example
 * formatTable(['NAME', 'STATE'], [['voice-forge', 'active']]);
 * // "NAME         STATE\nvoice-forge  active\n"
 */
export function formatTable(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
    return all
        .map((row) => widths
        .map((w, col) => (row[col] ?? '').padEnd(w))
        .join('  ')
        .trimEnd())
        .map((line) => `${line}\n`)
        .join('');
}
//# sourceMappingURL=table.js.map
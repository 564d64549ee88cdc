/**
 * Edit distance between `a` and `b` (optimal string alignment: Levenshtein plus transposition
 * of two adjacent characters, each costing 1), case-sensitive. Used by the did-you-mean hints
 * of the CLI and of workflow validation.
 */
export function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = d[i];
            const above = d[i - 1];
            let best = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            row[j] = best;
        }
    }
    return d[rows - 1][cols - 1];
}
//# sourceMappingURL=edit-distance.js.map
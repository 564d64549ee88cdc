/**
 * Edit distance between `a` and `b` (optimal string alignment: Levenshtein plus transposition
 * of two adjacent characters, each costing 1), case-sensitive. Used by the did-you-mean hints
 * of the CLI and of workflow validation.
 */
export declare function editDistance(a: string, b: string): number;

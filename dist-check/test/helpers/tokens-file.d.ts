/** One caller of a static tokens file (docs/security.md): its token is stored hashed. */
export interface TokenEntry {
    readonly name: string;
    readonly token: string;
    readonly scopes: string;
    readonly workflows?: readonly string[];
}
/** Writes `tokens.jsonl` (TROUPE_AUTH_TOKENS_FILE) into `dir`, one line per entry, and returns its path. */
export declare function writeTokensFile(dir: string, entries: readonly TokenEntry[]): Promise<string>;

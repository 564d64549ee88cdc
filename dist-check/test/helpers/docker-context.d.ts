/** One instruction: `COPY --from=build /app/dist ./dist` → { keyword: 'COPY', flags: { from: 'build' }, args: [...] }. */
export interface Instruction {
    readonly keyword: string;
    readonly flags: Readonly<Record<string, string>>;
    readonly args: readonly string[];
    /** The instruction's text after the keyword (continuations joined). */
    readonly raw: string;
}
/** A build stage: its FROM image, its name (`AS name`) and its instructions. */
export interface Stage {
    readonly from: string;
    readonly name: string | undefined;
    readonly instructions: Instruction[];
}
/** Parses a Dockerfile into stages (continuation lines joined, comments and directives dropped). */
export declare function parseDockerfile(text: string): {
    args: Instruction[];
    stages: Stage[];
};
/** The ignore matcher of a .dockerignore text; `ignores(path)` takes a context-relative path. */
export declare function dockerignoreMatcher(text: string): {
    ignores(path: string): boolean;
};
/**
 * Every file path (context-relative, `/`-separated) Docker would send as the build context of
 * `root` under `ignoreText`. A directory is not descended into when it is ignored and no
 * negated pattern could let something under it back in.
 */
export declare function buildContextFiles(root: string, ignoreText: string): string[];
/** Names and contents that look like secrets: keys, certificates' keys, tokens, env files, NATS seeds. */
export declare function secretLooking(root: string, path: string): string | undefined;

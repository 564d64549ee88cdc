/** The example workflows shipped with Troupe (`full-podcast`, `landing-snippets`) as YAML text, by file name. */
export declare function builtinWorkflows(): Promise<{
    file: string;
    text: string;
}[]>;

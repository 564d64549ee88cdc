/** Bad command-line usage: printed as `error: <message>` with exit code 2, never with a stack. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
/** Thrown by argument parsing when `--help`/`-h` is given; main prints the command's usage. */
export declare class HelpRequested extends Error {
    readonly name = "HelpRequested";
    constructor();
}

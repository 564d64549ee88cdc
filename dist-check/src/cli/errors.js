/** Bad command-line usage: printed as `error: <message>` with exit code 2, never with a stack. */
export class UsageError extends Error {
    name = 'UsageError';
}
/** Thrown by argument parsing when `--help`/`-h` is given; main prints the command's usage. */
export class HelpRequested extends Error {
    name = 'HelpRequested';
    constructor() {
        super('help requested');
    }
}
//# sourceMappingURL=errors.js.map
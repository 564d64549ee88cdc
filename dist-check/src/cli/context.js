/** Exit codes of the `troupe` command. */
export const ExitCode = {
    /** Success. */
    OK: 0,
    /** The call failed (a gRPC error, an I/O error). */
    FAILED: 1,
    /** Bad command-line usage. */
    USAGE: 2,
    /** Interrupted by the user (Ctrl-C), as shells report SIGINT. */
    INTERRUPTED: 130,
};
//# sourceMappingURL=context.js.map
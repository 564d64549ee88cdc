import type * as grpc from '@grpc/grpc-js';
import type { OrchestratorClient } from '../sdk/client/index.js';
/** Where the CLI writes text: process.stdout / process.stderr, or a capture in tests. */
export interface Output {
    write(text: string): unknown;
}
/** What {@link main} is given by its caller instead of reaching for globals. */
export interface CliIo {
    /** Results (tables, JSON output). @default process.stdout */
    stdout?: Output;
    /** Diagnostics, progress, footers and errors. @default process.stderr */
    stderr?: Output;
    /** Environment variables (TROUPE_ORCHESTRATOR). @default process.env */
    env?: Readonly<Record<string, string | undefined>>;
    /** Aborted on Ctrl-C: cancels in-flight calls and ends `--watch`. @default never aborted */
    signal?: AbortSignal;
    /** grpc-js interceptors for every client the CLI creates (e.g. tracing). @default [] */
    interceptors?: grpc.Interceptor[];
    /** Returns the trace id of the command's current trace, printed in unary task footers. @default none */
    traceIdOf?: () => string;
    /**
     * Wraps the execution of the chosen command (the process entry uses it to trace
     * it); `signal` is the command's interrupt signal. @default run it
     */
    around?: (command: Command, run: () => Promise<number>, signal: AbortSignal) => Promise<number>;
}
/** What every command receives. */
export interface CliContext {
    readonly stdout: Output;
    readonly stderr: Output;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** Aborted when the user interrupts; pass it to every call. */
    readonly signal: AbortSignal;
    /** The orchestrator address from the global `--orchestrator`, TROUPE_ORCHESTRATOR or the default. */
    readonly orchestrator: string;
    /** TLS for the CLI's clients (global `--tls-*` flags or TROUPE_TLS_*); undefined for plaintext. */
    readonly tls: {
        ca?: string;
        cert?: string;
        key?: string;
    } | undefined;
    /** A client for `address` (default {@link CliContext.orchestrator}); created once per address, closed by main. */
    connect(address?: string): OrchestratorClient;
    /** See {@link CliIo.traceIdOf}. */
    readonly traceIdOf?: () => string;
}
/** One `troupe <name>` subcommand. */
export interface Command {
    /** The word after `troupe`. */
    readonly name: string;
    /** One line for `troupe --help`. */
    readonly summary: string;
    /** Full usage text for `troupe help <name>` and usage errors. */
    readonly usage: string;
    /** True for long-running servers (`agent`, `orchestrator`) that start telemetry themselves. */
    readonly ownsTelemetry?: boolean;
    /** Runs the command and resolves to its exit code. Throws UsageError for bad arguments. */
    run(args: string[], ctx: CliContext): Promise<number>;
}
/** Exit codes of the `troupe` command. */
export declare const ExitCode: {
    /** Success. */
    readonly OK: 0;
    /** The call failed (a gRPC error, an I/O error). */
    readonly FAILED: 1;
    /** Bad command-line usage. */
    readonly USAGE: 2;
    /** Interrupted by the user (Ctrl-C), as shells report SIGINT. */
    readonly INTERRUPTED: 130;
};

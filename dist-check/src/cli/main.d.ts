import { type CliIo } from './context.js';
/**
 * Runs the `troupe` command line and resolves to its exit code (0 ok, 1 the call
 * failed, 2 bad usage, 130 interrupted). Never throws for expected errors and never
 * prints their stacks; set TROUPE_DEBUG=1 to see the stack of an unexpected one.
 *
 * @example
 * ```ts
 * const code = await main(['task', 'echo', '--input', '{"a":1}'], { env: { TROUPE_ORCHESTRATOR: '127.0.0.1:7600' } });
 * ```
 */
export declare function main(argv: string[], io?: CliIo): Promise<number>;
/**
 * Runs {@link main} as the process: Ctrl-C aborts in-flight calls (a second Ctrl-C
 * exits at once) and the exit code goes to `process.exitCode`. `io` lets the caller
 * wire interceptors (tracing) and a trace-id hook.
 */
export declare function runAsProcess(argv?: string[], io?: Omit<CliIo, 'signal'>): Promise<void>;

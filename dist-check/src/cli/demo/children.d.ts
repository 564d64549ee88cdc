import { type ChildProcess } from 'node:child_process';
/** A `troupe` child process started by the demo. */
export interface Child {
    readonly name: string;
    readonly process: ChildProcess;
    /** The match of the readiness pattern. */
    readonly ready: RegExpMatchArray;
    /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. */
    stop(graceMs?: number): Promise<void>;
}
/**
 * Starts `troupe <args>` as a child process and resolves once its output matches
 * `ready`. Its output is kept (and shown if it fails to start); the child's logs go
 * to `log` when given.
 */
export declare function startChild(name: string, args: string[], ready: RegExp, env: Record<string, string | undefined>, log?: (line: string) => void): Promise<Child>;

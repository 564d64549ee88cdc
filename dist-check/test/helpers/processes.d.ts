import { type ChildProcess } from 'node:child_process';
/** A `troupe` child process whose output lines can be awaited. */
export interface TroupeProcess {
    readonly child: ChildProcess;
    /** Resolves with the first match of `pattern` in stdout or stderr (past or future lines). */
    waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
    /** Resolves with the exit code (or signal name) once the process has exited. */
    readonly exited: Promise<number | string>;
    /** Everything printed so far, both streams interleaved. */
    output(): string;
    /** What it printed on stdout alone. */
    stdoutText(): string;
    /** What it printed on stderr alone. */
    stderrText(): string;
    kill(signal?: NodeJS.Signals): void;
}
/**
 * Starts `troupe <args>` from the built CLI (run `npm run build` first; `npm test` does).
 * Logs are quiet unless TROUPE_TEST_LOG is set.
 */
export declare function spawnTroupe(args: string[], env?: Record<string, string>): TroupeProcess;
/** Starts any command as a {@link TroupeProcess} (output lines can be awaited). */
export declare function spawnWatched(command: string, args: string[], options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
}): TroupeProcess;
/** Starts `troupe agent <name>` and resolves with its instance id once it listens. */
export declare function spawnAgent(name: string, natsUrl: string, env?: Record<string, string>): Promise<TroupeProcess & {
    instanceId: string;
}>;
/**
 * Starts a durable `troupe orchestrator` process for crash, failover and outage tests:
 * instance id `instanceId` (so a restart resumes its runs), no HTTP endpoint, a quick
 * start-up discovery, heartbeats every 200 ms unless `env` says otherwise.
 */
export declare function spawnDurableOrchestrator(natsUrl: string, instanceId: string, env?: Record<string, string>): TroupeProcess;
/** The gRPC host:port an orchestrator process prints once it listens. */
export declare function orchestratorAddress(proc: TroupeProcess): Promise<string>;

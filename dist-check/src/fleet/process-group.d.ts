import type { Logger } from 'pino';
import type { FleetAgentSpec } from './fleet-spec.js';
/** How to turn a spec into a command line: argv[0] and its arguments, and the environment. */
export type Launcher = (spec: FleetAgentSpec, instanceId: string) => {
    argv: readonly string[];
    env: NodeJS.ProcessEnv;
};
/** What a process group reports. */
export type GroupEvent = {
    type: 'started';
    id: string;
    pid: number;
} | {
    type: 'exited';
    id: string;
    code: number | null;
    signal: string | null;
    expected: boolean;
    error?: string;
};
/** One running instance. */
export interface InstanceInfo {
    readonly id: string;
    readonly pid: number;
    /** Unix ms. */
    readonly startedAt: number;
    /** A stop was asked. */
    readonly stopping: boolean;
}
/**
 * Starts and stops one agent's processes. `scaleTo(n)` starts the missing ones and stops
 * the newest extra ones; exits are reported to the listener, `expected` when asked for.
 */
export declare class ProcessGroup {
    #private;
    private readonly spec;
    private readonly launch;
    private readonly logger;
    constructor(spec: FleetAgentSpec, launch: Launcher, logger: Logger);
    /** Sets the one listener (the machine's `instances` actor); undefined stops reporting. */
    listen(listener: ((event: GroupEvent) => void) | undefined): void;
    /** Instances running (including those being stopped). */
    live(): InstanceInfo[];
    /** Starts or stops processes until `desired` run (those being stopped do not count). */
    scaleTo(desired: number): void;
    /** Stops every process (SIGTERM, SIGKILL after the grace) and resolves once all exited. */
    stopAll(): Promise<void>;
}

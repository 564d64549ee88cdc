import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { CapabilityQueueInfo } from '../sdk/client/types.js';
import type { FleetSpec } from './fleet-spec.js';
import { ManagedAgent, type ManagedAgentOptions } from './managed-agent.js';
import type { Launcher } from './process-group.js';
import { type HostProbe } from './resource-guard.js';
import type { FleetStatus } from './status.js';
/** Options of {@link Supervisor}. */
export interface SupervisorOptions {
    readonly fleet: FleetSpec;
    readonly launcher: Launcher;
    readonly logger: Logger;
    /** Reads the orchestrator's queues (GetQueues); rejects when it is unreachable. */
    readonly queues: () => Promise<CapabilityQueueInfo[]>;
    /** The orchestrator's address, for the status. */
    readonly orchestratorAddress: string;
    /** For demand and status requests. @default none (no on-demand start by request; `troupe fleet` cannot reach it) */
    readonly nc?: NatsConnection | undefined;
    /** The host's CPU and memory. @default the real host */
    readonly probe?: HostProbe;
    /** Lines for a person. @default none */
    readonly say?: (line: string) => void;
    /** Unix ms now. @default Date.now */
    readonly now?: () => number;
    readonly clock?: ManagedAgentOptions['clock'];
}
/** A running fleet. */
export declare class Supervisor {
    #private;
    private readonly options;
    readonly agents: readonly ManagedAgent[];
    constructor(options: SupervisorOptions);
    /**
     * Starts every agent's actor (those without needs start their instances), the poll loop and
     * the NATS responders; resolves once the server has the subscriptions.
     */
    start(): Promise<void>;
    /** One round: guard, queues, dependencies, scaling. Rounds never overlap. */
    poll(): Promise<void>;
    /** What `troupe fleet` shows. */
    status(): FleetStatus;
    /** Stops polling and answering, then every agent (SIGTERM, SIGKILL after its grace); resolves when all exited. Idempotent. */
    stop(): Promise<void>;
}

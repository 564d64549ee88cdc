import type { CapabilityQueueInfo } from '../sdk/client/types.js';
import type { FleetSpec } from './fleet-spec.js';
import { Supervisor } from './supervisor.js';
/** What the CLI hands the fleet process. */
export interface RunFleetOptions {
    readonly fleet: FleetSpec;
    /** NATS URL (flag > env > file); agents get it as NATS_URL. */
    readonly natsUrl: string;
    readonly orchestratorAddress: string;
    readonly queues: () => Promise<CapabilityQueueInfo[]>;
    /** Builds an agent's command line (the CLI knows how to run `troupe agent`). */
    readonly agentCommand: (agent: string, instanceId: string) => readonly string[];
    /** Serve /metrics, /healthz, /readyz on this port (0: a free one). @default off */
    readonly metricsPort?: number | undefined;
    readonly say: (line: string) => void;
    /** Resolves when a signal asks to stop (the CLI's interrupt signal). */
    readonly signal: AbortSignal;
}
/** A running `troupe up`. */
export interface FleetProcess {
    readonly supervisor: Supervisor;
    /** `http://host:port/metrics` when metrics are on. */
    readonly metricsUrl: string | undefined;
    /** Resolves once everything stopped after `signal` aborted. */
    readonly stopped: Promise<void>;
}
/**
 * Runs a fleet until `options.signal` aborts.
 *
 * @example
 * const { stopped } = await runFleet(process.env, { fleet, natsUrl, orchestratorAddress, queues, agentCommand, say, signal });
 * await stopped;
 */
export declare function runFleet(env: Readonly<Record<string, string | undefined>>, options: RunFleetOptions): Promise<FleetProcess>;

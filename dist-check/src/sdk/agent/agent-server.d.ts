import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { type AgentOptions } from '../options.js';
import type { AgentDefinition } from './define-agent.js';
/** A running agent instance. */
export interface AgentHandle {
    readonly instanceId: string;
    /** host:port announced to orchestrators. */
    readonly address: string;
    readonly descriptor: AgentDescriptor;
    /** Tasks running now. */
    readonly inFlight: number;
    /** True from the start of a drain: tasks are refused and `/readyz` answers 503. */
    readonly draining: boolean;
    /** `http(s)://host:port/metrics` of the metrics endpoint, when `metricsPort` is set. */
    readonly metricsUrl: string | undefined;
    /**
     * Stops taking tasks, waits for in-flight ones (aborting them after the drain
     * timeout), says goodbye on NATS and closes the server. Idempotent. Resolves
     * within the drain timeout, NATS reachable or not (the last second of it, at
     * most half, is kept for goodbye and closing).
     */
    drain(reason?: string): Promise<void>;
    /** Resolves once the instance has fully stopped. */
    readonly closed: Promise<void>;
}
/**
 * Starts an agent instance: its gRPC server (AgentService, grpc.health.v1.Health,
 * server reflection) and, when `nats` is given, its announcement and heartbeats.
 */
export declare function startAgent(definition: AgentDefinition, options?: AgentOptions): Promise<AgentHandle>;

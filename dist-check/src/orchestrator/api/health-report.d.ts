import type { Registry } from '../registry/registry.js';
/** What `/health` reads; every field is cheap and synchronous. */
export interface HealthSources {
    readonly registry: Registry;
    /** Start-up done: NATS connected and the first discovery finished (as `/readyz`). */
    readonly ready: () => boolean;
    /** The orchestrator's own NATS link answers (its probe, not just the socket). */
    readonly natsUp: () => boolean;
    /** Runs are kept in JetStream (durable) or in memory. */
    readonly durable: boolean;
    /** Task attempts in flight on agents, and tasks waiting per priority (index 0 = priority 1). */
    readonly tasks: () => {
        readonly inFlight: number;
        readonly queued: readonly number[];
        readonly capacity: number;
    };
    /** Unfinished runs driven here. */
    readonly runsActive: () => number;
}
/** The `/health` body (docs/metrics.md, "/health"). */
export interface HealthReport {
    /** `unhealthy` (HTTP 503): this orchestrator cannot serve; `degraded`: it serves, some capability has no instance; else `healthy`. */
    readonly status: 'healthy' | 'degraded' | 'unhealthy';
    readonly ready: boolean;
    readonly agents: {
        readonly healthy: number;
        readonly total: number;
        readonly unavailableCapabilities: readonly string[];
    };
    readonly activeTasks: number;
    readonly activeRuns: number;
    readonly queue: {
        readonly size: number;
        readonly capacity: number;
        readonly byPriority: Readonly<Record<string, number>>;
    };
    readonly nats: {
        readonly status: 'connected' | 'disconnected';
    };
    readonly store: {
        readonly kind: 'jetstream' | 'memory';
        readonly status: 'ok' | 'unavailable';
    };
}
/**
 * The orchestrator's health for humans and load balancers: agents healthy (active or
 * saturated) out of those registered, tasks in flight and queued, NATS and store status.
 * A load balancer reads only the HTTP status: 503 when `unhealthy` (not ready, or NATS
 * unreachable), else 200; a down agent degrades the answer but does not take the
 * orchestrator out of rotation, since another orchestrator would not do better.
 */
export declare function healthReport(sources: HealthSources): HealthReport;

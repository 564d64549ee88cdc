import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { Heartbeat } from '../../sdk/discovery/messages.js';
import { type AdmissionDecision } from './admission.js';
import { AgentEntry, type LifecycleState } from './agent-entry.js';
import { type DemotionPolicy } from './demotion.js';
/** What the registry learned about an instance from discovery (hello, heartbeat, or `$SRV.INFO`). */
export interface Sighting {
    instanceId: string;
    name: string;
    version: string;
    address: string;
    capabilities: string[];
    maxConcurrency: number;
    intervalMs?: number;
}
/** A change of an instance's lifecycle or breaker state, for WatchAgents. */
export interface AgentChange {
    entry: AgentEntry;
    previous: LifecycleState | undefined;
}
export interface RegistryOptions {
    logger: Logger;
    heartbeatIntervalMs: number;
    breakerFailureThreshold: number;
    breakerOpenMs: number;
    /** Confirms an instance is reachable over gRPC and returns its full descriptor. */
    probe: (entry: AgentEntry) => Promise<AgentDescriptor>;
    /** How long instances that left stay listed. @default 60000 */
    retainLeftMs?: number;
    /**
     * Only instances that passed a probe are routable, and an instance whose probe failed
     * is probed again on its heartbeats (instead of becoming routable on its next beat).
     * On when the orchestrator checks agents' certificates. @default false
     */
    requireAdmission?: boolean;
    /** Called for every admission decision (audit). @default none */
    onAdmission?: (decision: AdmissionDecision) => void;
    /**
     * After the orchestrator's NATS link comes back, how long active agents stay
     * routable without a beat: heartbeat interval × 3 plus this slack, which covers
     * the agents' own reconnect (nats.js waits 2 s between attempts). @default 2500
     */
    reconnectSlackMs?: number;
    /** Automatic demotion on a low success rate (docs/agents.md). @default off */
    demotion?: DemotionPolicy;
}
export type AgentModeName = 'active' | 'maintenance' | 'drain';
/**
 * The orchestrator's live view of agents: one lifecycle actor per instance, fed
 * by discovery and by dispatch outcomes. Emits `change` events ({@link AgentChange}).
 */
export declare class Registry extends EventEmitter<{
    change: [AgentChange];
    admission: [AdmissionDecision];
}> {
    #private;
    private readonly options;
    constructor(options: RegistryOptions);
    /** A hello or heartbeat arrived. */
    observeBeat(beat: Heartbeat): void;
    /** An instance answered the start-up `$SRV.INFO` request. */
    observeService(sighting: Sighting): void;
    /** An instance said goodbye. */
    observeGoodbye(instanceId: string): void;
    /**
     * The orchestrator's own NATS link went down; it was last known good at
     * `lastGoodAt`. Missed beats prove nothing now: every agent's liveness freezes
     * (see the lifecycle machine's LINK_DOWN), and gRPC outcomes remain the evidence.
     */
    linkDown(at: number, lastGoodAt: number): void;
    /** The link is back: each agent gets its heartbeat interval × 3 plus the reconnect slack to beat again. */
    linkUp(at: number): void;
    /** Whether liveness is frozen because the orchestrator's own NATS link is down. */
    get linkIsDown(): boolean;
    /** Active instances offering `capability` that the breaker lets through. */
    candidates(capability: string): AgentEntry[];
    /** Whether any instance ever offered `capability`. */
    knows(capability: string): boolean;
    /** Whether `capability` streams, per the descriptors seen; undefined when no probed instance offers it. */
    isStreaming(capability: string): boolean | undefined;
    /** All capabilities ever offered, sorted. */
    knownCapabilities(): string[];
    /** Instances offering `capability` (all when empty), by name then id; `includeLeft` adds those that left or were refused. */
    list(filter?: {
        capability?: string;
        includeLeft?: boolean;
    }): AgentEntry[];
    get(instanceId: string): AgentEntry | undefined;
    /**
     * Applies an operator's mode change, recorded as by `operator:<subject>`; throws NOT_FOUND /
     * FAILED_PRECONDITION when it cannot. The operator takes over from automatic demotion.
     */
    setMode(instanceId: string, mode: AgentModeName, subject?: string): AgentEntry;
    /** Dispatch is about to use the instance. */
    taskStarted(entry: AgentEntry): void;
    /** Dispatch finished with the instance; `healthy` false counts against its breaker. */
    taskFinished(entry: AgentEntry, outcome: 'ok' | 'failed' | 'refused', latencyMs: number): void;
    /** Stops every actor. */
    close(): void;
}

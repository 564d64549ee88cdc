import { type Actor } from 'xstate';
import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
import { AgentHistory, type StateCause } from './agent-history.js';
import { OutcomeWindow } from './demotion.js';
import type { AgentLifecycleEvent } from '../machines/agent-lifecycle.machine.js';
import { agentLifecycleMachine } from '../machines/agent-lifecycle.machine.js';
/** Lifecycle state names (the `lifecycle` region of the machine). */
export type LifecycleState = 'joining' | 'active' | 'saturated' | 'maintenance' | 'draining' | 'suspect' | 'unreachable' | 'left' | 'refused';
export type BreakerStateName = 'closed' | 'open' | 'halfOpen';
/** The registry's record of one agent instance: its lifecycle actor plus what the actor need not know. */
export declare class AgentEntry {
    readonly instanceId: string;
    readonly actor: Actor<typeof agentLifecycleMachine>;
    descriptor: AgentDescriptor;
    address: string;
    /** When the instance was first seen (an earlier orchestrator life's time once seeded from `troupe_agents`). */
    get joinedAt(): number;
    lastHeartbeatAt: number;
    lastSeq: number;
    /** Tasks this orchestrator has in flight on the instance. */
    localInFlight: number;
    succeeded: number;
    failed: number;
    /** Capabilities as a set, for fast lookup. */
    capabilities: ReadonlySet<string>;
    /** The version of each capability offered (the capability's own, else the agent's). */
    versions: ReadonlyMap<string, string>;
    /** Smoothed latency of successful calls (ms), for the `fastest` strategy and operators. */
    latencyEwmaMs: number;
    /** State changes and time routable, for operators. */
    readonly history: AgentHistory;
    /** The agent name the instance announced; its certificate must name it (admission). */
    readonly claimedName: string;
    /** True once a probe (and, with agent TLS, the admission check) succeeded. */
    admitted: boolean;
    /** A probe is running. */
    probing: boolean;
    /** When the last probe started (ms), to space out retries. */
    lastProbeAt: number;
    /** The event being sent to the actor and its explicit cause, so the change it makes is recorded with why and who. */
    pending: {
        event: AgentLifecycleEvent;
        cause: StateCause | undefined;
    } | undefined;
    /** Why and by whom the instance last changed state (or breaker). */
    lastCause: StateCause | undefined;
    /** Recent task outcomes, for automatic demotion. */
    readonly outcomes: OutcomeWindow;
    /** Set while the instance is in maintenance because it was demoted automatically: the pending probe. */
    demotion: {
        timer: NodeJS.Timeout;
        since: number;
    } | undefined;
    constructor(instanceId: string, init: {
        descriptor: AgentDescriptor;
        address: string;
        heartbeatIntervalMs: number;
        breakerFailureThreshold: number;
        breakerOpenMs: number;
        outcomeWindow?: number;
    });
    get maxConcurrency(): number;
    get state(): LifecycleState;
    get breaker(): BreakerStateName;
    get routable(): boolean;
    /** Share of finished tasks that succeeded (1 before any finished). */
    get successRate(): number;
    /** Why admission refused the instance (state `refused`), else undefined. */
    get refusedReason(): string | undefined;
    get reportedInFlight(): number;
    /** Replaces the descriptor (after Describe) and recomputes the capability set. */
    updateDescriptor(descriptor: AgentDescriptor): void;
    /** The instance's version of `capability` ('' when it does not offer it). */
    versionOf(capability: string): string;
}

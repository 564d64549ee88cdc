import { createActor } from 'xstate';
import { AgentHistory } from './agent-history.js';
import { OutcomeWindow } from './demotion.js';
import { capabilityVersions } from '../versions/version-match.js';
import { agentLifecycleMachine, breakerState, isRoutable, lifecycleState } from '../machines/agent-lifecycle.machine.js';
/** The registry's record of one agent instance: its lifecycle actor plus what the actor need not know. */
export class AgentEntry {
    instanceId;
    actor;
    descriptor;
    address;
    /** When the instance was first seen (an earlier orchestrator life's time once seeded from `troupe_agents`). */
    get joinedAt() {
        return this.history.joinedAt;
    }
    lastHeartbeatAt = 0;
    lastSeq = -1;
    /** Tasks this orchestrator has in flight on the instance. */
    localInFlight = 0;
    succeeded = 0;
    failed = 0;
    /** Capabilities as a set, for fast lookup. */
    capabilities;
    /** The version of each capability offered (the capability's own, else the agent's). */
    versions;
    /** Smoothed latency of successful calls (ms), for the `fastest` strategy and operators. */
    latencyEwmaMs = 0;
    /** State changes and time routable, for operators. */
    history = new AgentHistory(Date.now());
    /** The agent name the instance announced; its certificate must name it (admission). */
    claimedName;
    /** True once a probe (and, with agent TLS, the admission check) succeeded. */
    admitted = false;
    /** A probe is running. */
    probing = false;
    /** When the last probe started (ms), to space out retries. */
    lastProbeAt = 0;
    /** The event being sent to the actor and its explicit cause, so the change it makes is recorded with why and who. */
    pending;
    /** Why and by whom the instance last changed state (or breaker). */
    lastCause;
    /** Recent task outcomes, for automatic demotion. */
    outcomes;
    /** Set while the instance is in maintenance because it was demoted automatically: the pending probe. */
    demotion;
    constructor(instanceId, init) {
        this.instanceId = instanceId;
        this.outcomes = new OutcomeWindow(init.outcomeWindow ?? 20);
        this.descriptor = init.descriptor;
        this.claimedName = init.descriptor.name ?? '';
        this.address = init.address;
        this.capabilities = capabilitySet(init.descriptor);
        this.versions = capabilityVersions(init.descriptor);
        this.actor = createActor(agentLifecycleMachine, {
            input: {
                instanceId,
                maxConcurrency: Math.max(1, init.descriptor.maxConcurrency ?? 1),
                heartbeatIntervalMs: init.heartbeatIntervalMs,
                breakerFailureThreshold: init.breakerFailureThreshold,
                breakerOpenMs: init.breakerOpenMs,
            },
        });
    }
    get maxConcurrency() {
        return Math.max(1, this.descriptor.maxConcurrency ?? 1);
    }
    get state() {
        return lifecycleState(this.actor.getSnapshot());
    }
    get breaker() {
        return breakerState(this.actor.getSnapshot());
    }
    get routable() {
        return isRoutable(this.actor.getSnapshot());
    }
    /** Share of finished tasks that succeeded (1 before any finished). */
    get successRate() {
        const total = this.succeeded + this.failed;
        return total === 0 ? 1 : this.succeeded / total;
    }
    /** Why admission refused the instance (state `refused`), else undefined. */
    get refusedReason() {
        return this.actor.getSnapshot().context.refusedReason ?? undefined;
    }
    get reportedInFlight() {
        return this.actor.getSnapshot().context.reportedInFlight;
    }
    /** Replaces the descriptor (after Describe) and recomputes the capability set. */
    updateDescriptor(descriptor) {
        this.descriptor = descriptor;
        this.capabilities = capabilitySet(descriptor);
        this.versions = capabilityVersions(descriptor);
    }
    /** The instance's version of `capability` ('' when it does not offer it). */
    versionOf(capability) {
        return this.versions.get(capability) ?? '';
    }
}
function capabilitySet(descriptor) {
    return new Set((descriptor.capabilities ?? []).map((c) => c.name ?? ''));
}
//# sourceMappingURL=agent-entry.js.map
import { EventEmitter } from 'node:events';
import { FailedPreconditionError, NotFoundError } from '../../sdk/errors.js';
import { sendChecked } from '../machines/checked-send.js';
import { instruments } from '../../sdk/telemetry/index.js';
import { AdmissionRefusedError } from './admission.js';
import { AgentEntry } from './agent-entry.js';
import { demotionReason } from './demotion.js';
import { ACTOR, breakerCause, lifecycleCause, operatorActor } from './state-causes.js';
/**
 * The orchestrator's live view of agents: one lifecycle actor per instance, fed
 * by discovery and by dispatch outcomes. Emits `change` events ({@link AgentChange}).
 */
export class Registry extends EventEmitter {
    options;
    #entries = new Map();
    /** Capabilities ever offered, so an unknown name (NOT_FOUND) differs from an absent agent (UNAVAILABLE). */
    #known = new Set();
    #logger;
    /** The orchestrator's own NATS link is down (since `linkDown`): liveness is frozen. */
    #linkDown;
    constructor(options) {
        super();
        this.options = options;
        this.setMaxListeners(0);
        this.#logger = options.logger;
    }
    /** A hello or heartbeat arrived. */
    observeBeat(beat) {
        let entry = this.#entries.get(beat.instanceId);
        if (entry?.state === 'left') {
            this.#remove(entry);
            entry = undefined;
        }
        entry ??= this.#add({ ...beat, intervalMs: beat.intervalMs });
        if (beat.seq <= entry.lastSeq)
            return; // reordered or duplicate
        entry.lastSeq = beat.seq;
        entry.lastHeartbeatAt = Date.now();
        this.#send(entry, { type: 'HEARTBEAT', at: entry.lastHeartbeatAt, inFlight: beat.inFlight, maxConcurrency: beat.maxConcurrency, draining: beat.draining });
        const retryAfter = Math.max(1000, entry.actor.getSnapshot().context.heartbeatIntervalMs * 2);
        if (this.options.requireAdmission && !entry.admitted && !entry.probing && entry.state !== 'refused' && entry.state !== 'left' && entry.lastHeartbeatAt - entry.lastProbeAt >= retryAfter) {
            void this.#probe(entry);
        }
    }
    /** An instance answered the start-up `$SRV.INFO` request. */
    observeService(sighting) {
        if (!this.#entries.has(sighting.instanceId))
            this.#add(sighting);
    }
    /** An instance said goodbye. */
    observeGoodbye(instanceId) {
        const entry = this.#entries.get(instanceId);
        if (entry) {
            this.#cancelDemotion(entry);
            this.#send(entry, { type: 'GOODBYE' });
        }
    }
    /**
     * The orchestrator's own NATS link went down; it was last known good at
     * `lastGoodAt`. Missed beats prove nothing now: every agent's liveness freezes
     * (see the lifecycle machine's LINK_DOWN), and gRPC outcomes remain the evidence.
     */
    linkDown(at, lastGoodAt) {
        this.#linkDown = { at, lastGoodAt };
        for (const entry of this.#entries.values())
            this.#send(entry, { type: 'LINK_DOWN', at, lastGoodAt });
    }
    /** The link is back: each agent gets its heartbeat interval × 3 plus the reconnect slack to beat again. */
    linkUp(at) {
        this.#linkDown = undefined;
        for (const entry of this.#entries.values())
            this.#send(entry, { type: 'LINK_UP', at, graceMs: this.#reconnectGrace(entry) });
    }
    /** Whether liveness is frozen because the orchestrator's own NATS link is down. */
    get linkIsDown() {
        return this.#linkDown !== undefined;
    }
    #reconnectGrace(entry) {
        return 3 * entry.actor.getSnapshot().context.heartbeatIntervalMs + (this.options.reconnectSlackMs ?? 2500);
    }
    /** Active instances offering `capability` that the breaker lets through. */
    candidates(capability) {
        const out = [];
        const admission = this.options.requireAdmission === true;
        for (const entry of this.#entries.values())
            if (entry.capabilities.has(capability) && entry.routable && (!admission || entry.admitted))
                out.push(entry);
        return out;
    }
    /** Whether any instance ever offered `capability`. */
    knows(capability) {
        return this.#known.has(capability);
    }
    /** Whether `capability` streams, per the descriptors seen; undefined when no probed instance offers it. */
    isStreaming(capability) {
        for (const entry of this.#entries.values()) {
            const cap = entry.descriptor.capabilities?.find((c) => c.name === capability);
            if (cap && typeof cap.streaming === 'boolean')
                return cap.streaming;
        }
        return undefined;
    }
    /** All capabilities ever offered, sorted. */
    knownCapabilities() {
        return [...this.#known].sort();
    }
    /** Instances offering `capability` (all when empty), by name then id; `includeLeft` adds those that left or were refused. */
    list(filter = {}) {
        return [...this.#entries.values()]
            .filter((e) => (filter.includeLeft || (e.state !== 'left' && e.state !== 'refused')) && (!filter.capability || e.capabilities.has(filter.capability)))
            .sort((a, b) => (a.descriptor.name ?? '').localeCompare(b.descriptor.name ?? '') || a.instanceId.localeCompare(b.instanceId));
    }
    get(instanceId) {
        return this.#entries.get(instanceId);
    }
    /**
     * Applies an operator's mode change, recorded as by `operator:<subject>`; throws NOT_FOUND /
     * FAILED_PRECONDITION when it cannot. The operator takes over from automatic demotion.
     */
    setMode(instanceId, mode, subject = 'anonymous') {
        const entry = this.#entries.get(instanceId);
        if (!entry || entry.state === 'left')
            throw new NotFoundError(`no agent instance "${instanceId}" is registered; see \`troupe agents\``, { instanceId });
        const already = (mode === 'active' && (entry.state === 'active' || entry.state === 'saturated')) || (mode === 'maintenance' && entry.state === 'maintenance') || (mode === 'drain' && entry.state === 'draining');
        if (already) {
            this.#cancelDemotion(entry);
            return entry;
        }
        const type = mode === 'active' ? 'RESUME' : mode === 'maintenance' ? 'ENTER_MAINTENANCE' : 'DRAIN';
        if (!this.#send(entry, { type }, { reason: `SetAgentMode ${mode}`, actor: operatorActor(subject) })) {
            throw new FailedPreconditionError(`instance "${instanceId}" is ${entry.state}; it cannot be put in ${mode} mode from there`, { instanceId });
        }
        this.#cancelDemotion(entry);
        if (mode === 'active')
            entry.outcomes.clear();
        return entry;
    }
    /** Dispatch is about to use the instance. */
    taskStarted(entry) {
        entry.localInFlight++;
        if (entry.localInFlight >= entry.maxConcurrency)
            this.#send(entry, { type: 'LOAD', inFlight: entry.localInFlight, at: Date.now() });
    }
    /** Dispatch finished with the instance; `healthy` false counts against its breaker. */
    taskFinished(entry, outcome, latencyMs) {
        const wasFull = entry.localInFlight >= entry.maxConcurrency;
        entry.localInFlight = Math.max(0, entry.localInFlight - 1);
        // Refused (RESOURCE_EXHAUSTED): full with tasks this orchestrator does not see (another one's);
        // saturated here until its next heartbeat, so dispatch waits instead of asking again at once.
        if (outcome === 'refused')
            this.#send(entry, { type: 'LOAD', inFlight: entry.localInFlight, at: Date.now(), full: true });
        else if (wasFull)
            this.#send(entry, { type: 'LOAD', inFlight: entry.localInFlight, at: Date.now() });
        if (outcome !== 'refused')
            entry.outcomes.push(outcome === 'ok');
        if (outcome === 'ok') {
            entry.succeeded++;
            entry.latencyEwmaMs = entry.latencyEwmaMs === 0 ? latencyMs : entry.latencyEwmaMs * 0.8 + latencyMs * 0.2;
            const ctx = entry.actor.getSnapshot().context;
            if (ctx.consecutiveFailures > 0 || entry.breaker !== 'closed')
                this.#send(entry, { type: 'CALL_SUCCEEDED' });
        }
        else if (outcome === 'failed') {
            entry.failed++;
            this.#send(entry, { type: 'CALL_FAILED' });
            this.#maybeDemote(entry);
        }
    }
    /** Puts `entry` into maintenance when its recent success rate is below the policy's, unless it is the last one routable for a capability. */
    #maybeDemote(entry) {
        const policy = this.options.demotion;
        if (!policy || (entry.state !== 'active' && entry.state !== 'saturated'))
            return;
        const reason = demotionReason(entry.outcomes, policy);
        if (!reason)
            return;
        const alone = [...entry.capabilities].find((c) => !this.candidates(c).some((other) => other !== entry));
        if (alone !== undefined) {
            this.#logger.debug({ instance_id: entry.instanceId, capability: alone, reason }, 'not demoted: the last routable instance of a capability');
            return;
        }
        if (!this.#send(entry, { type: 'ENTER_MAINTENANCE' }, { reason, actor: ACTOR.AUTO_DEMOTION }))
            return;
        this.#cancelDemotion(entry);
        instruments().agentDemotions.add(1, { event: 'demoted' });
        this.#logger.warn({ agent: entry.descriptor.name, instance_id: entry.instanceId, reason, cooldown_ms: policy.cooldownMs }, 'agent demoted to maintenance');
        this.#scheduleDemotionProbe(entry, policy);
    }
    /** After the cool-down, probes the demoted instance: back to active when it answers, else another cool-down. */
    #scheduleDemotionProbe(entry, policy) {
        const since = entry.demotion?.since ?? Date.now();
        const timer = setTimeout(() => {
            void this.options
                .probe(entry)
                .then(() => {
                if (entry.demotion?.timer !== timer)
                    return;
                if (entry.state !== 'maintenance') {
                    entry.demotion = undefined; // it left maintenance another way (silence, goodbye)
                    return;
                }
                entry.demotion = undefined;
                entry.outcomes.clear();
                const reason = `probe succeeded after ${Date.now() - since} ms in maintenance (demotion over; success rate window reset)`;
                if (this.#send(entry, { type: 'RESUME' }, { reason, actor: ACTOR.AUTO_DEMOTION })) {
                    instruments().agentDemotions.add(1, { event: 'restored' });
                    this.#logger.info({ agent: entry.descriptor.name, instance_id: entry.instanceId, reason }, 'demoted agent returned to active');
                }
            })
                .catch((err) => {
                if (entry.demotion?.timer !== timer)
                    return;
                if (entry.state !== 'maintenance') {
                    entry.demotion = undefined;
                    return;
                }
                this.#logger.warn({ instance_id: entry.instanceId, err }, 'demoted agent probe failed; it stays in maintenance');
                this.#scheduleDemotionProbe(entry, policy);
            });
        }, policy.cooldownMs);
        timer.unref();
        entry.demotion = { timer, since };
    }
    #cancelDemotion(entry) {
        if (entry.demotion)
            clearTimeout(entry.demotion.timer);
        entry.demotion = undefined;
    }
    /** Stops every actor. */
    close() {
        for (const entry of this.#entries.values()) {
            this.#cancelDemotion(entry);
            entry.actor.stop();
        }
        this.#entries.clear();
    }
    #add(sighting) {
        const descriptor = {
            name: sighting.name,
            version: sighting.version,
            instanceId: sighting.instanceId,
            capabilities: sighting.capabilities.map((name) => ({ name })),
            maxConcurrency: sighting.maxConcurrency,
        };
        const entry = new AgentEntry(sighting.instanceId, {
            descriptor,
            address: sighting.address,
            heartbeatIntervalMs: sighting.intervalMs ?? this.options.heartbeatIntervalMs,
            breakerFailureThreshold: this.options.breakerFailureThreshold,
            breakerOpenMs: this.options.breakerOpenMs,
            ...(this.options.demotion ? { outcomeWindow: this.options.demotion.window } : {}),
        });
        // With admission, what an unverified announcement claims does not count as known yet.
        if (!this.options.requireAdmission)
            for (const c of sighting.capabilities)
                this.#known.add(c);
        this.#entries.set(entry.instanceId, entry);
        let previous;
        let previousBreaker = '';
        entry.actor.subscribe(() => {
            const state = entry.state;
            const breaker = entry.breaker;
            if (state === previous && breaker === previousBreaker)
                return;
            const before = previous;
            const ctx = entry.actor.getSnapshot().context;
            const pending = entry.pending;
            const cause = state !== previous
                ? (pending?.cause ?? lifecycleCause(pending?.event, before, state, ctx))
                : breakerCause(pending?.event, previousBreaker, breaker, ctx);
            entry.lastCause = cause;
            // A breaker cycling open → half-open → open while trial calls fail would push the lifecycle
            // out of the bounded history: only opening from closed and closing again are kept (all are logged).
            if (state !== previous || (breaker === 'open' && previousBreaker === 'closed') || breaker === 'closed')
                entry.history.enter(state, Date.now(), cause);
            const breakerBefore = previousBreaker;
            previous = state;
            previousBreaker = breaker;
            this.#logger.info({ agent: entry.descriptor.name, instance_id: entry.instanceId, from: before, to: state, breaker, ...(breakerBefore !== breaker && before !== undefined ? { breaker_from: breakerBefore } : {}), reason: cause.reason, actor: cause.actor }, 'agent state changed');
            if (state === 'left')
                this.#scheduleRemoval(entry);
            this.emit('change', { entry, previous: before });
        });
        entry.actor.start();
        if (this.#linkDown)
            this.#send(entry, { type: 'LINK_DOWN', ...this.#linkDown });
        void this.#probe(entry);
        return entry;
    }
    async #probe(entry) {
        entry.probing = true;
        entry.lastProbeAt = Date.now();
        try {
            const descriptor = await this.options.probe(entry);
            if (this.options.requireAdmission && descriptor.name !== entry.claimedName) {
                throw new AdmissionRefusedError('name_mismatch', `announced as "${entry.claimedName}" but Describe says "${descriptor.name ?? ''}"`);
            }
            entry.updateDescriptor(descriptor);
            for (const c of entry.capabilities)
                this.#known.add(c);
            const first = !entry.admitted;
            entry.admitted = true;
            if (first && this.options.requireAdmission)
                this.#decide({ instanceId: entry.instanceId, agent: entry.claimedName, address: entry.address, admitted: true });
            if (entry.state === 'joining')
                this.#send(entry, { type: 'READY' });
        }
        catch (err) {
            if (AdmissionRefusedError.is(err)) {
                this.#logger.warn({ agent: entry.claimedName, instance_id: entry.instanceId, address: entry.address, reason: err.reason, detail: err.detail }, 'agent refused admission');
                instruments().agentsRefused.add(1, { reason: err.reason });
                this.#send(entry, { type: 'REFUSED', reason: err.message });
                this.#decide({ instanceId: entry.instanceId, agent: entry.claimedName, address: entry.address, admitted: false, reason: err.message, reasonCode: err.reason });
            }
            else {
                this.#logger.warn({ instance_id: entry.instanceId, address: entry.address, err }, 'agent probe failed');
                if (entry.state === 'joining')
                    this.#send(entry, { type: 'PROBE_FAILED' }, { reason: `probe failed: ${err instanceof Error ? err.message : String(err)}`, actor: ACTOR.ORCHESTRATOR });
            }
        }
        finally {
            entry.probing = false;
        }
    }
    #decide(decision) {
        try {
            this.options.onAdmission?.(decision);
        }
        catch (err) {
            this.#logger.error({ err }, 'onAdmission callback threw');
        }
        this.emit('admission', decision);
    }
    /** Sends `event`; the change it makes is recorded with `cause`, or one derived from the event. */
    #send(entry, event, cause) {
        entry.pending = { event, cause };
        try {
            return sendChecked(entry.actor, event, { machine: 'agent-lifecycle', id: entry.instanceId, logger: this.#logger });
        }
        finally {
            entry.pending = undefined;
        }
    }
    #scheduleRemoval(entry) {
        const timer = setTimeout(() => this.#entries.get(entry.instanceId) === entry && this.#remove(entry), this.options.retainLeftMs ?? 60_000);
        timer.unref();
    }
    #remove(entry) {
        this.#cancelDemotion(entry);
        entry.actor.stop();
        this.#entries.delete(entry.instanceId);
    }
}
//# sourceMappingURL=registry.js.map
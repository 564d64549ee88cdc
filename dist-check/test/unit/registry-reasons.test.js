import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentHistory } from '../../src/orchestrator/registry/agent-history.js';
import { demotionReason, OutcomeWindow } from '../../src/orchestrator/registry/demotion.js';
import { Registry } from '../../src/orchestrator/registry/registry.js';
import { breakerCause, lifecycleCause } from '../../src/orchestrator/registry/state-causes.js';
import { waitFor } from '../helpers/wait-for.js';
const logger = pino({ level: 'silent' });
let registry;
function make(over = {}, probe = describeOk) {
    registry = new Registry({ logger, heartbeatIntervalMs: 1000, breakerFailureThreshold: 3, breakerOpenMs: 60_000, probe, ...over });
    return registry;
}
async function describeOk(entry) {
    return { ...entry.descriptor };
}
async function join(r, instanceId) {
    r.observeService({ instanceId, name: 'echo', version: '1.0.0', address: '127.0.0.1:1', capabilities: ['echo'], maxConcurrency: 4 });
    return waitFor(() => (r.get(instanceId)?.state === 'active' ? r.get(instanceId) : undefined), { timeoutMs: 2000, what: `${instanceId} active` });
}
const last = (entry) => entry.history.changes().at(-1);
afterEach(() => {
    registry?.close();
    registry = undefined;
});
describe('registry: every state change has a reason and an actor', () => {
    it('records joining (agent) and the probe that made it active (orchestrator)', async () => {
        const e = await join(make(), 'i-1');
        expect(e.history.changes().map((c) => [c.state, c.actor])).toEqual([
            ['joining', 'agent'],
            ['active', 'orchestrator'],
        ]);
        expect(last(e)?.reason).toBe('probe succeeded (Describe answered)');
    });
    it("records an operator's SetAgentMode with the caller's subject", async () => {
        const r = make();
        const e = await join(r, 'i-1');
        r.setMode('i-1', 'maintenance', 'alice');
        expect(last(e)).toMatchObject({ state: 'maintenance', actor: 'operator:alice', reason: 'SetAgentMode maintenance' });
        r.setMode('i-1', 'active');
        expect(last(e)).toMatchObject({ state: 'active', actor: 'operator:anonymous', reason: 'SetAgentMode active' });
    });
    it('records the breaker opening with the failure count, and a goodbye as the agent', async () => {
        const r = make();
        const e = await join(r, 'i-1');
        for (let i = 0; i < 3; i++) {
            r.taskStarted(e);
            r.taskFinished(e, 'failed', 1);
        }
        expect(e.breaker).toBe('open');
        expect(last(e)).toMatchObject({ state: 'active', actor: 'orchestrator', reason: 'breaker open: 3 consecutive failed calls' });
        r.observeGoodbye('i-1');
        expect(last(e)).toMatchObject({ state: 'left', actor: 'agent', reason: 'said goodbye' });
    });
    it('records a failed probe with its error', async () => {
        const r = make({}, () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')));
        r.observeService({ instanceId: 'i-2', name: 'echo', version: '1', address: '127.0.0.1:1', capabilities: ['echo'], maxConcurrency: 1 });
        const e = await waitFor(() => (r.get('i-2')?.state === 'unreachable' ? r.get('i-2') : undefined), { timeoutMs: 2000, what: 'unreachable' });
        expect(last(e)).toMatchObject({ actor: 'orchestrator', reason: 'probe failed: connect ECONNREFUSED 127.0.0.1:1' });
    });
    it('records a missed heartbeat as the orchestrator, with the silence', async () => {
        const r = make({ heartbeatIntervalMs: 50 });
        r.observeBeat({ v: 1, instanceId: 'i-3', name: 'echo', version: '1', address: '127.0.0.1:1', seq: 1, sentAt: Date.now(), intervalMs: 50, inFlight: 0, maxConcurrency: 1, draining: false, capabilities: ['echo'] });
        const e = await waitFor(() => (r.get('i-3')?.state === 'unreachable' ? r.get('i-3') : undefined), { timeoutMs: 3000, what: 'unreachable after silence' });
        const reasons = e.history.changes().map((c) => `${c.state}: ${c.reason}`);
        expect(reasons).toContain('suspect: heartbeat missed: none for 75 ms');
        expect(reasons).toContain('unreachable: heartbeat timeout: none for 150 ms');
    });
});
describe('automatic demotion', () => {
    const policy = { belowPercent: 50, window: 4, minSamples: 4, cooldownMs: 30 };
    it('demotes below the threshold once the sample is large enough, then a probe returns it', async () => {
        let probeOk = false;
        let refusedProbes = 0;
        const probe = (entry) => {
            if (entry.instanceId !== 'bad' || probeOk || entry.state === 'joining')
                return describeOk(entry);
            refusedProbes++;
            return Promise.reject(new Error('still down'));
        };
        const r = make({ demotion: policy, breakerFailureThreshold: 100 }, probe);
        const bad = await join(r, 'bad');
        await join(r, 'good');
        for (const outcome of ['ok', 'failed', 'failed'])
            r.taskFinished(bad, outcome, 1);
        expect(bad.state).toBe('active'); // 3 samples < minSamples 4
        r.taskFinished(bad, 'failed', 1);
        expect(bad.state).toBe('maintenance');
        expect(last(bad)).toMatchObject({ actor: 'auto-demotion', reason: 'demoted: success rate 25% < 50% over the last 4 tasks' });
        // The first probes fail: it stays in maintenance; once one answers, it is back.
        await waitFor(() => refusedProbes >= 2, { timeoutMs: 2000, what: 'two failed probes' });
        expect(bad.state).toBe('maintenance');
        probeOk = true;
        await waitFor(() => bad.state === 'active', { timeoutMs: 2000, what: 'returned to active' });
        expect(last(bad)).toMatchObject({ actor: 'auto-demotion' });
        expect(last(bad)?.reason).toMatch(/^probe succeeded after \d+ ms in maintenance/);
        expect(bad.outcomes.samples).toBe(0);
    });
    it('never demotes the last routable instance of a capability', async () => {
        const r = make({ demotion: policy, breakerFailureThreshold: 100 });
        const only = await join(r, 'only');
        for (let i = 0; i < 4; i++)
            r.taskFinished(only, 'failed', 1);
        expect(only.state).toBe('active');
    });
    it('an operator takes over: setting maintenance cancels the probe that would return it', async () => {
        const r = make({ demotion: policy, breakerFailureThreshold: 100 });
        const bad = await join(r, 'bad');
        await join(r, 'good');
        for (let i = 0; i < 4; i++)
            r.taskFinished(bad, 'failed', 1);
        expect(bad.state).toBe('maintenance');
        r.setMode('bad', 'maintenance', 'ops');
        expect(bad.demotion).toBeUndefined();
        const at = Date.now();
        await waitFor(() => Date.now() - at > 5 * policy.cooldownMs, { timeoutMs: 2000, what: 'several cool-downs' });
        expect(bad.state).toBe('maintenance');
    });
    it('is off when belowPercent is 0', () => {
        const w = new OutcomeWindow(3);
        for (let i = 0; i < 5; i++)
            w.push(false);
        expect(w.samples).toBe(3);
        expect(demotionReason(w, { ...policy, belowPercent: 0 })).toBeUndefined();
        expect(demotionReason(w, { ...policy, minSamples: 3 })).toBe('demoted: success rate 0% < 50% over the last 3 tasks');
    });
});
describe('AgentHistory persistence keeps reasons', () => {
    it('saves and restores reason and actor; older saved changes without them still load', () => {
        const earlier = new AgentHistory(1000);
        earlier.enter('active', 1100, { reason: 'probe succeeded (Describe answered)', actor: 'orchestrator' });
        const saved = { ...earlier.save(1200), changes: [{ state: 'joining', at: 1000 }, ...earlier.save(1200).changes] };
        const now = new AgentHistory(5000);
        now.restore(saved);
        expect(now.changes()).toEqual([
            { state: 'joining', at: 1000 },
            { state: 'active', at: 1100, reason: 'probe succeeded (Describe answered)', actor: 'orchestrator' },
        ]);
    });
});
describe('derived causes', () => {
    const ctx = { heartbeatIntervalMs: 1000, forgetAfterMs: 60_000, maxConcurrency: 4, breakerOpenMs: 10_000, consecutiveFailures: 5 };
    const beat = (over = {}) => ({ type: 'HEARTBEAT', at: 0, inFlight: 0, maxConcurrency: 4, draining: false, ...over });
    it('names the agent for what its beats and goodbye say, the orchestrator for its own checks', () => {
        expect(lifecycleCause(beat({ draining: true }), 'active', 'draining', ctx)).toEqual({ actor: 'agent', reason: 'heartbeat says it is draining' });
        expect(lifecycleCause(beat({ inFlight: 4 }), 'active', 'saturated', ctx)).toEqual({ actor: 'agent', reason: 'heartbeat at capacity: 4/4 in flight' });
        expect(lifecycleCause(beat(), 'unreachable', 'active', ctx)).toEqual({ actor: 'agent', reason: 'heartbeat received while unreachable' });
        expect(lifecycleCause({ type: 'LOAD', inFlight: 4, at: 0 }, 'active', 'saturated', ctx)).toEqual({ actor: 'orchestrator', reason: 'at capacity: 4/4 in flight' });
        expect(lifecycleCause({ type: 'LOAD', inFlight: 1, at: 0, full: true }, 'active', 'saturated', ctx).reason).toBe('it refused a task as full (RESOURCE_EXHAUSTED)');
        expect(lifecycleCause({ type: 'REFUSED', reason: 'wrong_identity: CN=x' }, 'joining', 'refused', ctx)).toEqual({ actor: 'orchestrator', reason: 'admission refused: wrong_identity: CN=x' });
        expect(lifecycleCause({ type: 'LINK_DOWN', at: 0, lastGoodAt: 0 }, 'suspect', 'active', ctx).reason).toMatch(/own NATS link is down/);
        expect(lifecycleCause(undefined, 'unreachable', 'left', ctx).reason).toBe('forgotten: unreachable for 60000 ms');
        expect(lifecycleCause(undefined, 'draining', 'left', ctx).reason).toBe('silent for 3000 ms while draining');
    });
    it('describes breaker changes', () => {
        expect(breakerCause({ type: 'CALL_FAILED' }, 'closed', 'open', ctx).reason).toBe('breaker open: 5 consecutive failed calls');
        expect(breakerCause(undefined, 'open', 'halfOpen', ctx).reason).toBe('breaker half-open after 10000 ms: one trial call allowed');
        expect(breakerCause({ type: 'CALL_FAILED' }, 'halfOpen', 'open', ctx).reason).toBe('breaker open again: the trial call failed');
        expect(breakerCause({ type: 'CALL_SUCCEEDED' }, 'halfOpen', 'closed', ctx).reason).toBe('breaker closed: the trial call succeeded');
    });
});
//# sourceMappingURL=registry-reasons.test.js.map
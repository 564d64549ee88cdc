import { describe, expect, it } from 'vitest';
import { METHOD_RULES } from '../../src/orchestrator/api/scopes.js';
import { rollbackReason } from '../../src/orchestrator/rollouts/rollback-decision.js';
import { checkRolloutSpec, compilePolicy, DEFAULT_ROLLOUT_POLICY } from '../../src/orchestrator/rollouts/rollout-record.js';
import { rolloutFilter, sideOfVersion } from '../../src/orchestrator/rollouts/rollout-routing.js';
import { Rollouts } from '../../src/orchestrator/rollouts/rollouts.js';
import { SideWindow } from '../../src/orchestrator/rollouts/side-window.js';
import { narrowByVersion } from '../../src/orchestrator/versions/version-filter.js';
import { Status } from '../../src/sdk/errors.js';
const entry = (id, version) => ({ instanceId: id, versionOf: () => version });
const stable = entry('s', '2.0.0');
const canary = entry('c', '2.1.0');
const other = entry('o', '1.0.0');
function record(over = {}) {
    return { capability: 'tts', canary: '2.1.0', stable: '', weight: 10, state: 'active', reason: '', policy: DEFAULT_ROLLOUT_POLICY, decisions: [], generation: 1, updatedAt: 0, updatedBy: '', ...over };
}
/** A deterministic source of [0, 1): i/n for i = 0 … n-1, over and over. */
function evenly(n) {
    let i = 0;
    return () => (i++ % n) / n;
}
describe('rollout routing', () => {
    it('puts a version on the canary side, the stable side, or neither (outside a given stable range)', () => {
        expect(sideOfVersion(record(), '2.1.0')).toBe('canary');
        expect(sideOfVersion(record(), '1.0.0')).toBe('stable');
        expect(sideOfVersion(record({ stable: '^2' }), '2.0.0')).toBe('stable');
        expect(sideOfVersion(record({ stable: '^2' }), '1.0.0')).toBeUndefined();
    });
    it('sends the weight share of tasks to the canary, with an injected random source', () => {
        for (const weight of [10, 50, 90]) {
            const rollouts = new Rollouts({ random: evenly(1000), onRollback: () => undefined });
            rollouts.apply('tts', record({ weight }));
            let toCanary = 0;
            for (let i = 0; i < 1000; i++) {
                const [chosen] = narrowByVersion([stable, canary], rollouts.route('tts'));
                if (chosen === canary)
                    toCanary++;
            }
            expect(toCanary).toBe(weight * 10);
        }
    });
    it('falls back to the other side while both take traffic, never at 0, 100, promoted or rolled back', () => {
        expect(narrowByVersion([stable], rolloutFilter(record({ weight: 50 }), 'tts', 0.1))).toEqual([stable]); // drew canary, none running
        expect(narrowByVersion([canary], rolloutFilter(record({ weight: 50 }), 'tts', 0.9))).toEqual([canary]); // drew stable, none running
        expect(narrowByVersion([canary], rolloutFilter(record({ weight: 0 }), 'tts', 0))).toEqual([]);
        expect(narrowByVersion([stable], rolloutFilter(record({ weight: 100 }), 'tts', 0.99))).toEqual([]);
        expect(narrowByVersion([stable, canary], rolloutFilter(record({ state: 'promoted', weight: 100 }), 'tts', 0.99))).toEqual([canary]);
        expect(narrowByVersion([stable, canary], rolloutFilter(record({ state: 'rolled_back', weight: 0 }), 'tts', 0))).toEqual([stable]);
        expect(narrowByVersion([stable, canary, other], rolloutFilter(record({ stable: '^2', weight: 0 }), 'tts', 0))).toEqual([stable]);
    });
});
const side = (samples, successRate, latencyP50Ms = 100, latencySamples = samples) => ({ samples, successRate, latencyP50Ms, latencySamples });
describe('rollback decision', () => {
    const policy = DEFAULT_ROLLOUT_POLICY;
    const versions = { canary: '2.1.0', stable: '' };
    it('waits for min_samples on both sides', () => {
        expect(rollbackReason(versions, side(19, 0), side(100, 1), policy)).toBeUndefined();
        expect(rollbackReason(versions, side(20, 0), side(19, 1), policy)).toBeUndefined();
    });
    it('rolls back on a success rate below the stable minus the margin, and says why', () => {
        expect(rollbackReason(versions, side(20, 0.6), side(50, 0.98), policy)).toBe('canary 2.1.0 success 60% < stable 98% − 10% (over 20 and 50 tasks)');
        expect(rollbackReason(versions, side(20, 0.88), side(50, 0.98), policy)).toBeUndefined(); // exactly at the margin
        expect(rollbackReason(versions, side(20, 0.85), side(50, 0.98), { ...policy, maxSuccessDrop: 0.2 })).toBeUndefined();
    });
    it('rolls back on a median latency above the stable times the ratio', () => {
        expect(rollbackReason({ canary: '2.1.0', stable: '^2' }, side(30, 1, 420), side(30, 1, 120), policy)).toBe('canary 2.1.0 latency p50 420 ms > 1.5 × stable ^2 120 ms (over 30 and 30 successful tasks)');
        expect(rollbackReason(versions, side(30, 1, 180), side(30, 1, 120), policy)).toBeUndefined();
        expect(rollbackReason(versions, side(30, 1, 900, 10), side(30, 1, 120), policy)).toBeUndefined(); // too few successes to compare latency
        expect(rollbackReason(versions, side(30, 1, 1.3), side(30, 1, 0.8), policy)).toBeUndefined(); // 1.6× but within the noise
    });
    it('measures a window of outcomes and the median latency of the successes', () => {
        const w = new SideWindow(4);
        for (const [ok, ms] of [[true, 10], [false, 999], [true, 30], [true, 20], [true, 40]])
            w.push(ok, ms);
        expect(w.stats()).toEqual({ samples: 4, successRate: 0.75, latencySamples: 4, latencyP50Ms: 25 });
    });
    it('decides once: traffic leaves the canary at once, and a new generation measures again', () => {
        const decided = [];
        const rollouts = new Rollouts({ random: () => 0, onRollback: (_r, reason) => decided.push(reason) });
        rollouts.apply('tts', record({ weight: 50, policy: { ...policy, minSamples: 5, window: 10 } }));
        for (let i = 0; i < 5; i++)
            rollouts.observe('tts', stable, 'ok', 10);
        for (let i = 0; i < 4; i++)
            rollouts.observe('tts', canary, 'failed', 10);
        rollouts.observe('tts', canary, 'refused', 10); // full, not worse: not counted
        expect(decided).toEqual([]);
        rollouts.observe('tts', canary, 'failed', 10);
        rollouts.observe('tts', canary, 'failed', 10);
        expect(decided).toEqual(['canary 2.1.0 success 0% < stable 100% − 10% (over 5 and 5 tasks)']);
        expect(narrowByVersion([stable, canary], rollouts.route('tts'))).toEqual([stable]);
        // The store still says active until the rollback lands: it stays off the canary.
        rollouts.apply('tts', record({ weight: 50, policy: { ...policy, minSamples: 5, window: 10 } }));
        expect(rollouts.get('tts')?.record.state).toBe('rolled_back');
        rollouts.apply('tts', record({ weight: 10, generation: 2 }));
        expect(rollouts.get('tts')).toMatchObject({ record: { state: 'active', weight: 10 }, canary: { samples: 0 }, stable: { samples: 0 } });
    });
});
describe('rollout requests', () => {
    const ok = { capability: 'tts', canary: '2.1.0', weight: 10 };
    it('fills in the policy defaults', () => {
        expect(checkRolloutSpec(ok)).toEqual({ ...ok, stable: '', policy: DEFAULT_ROLLOUT_POLICY });
        expect(compilePolicy({ minSamples: 200 })).toEqual({ ...DEFAULT_ROLLOUT_POLICY, minSamples: 200, window: 200 });
    });
    it('refuses what cannot work with INVALID_ARGUMENT naming the field', () => {
        const cases = [
            [{ ...ok, capability: '' }, /capability is required/],
            [{ ...ok, capability: 'tts@^2' }, /has a version range; name the capability alone/],
            [{ ...ok, capability: 'TTS!' }, /is not a valid name/],
            [{ ...ok, canary: '' }, /canary is required/],
            [{ ...ok, canary: 'latest' }, /canary: the version range "latest" is not a valid semver range/],
            [{ ...ok, stable: '^^2' }, /stable: the version range/],
            [{ ...ok, stable: '2.1.0' }, /canary and stable are both "2.1.0"/],
            [{ ...ok, weight: 101 }, /weight must be a whole percent from 0 to 100/],
            [{ ...ok, weight: 12.5 }, /weight must be a whole percent/],
            [{ ...ok, policy: { maxSuccessDrop: 2 } }, /policy.max_success_drop must be a fraction in \(0, 1\]/],
            [{ ...ok, policy: { maxLatencyRatio: 0.5 } }, /policy.max_latency_ratio must be a ratio of at least 1/],
            [{ ...ok, policy: { maxLatencyRatio: Number.NaN } }, /policy.max_latency_ratio/],
            [{ ...ok, policy: { minSamples: 50, window: 10 } }, /policy.window \(10\) must be at least policy.min_samples \(50\)/],
            [{ ...ok, policy: { window: 1e9 } }, /policy.window must be a whole number from 1 to 10000/],
        ];
        for (const [spec, message] of cases)
            expect(() => checkRolloutSpec(spec), JSON.stringify(spec)).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(message) }));
    });
});
describe('rollout scopes', () => {
    it('writes need agents:admin and are audited by capability; reads need agents:read', () => {
        expect(METHOD_RULES.SetRollout?.scope).toBe('agents:admin');
        expect(METHOD_RULES.SetRollout?.audit?.({ capability: 'tts', canary: '2.1.0' })).toBe('tts@2.1.0');
        for (const m of ['PromoteRollout', 'AbortRollout'])
            expect([METHOD_RULES[m]?.scope, METHOD_RULES[m]?.audit?.({ capability: 'tts' })]).toEqual(['agents:admin', 'tts']);
        for (const m of ['GetRollout', 'ListRollouts'])
            expect([METHOD_RULES[m]?.scope, METHOD_RULES[m]?.audit]).toEqual(['agents:read', undefined]);
    });
});
//# sourceMappingURL=rollouts.test.js.map
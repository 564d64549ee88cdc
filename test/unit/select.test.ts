import { describe, expect, it } from 'vitest';
import { createSelector } from '../../src/orchestrator/dispatch/select.js';
import type { AgentEntry } from '../../src/orchestrator/registry/agent-entry.js';
import { AgentHistory } from '../../src/orchestrator/registry/agent-history.js';

function entry(id: string, over: Partial<Record<string, unknown>> = {}): AgentEntry {
  const { cost = 0, weight, ...rest } = over as { cost?: number; weight?: string };
  return {
    instanceId: id,
    localInFlight: 0,
    reportedInFlight: 0,
    maxConcurrency: 10,
    latencyEwmaMs: 0,
    succeeded: 0,
    failed: 0,
    descriptor: { costPerCall: cost, labels: weight ? { weight } : {} },
    ...rest,
  } as unknown as AgentEntry;
}

const pick = (strategy: Parameters<typeof createSelector>[0], entries: AgentEntry[], n = 1): string[] => {
  const select = createSelector(strategy);
  return Array.from({ length: n }, () => select(entries, 'cap')?.instanceId ?? 'none');
};

describe('selection strategies', () => {
  it('round robin rotates', () => expect(pick('round_robin', [entry('a'), entry('b'), entry('c')], 6)).toEqual(['b', 'c', 'a', 'b', 'c', 'a']));

  it('least in-flight prefers the idle instance, then the one reporting less load', () => {
    expect(pick('least_in_flight', [entry('a', { localInFlight: 3 }), entry('b', { localInFlight: 1 })], 3)).toEqual(['b', 'b', 'b']);
    expect(pick('least_in_flight', [entry('a', { reportedInFlight: 5 }), entry('b', { reportedInFlight: 2 })])).toEqual(['b']);
  });

  it('weighted spreads picks in proportion to the weight label', () => {
    const picks = pick('weighted', [entry('a', { weight: '3' }), entry('b', { weight: '1' })], 8);
    expect(picks.filter((p) => p === 'a')).toHaveLength(6);
    expect(picks.filter((p) => p === 'b')).toHaveLength(2);
    expect(picks.slice(0, 4)).toEqual(['a', 'a', 'b', 'a']); // smooth: b is not starved to the end
  });

  it('weighted reads a weight that is not a positive number as 1', () => {
    for (const bad of ['-3', '0', 'heavy']) {
      const picks = pick('weighted', [entry('a', { weight: bad }), entry('b', { weight: '1' })], 4);
      expect(picks.filter((p) => p === 'a'), `weight ${bad}`).toHaveLength(2);
    }
  });

  it('fastest picks the lowest latency EWMA, measuring unmeasured instances first', () => {
    expect(pick('fastest', [entry('slow', { latencyEwmaMs: 40 }), entry('quick', { latencyEwmaMs: 5 })])).toEqual(['quick']);
    expect(pick('fastest', [entry('quick', { latencyEwmaMs: 5 }), entry('new', { latencyEwmaMs: 0 })])).toEqual(['new']);
  });

  it('most reliable picks the best smoothed success rate', () => {
    expect(pick('most_reliable', [entry('flaky', { succeeded: 5, failed: 5 }), entry('solid', { succeeded: 50, failed: 1 })])).toEqual(['solid']);
  });

  it('cheapest picks the lowest declared cost', () => {
    expect(pick('cheapest', [entry('gold', { cost: 3 }), entry('basic', { cost: 0.5 })])).toEqual(['basic']);
  });

  it('skips instances at their max concurrency; none left → undefined', () => {
    expect(pick('cheapest', [entry('full', { cost: 0, localInFlight: 10 }), entry('open', { cost: 9 })])).toEqual(['open']);
    expect(pick('round_robin', [entry('full', { localInFlight: 10 })])).toEqual(['none']);
  });

  it('lets a capability override the default strategy', () => {
    const select = createSelector('round_robin', { cap: 'cheapest' });
    const entries = [entry('gold', { cost: 3 }), entry('basic', { cost: 1 })];
    expect([select(entries, 'cap'), select(entries, 'cap')].map((e) => e?.instanceId)).toEqual(['basic', 'basic']);
  });
});

describe('agent history', () => {
  it('keeps state changes and computes the share of time active', () => {
    const h = new AgentHistory(1000);
    h.enter('joining', 1000);
    h.enter('active', 1100);
    h.enter('suspect', 1600);
    h.enter('active', 1800);
    expect(h.changes().map((c) => c.state)).toEqual(['joining', 'active', 'suspect', 'active']);
    // active 1100–1600 and 1800–2000: 700 of the 900 ms since it first became active (joining is not downtime).
    expect(h.uptimeRatio(2000)).toBeCloseTo(700 / 900);
  });

  it('reads 100% for a healthy instance that has just started, and 0 before it was ever active', () => {
    const h = new AgentHistory(1000);
    h.enter('joining', 1000);
    expect(h.uptimeRatio(1500)).toBe(0);
    h.enter('active', 1700); // a slow first probe
    expect(h.uptimeRatio(6700)).toBe(1);
    expect(h.save(6700)).toMatchObject({ joinedAt: 1000, firstActiveAt: 1700, activeMs: 5000 });
  });

  it('counts uptime from the first active time of an earlier life after a restore', () => {
    const h = new AgentHistory(10_000);
    h.restore({ joinedAt: 1000, firstActiveAt: 1500, activeMs: 2500, savedAt: 4000, changes: [] });
    h.enter('active', 10_000);
    // 2,500 ms active before, 0 from 4,000 to 10,000 (the orchestrator was down), 1,000 since: 3,500 of 9,500.
    expect(h.uptimeRatio(11_000)).toBeCloseTo(3500 / 9500);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, fullJitterBackoff, retryDelays } from '../../src/orchestrator/scheduler/index.js';

describe('fullJitterBackoff', () => {
  const policy = { initialMs: 100, maxMs: 5000, multiplier: 2 };

  it('stays within 0 ≤ delay ≤ cap for every attempt', () => {
    for (let attempt = 1; attempt <= 60; attempt++) {
      const cap = Math.min(policy.maxMs, policy.initialMs * 2 ** (attempt - 1));
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const d = fullJitterBackoff({ ...policy, attempt, random: () => r });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('grows with the attempt until the cap (random = 0.999)', () => {
    const delays = Array.from({ length: 8 }, (_, i) => fullJitterBackoff({ ...policy, attempt: i + 1, random: () => 0.999 }));
    expect(delays).toEqual([99, 199, 399, 799, 1598, 3196, 4995, 4995]);
  });

  it('is 0 for random = 0 and treats attempt < 1 as the first', () => {
    expect(fullJitterBackoff({ ...policy, attempt: 5, random: () => 0 })).toBe(0);
    expect(fullJitterBackoff({ ...policy, attempt: 0, random: () => 0.5 })).toBe(50);
  });

  it('property: 0 ≤ delay ≤ min(maxMs, initial × multiplier^(attempt−1)), monotone in random', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, initialMs, maxMs, multiplier, r1, r2) => {
          const cap = initialMs === 0 ? 0 : Math.min(maxMs, initialMs * multiplier ** (attempt - 1));
          const d1 = fullJitterBackoff({ attempt, initialMs, maxMs, multiplier, random: () => r1 });
          const d2 = fullJitterBackoff({ attempt, initialMs, maxMs, multiplier, random: () => r2 });
          expect(Number.isInteger(d1)).toBe(true);
          expect(d1).toBeGreaterThanOrEqual(0);
          expect(d1).toBeLessThanOrEqual(cap);
          if (r1 <= r2) expect(d1).toBeLessThanOrEqual(d2);
        },
      ),
    );
  });

  it('rejects a shrinking multiplier', () => {
    expect(() => fullJitterBackoff({ attempt: 1, multiplier: 0.5 })).toThrow(/multiplier must be a finite number ≥ 1/);
  });

  it('names the setting it refuses, and the value', () => {
    expect(() => fullJitterBackoff({ attempt: 1, initialMs: -1 })).toThrow('backoff initialMs must be a finite number ≥ 0; got -1');
    expect(() => fullJitterBackoff({ attempt: 1, maxMs: Number.NaN })).toThrow('backoff maxMs must be a finite number ≥ 0; got NaN');
    expect(() => fullJitterBackoff({ attempt: 1, maxMs: Infinity })).toThrow('backoff maxMs must be a finite number ≥ 0; got Infinity');
    expect(() => fullJitterBackoff({ attempt: 1, multiplier: Infinity })).toThrow('backoff multiplier must be a finite number ≥ 1; got Infinity');
    expect(() => [...retryDelays({ maxAttempts: 0 })]).toThrow('backoff maxAttempts must be at least 1; got 0');
  });
});

describe('retryDelays', () => {
  it('yields maxAttempts − 1 delays', () => {
    expect([...retryDelays({ maxAttempts: 4 }, () => 0.5)]).toEqual([100, 200, 400]);
    expect([...retryDelays({}, () => 0.5)]).toHaveLength(DEFAULT_BACKOFF.maxAttempts - 1);
    expect([...retryDelays({ maxAttempts: 1 })]).toEqual([]);
  });

  it('is endless with maxAttempts = Infinity and levels off at maxMs', () => {
    const it = retryDelays({ maxAttempts: Infinity, initialMs: 10, maxMs: 1000 }, () => 0.9999);
    const first = Array.from({ length: 30 }, () => it.next().value as number);
    expect(first.at(-1)).toBe(999);
    expect(first.every((d, i) => i === 0 || d >= first[i - 1]!)).toBe(true);
  });
});

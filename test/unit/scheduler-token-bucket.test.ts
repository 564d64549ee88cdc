import { describe, expect, it } from 'vitest';
import { RateLimits, TokenBucket, filterByAgentRate } from '../../src/orchestrator/scheduler/index.js';
import { FakeClock } from './scheduler-fake-clock.js';

describe('TokenBucket', () => {
  it('starts full and allows a burst, then refuses', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 3, now: clock.now });
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([true, true, true, false]);
  });

  it('refills at the rate as the clock advances, up to the burst', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 2, now: clock.now });
    bucket.tryTake(2);
    clock.advance(99);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(1);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(3_600_000); // an hour idle saves no more than the burst
    expect(bucket.available()).toBe(2);
    expect(bucket.isFull()).toBe(true);
    expect(bucket.tryTake(3)).toBe(false);
    expect(bucket.tryTake(2)).toBe(true);
  });

  it('counts 100 grants per 10 s at 10/s with burst 1', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 1, now: clock.now });
    bucket.tryTake();
    let granted = 0;
    for (let ms = 0; ms < 10_000; ms++) {
      clock.advance(1);
      if (bucket.tryTake()) granted++;
    }
    expect(granted).toBe(100);
  });

  it('says how long until a token, and waiting that long is enough', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 3, burst: 2, now: clock.now });
    expect(bucket.msUntilAvailable()).toBe(0);
    bucket.tryTake(2);
    const wait = bucket.msUntilAvailable();
    expect(wait).toBe(334); // 1000/3 rounded up
    clock.advance(wait - 1);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(1);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.msUntilAvailable(3)).toBe(Infinity); // more than the burst never fits
    expect(bucket.msUntilAvailable(2)).toBe(666); // 0.002 tokens left over: (2 − 0.002) × 1000/3, rounded up
  });

  it('rejects nonsense rates', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, burst: 1 })).toThrow('token bucket: ratePerSecond must be a finite number above 0; got 0');
    expect(() => new TokenBucket({ ratePerSecond: 1, burst: 0.5 })).toThrow('token bucket: burst must be a finite number of at least 1; got 0.5');
    expect(() => new TokenBucket({ ratePerSecond: Infinity, burst: 1 })).toThrow('token bucket: ratePerSecond must be a finite number above 0; got Infinity');
  });
});

describe('RateLimits', () => {
  it('limits listed capabilities only', () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ perCapability: { tts: { ratePerSecond: 1, burst: 1 } }, now: clock.now });
    expect(limits.takeCapability('tts')).toBe(true);
    expect(limits.takeCapability('tts')).toBe(false);
    expect(limits.msUntilCapability('tts')).toBe(1000);
    expect(limits.msUntilCapability('summarize')).toBe(0);
    expect(limits.takeCapability('summarize')).toBe(true);
    expect(limits.capabilityBucket('summarize')).toBeUndefined();
    clock.advance(1000);
    expect(limits.takeCapability('tts')).toBe(true);
  });

  it('keeps one bucket per agent instance', () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ perAgent: { ratePerSecond: 2, burst: 1 }, now: clock.now });
    expect(limits.takeFor('a')).toBe(true);
    expect(limits.takeFor('a')).toBe(false);
    expect(limits.takeFor('b')).toBe(true);
    clock.advance(500);
    expect(limits.hasTokenFor('a')).toBe(true);
    expect(limits.hasTokenFor('a')).toBe(true); // looking does not take
    expect(limits.takeFor('a')).toBe(true);
    expect(new RateLimits().takeFor('anyone')).toBe(true);
  });

  it('stays bounded, evicting the least recently used bucket, and prunes refilled ones', () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ perAgent: { ratePerSecond: 1, burst: 1 }, maxBuckets: 3, now: clock.now });
    for (const id of ['a', 'b', 'c']) limits.takeFor(id);
    limits.takeFor('a'); // touch a: b is now the least recently used
    limits.takeFor('d');
    expect(limits.size).toBe(3);
    expect(limits.hasTokenFor('b')).toBe(true); // b was evicted and restarts full
    expect(limits.hasTokenFor('a')).toBe(false); // a kept its empty bucket
    clock.advance(1000);
    limits.prune();
    expect(limits.size).toBe(0);
  });

  it('filterByAgentRate keeps instances with a token; takeFor spends it', () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ perAgent: { ratePerSecond: 1, burst: 1 }, now: clock.now });
    const candidates = [{ instanceId: 'i1' }, { instanceId: 'i2' }, { instanceId: 'i3' }];
    expect(filterByAgentRate(candidates, limits)).toEqual(candidates);
    const [chosen] = filterByAgentRate(candidates, limits);
    expect(limits.takeFor(chosen!.instanceId)).toBe(true);
    expect(filterByAgentRate(candidates, limits).map((c) => c.instanceId)).toEqual(['i2', 'i3']);
    clock.advance(1000);
    expect(filterByAgentRate(candidates, limits)).toHaveLength(3);
  });

  it('names the bad setting', () => {
    expect(() => new RateLimits({ perCapability: { tts: { ratePerSecond: -1, burst: 1 } } })).toThrow(/perCapability\["tts"\]: ratePerSecond/);
  });
});

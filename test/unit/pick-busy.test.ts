import { describe, expect, it } from 'vitest';
import { pickInstance } from '../../src/orchestrator/dispatch/pick.js';
import { createSelector } from '../../src/orchestrator/dispatch/select.js';
import type { AgentEntry } from '../../src/orchestrator/registry/agent-entry.js';
import { Status } from '../../src/sdk/errors.js';
import { pickRegistry } from '../helpers/pick-registry.js';

// An instance of "tts" as the registry holds it, active and idle unless told otherwise.
function entry(id: string, over: Partial<Record<'state' | 'localInFlight' | 'failed' | 'succeeded', unknown>> = {}): AgentEntry {
  return { instanceId: id, state: 'active', breaker: 'closed', localInFlight: 0, reportedInFlight: 0, maxConcurrency: 2, failed: 0, succeeded: 0, latencyEwmaMs: 0, descriptor: {}, ...over } as unknown as AgentEntry;
}

const full = (id: string): AgentEntry => entry(id, { localInFlight: 2 });
const busy = (entries: AgentEntry[], exclude: string[] = [], hasRoom?: (e: AgentEntry) => boolean) => () =>
  pickInstance(pickRegistry(entries), createSelector('round_robin'), { capability: 'tts', exclude: new Set(exclude), hasRoom });

describe('pick: every instance at its max concurrency is RESOURCE_EXHAUSTED, counting the busy ones', () => {
  it('counts the active instances at capacity, leaving out the ones this call already tried', () => {
    expect(busy([full('a'), full('b'), full('c')], ['c'])).toThrow(
      expect.objectContaining({ code: Status.RESOURCE_EXHAUSTED, message: 'all 2 active instance(s) of "tts" are at their max concurrency; retry later or start more instances' }),
    );
  });

  it('counts the instances the registry marked saturated when none is a candidate any more', () => {
    const entries = [entry('a', { state: 'saturated' }), entry('b', { state: 'saturated' }), entry('c', { state: 'maintenance' })];
    expect(busy(entries)).toThrow(expect.objectContaining({ code: Status.RESOURCE_EXHAUSTED, message: expect.stringContaining('all 2 active instance(s) of "tts"') }));
  });

  it('an instance that has no room for this task (hasRoom) is busy, not gone', () => {
    expect(busy([entry('a'), entry('b')], [], () => false)).toThrow(expect.objectContaining({ code: Status.RESOURCE_EXHAUSTED }));
  });

  it('a saturated instance already tried by this call is not busy for it: UNAVAILABLE', () => {
    expect(busy([entry('a', { state: 'saturated' })], ['a'])).toThrow(expect.objectContaining({ code: Status.UNAVAILABLE }));
  });
});

describe('pick: instances that failed this task before (avoid)', () => {
  const pickAvoiding = (entries: AgentEntry[], avoid: string[], n: number): string[] => {
    const select = createSelector('round_robin');
    return Array.from({ length: n }, () => pickInstance(pickRegistry(entries), select, { capability: 'tts', exclude: new Set(), avoid: new Set(avoid) }).instanceId);
  };

  it('are passed over while another instance is left', () => {
    expect(pickAvoiding([entry('a'), entry('b')], ['a'], 4)).toEqual(['b', 'b', 'b', 'b']);
  });

  it('are used when nothing else is left', () => {
    expect(pickAvoiding([entry('a')], ['a'], 2)).toEqual(['a', 'a']);
  });
});

describe('select: most_reliable', () => {
  it('prefers the smoothed lower failure rate: 1 failure in 101 calls beats 0 in 10', () => {
    const select = createSelector('most_reliable');
    const fewCalls = entry('few', { succeeded: 10 });
    const manyCalls = entry('many', { failed: 1, succeeded: 100 });
    for (let i = 0; i < 4; i++) expect(select([fewCalls, manyCalls], 'tts')?.instanceId).toBe('many');
  });
});

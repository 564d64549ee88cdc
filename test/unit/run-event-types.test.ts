import { describe, expect, it } from 'vitest';
import { eventTypeFilter, MAX_EVENT_TYPES } from '../../src/sdk/run-event-types.js';
import { Status, TroupeError } from '../../src/sdk/index.js';

const refusal = (types: string[]): { code: number; message: string } => {
  try {
    eventTypeFilter(types);
  } catch (err) {
    if (err instanceof TroupeError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error(`${JSON.stringify(types)} was accepted`);
};

describe('WatchRun event type filter', () => {
  it('passes every event when no types are given', () => {
    expect(eventTypeFilter(undefined)).toBeUndefined();
    expect(eventTypeFilter([])).toBeUndefined();
  });

  it('passes exact types, and types under a prefix that ends in a dot', () => {
    const wanted = eventTypeFilter(['run.', 'chunk', 'step.completed'])!;
    expect(['run.started', 'run.completed', 'chunk', 'step.completed'].filter(wanted)).toHaveLength(4);
    // 'chunk' is exact (not a prefix of 'chunks'), 'run.' does not match 'run' or 'runs.x'.
    expect(['chunks', 'step.started', 'step.completed.late', 'run', 'runs.x', 'attempt.started'].filter(wanted)).toEqual([]);
    expect(eventTypeFilter(['x'.repeat(64)])!('x'.repeat(64))).toBe(true);
  });

  it('refuses an entry that is not a type or a dotted prefix, naming it', () => {
    for (const bad of ['Run.completed', 'run..completed', '.run', 'run completed', '*', '', 'x'.repeat(65)]) {
      const { code, message } = refusal(['run.', bad]);
      expect(code).toBe(Status.INVALID_ARGUMENT);
      expect(message).toContain(`"${bad.slice(0, 70)}`);
      expect(message).toContain('e.g. "run."');
    }
  });

  it(`takes at most ${MAX_EVENT_TYPES} entries`, () => {
    expect(eventTypeFilter(Array.from({ length: MAX_EVENT_TYPES }, () => 'run.'))).toBeTypeOf('function');
    expect(refusal(Array.from({ length: MAX_EVENT_TYPES + 1 }, () => 'run.'))).toEqual({ code: Status.INVALID_ARGUMENT, message: `types has ${MAX_EVENT_TYPES + 1} entries; at most ${MAX_EVENT_TYPES}` });
  });
});

/** Run-level flow control: max_concurrent_runs and per-key concurrency; runs over a cap wait in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunGate, type GateEntry } from '../../src/orchestrator/workflow/engine/run-gate.js';

describe('run gate', () => {
  it('lets max_concurrent_runs runs go and starts the waiting ones in arrival order', () => {
    const gate = new RunGate();
    const run = (id: string): GateEntry => ({ id, workflow: 'w', maxRuns: 2 });
    expect(['r1', 'r2', 'r3', 'r4'].map((id) => gate.enter(run(id)))).toEqual([true, true, false, false]);
    expect(gate.waiting('r3')).toEqual({ reason: 'max_concurrent_runs: 2 of 2 runs of w going', position: 1 });
    expect(gate.waiting('r4')?.position).toBe(2);
    expect(gate.waiting('r1')).toBeUndefined();
    expect(gate.enter({ id: 'other', workflow: 'v' })).toBe(true); // other workflows are not held
    expect(gate.leave('r2').map((e) => e.id)).toEqual(['r3']);
    expect(gate.leave('r4')).toEqual([]); // r4 cancelled while waiting
    expect(gate.leave('r1')).toEqual([]);
    expect(gate.size).toEqual({ active: 2, waiting: 0 });
  });

  it('limits runs per key; a run held by its key does not hold back other keys', () => {
    const gate = new RunGate();
    const run = (id: string, key: string): GateEntry => ({ id, workflow: 'w', key, keyLimit: 1 });
    expect(gate.enter(run('a1', 'acme'))).toBe(true);
    expect(gate.enter(run('a2', 'acme'))).toBe(false);
    expect(gate.waiting('a2')?.reason).toBe('concurrency: 1 run(s) going for key "acme"');
    expect(gate.enter(run('b1', 'bolt'))).toBe(true);
    expect(gate.leave('b1')).toEqual([]);
    expect(gate.leave('a1').map((e) => e.id)).toEqual(['a2']);
  });

  it('counts a run without a key (an older version of the workflow, before concurrency.key) against no key, not even the empty one', () => {
    const gate = new RunGate();
    expect(gate.enter({ id: 'old', workflow: 'w' })).toBe(true);
    expect(gate.enter({ id: 'empty', workflow: 'w', key: '', keyLimit: 1 })).toBe(true);
    expect(gate.enter({ id: 'empty2', workflow: 'w', key: '', keyLimit: 1 })).toBe(false);
    expect(gate.leave('old')).toEqual([]);
    expect(gate.leave('empty').map((e) => e.id)).toEqual(['empty2']);
  });

  it('counts a resumed running run even over the cap (force)', () => {
    const gate = new RunGate();
    expect(gate.enter({ id: 'r1', workflow: 'w', maxRuns: 1 })).toBe(true);
    expect(gate.enter({ id: 'r2', workflow: 'w', maxRuns: 1 }, true)).toBe(true);
    expect(gate.enter({ id: 'r3', workflow: 'w', maxRuns: 1 })).toBe(false);
    expect(gate.leave('r1')).toEqual([]); // r2 still holds more than the cap
    expect(gate.leave('r2').map((e) => e.id)).toEqual(['r3']);
  });

  it('holds resumed runs by creation time until pump, after the running ones are back', () => {
    const gate = new RunGate();
    const run = (id: string, arrivedAt: number): GateEntry => ({ id, workflow: 'w', maxRuns: 1, arrivedAt });
    gate.hold(run('r3', 30)); // adopted first, though it arrived last
    gate.hold(run('r2', 20));
    expect(gate.enter(run('r1', 10), true)).toBe(true); // was running: counts whatever the caps
    expect(gate.pump()).toEqual([]);
    expect(gate.waitingIds()).toEqual(['r2', 'r3']);
    expect(gate.leave('r1').map((e) => e.id)).toEqual(['r2']);
    const idle = new RunGate();
    idle.hold(run('x', 1));
    expect(idle.pump().map((e) => e.id)).toEqual(['x']);
  });

  const OPS = fc.array(
    fc.oneof({ arbitrary: fc.record({ k: fc.constant('arrive' as const), key: fc.integer({ min: 0, max: 2 }) }), weight: 3 }, { arbitrary: fc.record({ k: fc.constant('finish' as const), pick: fc.nat() }), weight: 2 }),
    { maxLength: 120 },
  );
  const LIMITS = fc.record({ maxRuns: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), keyLimit: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }) });

  it('property: caps hold, nothing that fits waits, runs of a key start in arrival order, every run starts once the others end', () => {
    fc.assert(
      fc.property(LIMITS, OPS, ({ maxRuns, keyLimit }, ops) => {
        const gate = new RunGate();
        const entries = new Map<string, GateEntry>();
        const started: string[] = [];
        const arrived: string[] = [];
        const counts = () => {
          const active = gate.activeIds().map((id) => entries.get(id)!);
          const perKey = new Map<string | undefined, number>();
          for (const e of active) perKey.set(e.key, (perKey.get(e.key) ?? 0) + 1);
          return { active: active.length, perKey };
        };
        const fits = (e: GateEntry): boolean => {
          const { active, perKey } = counts();
          return (maxRuns === undefined || active < maxRuns) && (keyLimit === undefined || (perKey.get(e.key) ?? 0) < keyLimit);
        };
        const check = (): void => {
          const { active, perKey } = counts();
          if (maxRuns !== undefined) expect(active).toBeLessThanOrEqual(maxRuns);
          if (keyLimit !== undefined) for (const n of perKey.values()) expect(n).toBeLessThanOrEqual(keyLimit);
          for (const id of gate.waitingIds()) expect(fits(entries.get(id)!)).toBe(false);
        };
        const finish = (id: string): void => {
          started.push(...gate.leave(id).map((e) => e.id));
          check();
        };
        for (const op of ops) {
          if (op.k === 'arrive') {
            const id = `r${arrived.length}`;
            const entry: GateEntry = { id, workflow: 'w', ...(maxRuns === undefined ? {} : { maxRuns }), ...(keyLimit === undefined ? {} : { key: `k${op.key}`, keyLimit }) };
            entries.set(id, entry);
            arrived.push(id);
            if (gate.enter(entry)) started.push(id);
            check();
          } else {
            const active = gate.activeIds();
            if (active.length > 0) finish(active[op.pick % active.length]!);
          }
        }
        // Drain: as runs end, every waiting run starts.
        for (let active = gate.activeIds(); active.length > 0; active = gate.activeIds()) finish(active[0]!);
        expect(gate.size).toEqual({ active: 0, waiting: 0 });
        expect([...started].sort()).toEqual([...arrived].sort());
        // Order: within a key (or the whole workflow when there is no key), starts follow arrivals.
        const keyOf = (id: string): string | undefined => entries.get(id)!.key;
        for (const key of new Set(arrived.map(keyOf))) {
          expect(started.filter((id) => keyOf(id) === key)).toEqual(arrived.filter((id) => keyOf(id) === key));
        }
      }),
      { numRuns: 300 },
    );
  });
});

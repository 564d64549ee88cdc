/**
 * The agent lifecycle machine, walked from its own transition table: every row
 * is driven and checked, every (state, event) pair that is not a row is tried
 * and must be refused, logged and counted. Time moves only through SimulatedClock.
 */
import { metrics } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { createActor, matchesState, pathToStateValue, SimulatedClock, type Actor, type StateValue } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  AGENT_LIFECYCLE_EVENTS,
  AGENT_LIFECYCLE_TRANSITIONS as TABLE,
  agentLifecycleMachine,
  breakerState,
  isRoutable,
  lifecycleState,
  type AgentLifecycleEvent,
  type AgentLifecycleInput,
} from '../../src/orchestrator/machines/agent-lifecycle.machine.js';
import { ILLEGAL_TRANSITIONS_METRIC, sendChecked } from '../../src/orchestrator/machines/checked-send.js';
import { legalEventsFrom, pathOf, stateNodes, type TransitionRow } from '../../src/orchestrator/machines/transition-table.js';

const I = 1_000; // heartbeat interval
const MAX = 2;
const THRESHOLD = 3;
const OPEN_MS = 5_000;
const FORGET_MS = 60_000;
const RECONNECT_GRACE = 5 * I;
const INPUT: AgentLifecycleInput = {
  instanceId: 'agent-1',
  maxConcurrency: MAX,
  heartbeatIntervalMs: I,
  breakerFailureThreshold: THRESHOLD,
  breakerOpenMs: OPEN_MS,
  forgetAfterMs: FORGET_MS,
};

interface Harness {
  readonly clock: SimulatedClock;
  readonly actor: Actor<typeof agentLifecycleMachine>;
}
type Step = (h: Harness) => void;
type EventOf = (h: Harness) => AgentLifecycleEvent;

function start(input: AgentLifecycleInput = INPUT): Harness {
  const clock = new SimulatedClock();
  return { clock, actor: createActor(agentLifecycleMachine, { input, clock }).start() };
}
const beat =
  (over: Partial<Extract<AgentLifecycleEvent, { type: 'HEARTBEAT' }>> = {}): EventOf =>
  (h) => ({ type: 'HEARTBEAT', at: h.clock.now(), inFlight: 0, maxConcurrency: MAX, draining: false, ...over });
const load =
  (inFlight: number): EventOf =>
  (h) => ({ type: 'LOAD', inFlight, at: h.clock.now() });
const send =
  (e: AgentLifecycleEvent | EventOf): Step =>
  (h) => h.actor.send(typeof e === 'function' ? e(h) : e);
const wait =
  (ms: number): Step =>
  (h) => h.clock.increment(ms);
const times = (n: number, step: Step): Step[] => Array.from({ length: n }, () => step);
const run = (h: Harness, steps: readonly Step[]): void => steps.forEach((s) => s(h));

/** How each state is reached from the initial state `{ lifecycle: joining, breaker: closed }`. */
const PATHS: Record<string, readonly Step[]> = {
  lifecycle: [], // the region's own defaults (LINK_DOWN / LINK_UP), taken from joining
  'lifecycle.joining': [],
  'lifecycle.active': [send({ type: 'READY' })],
  'lifecycle.saturated': [send({ type: 'READY' }), send(load(MAX))], // saturated by our own load
  'lifecycle.maintenance': [send({ type: 'READY' }), send({ type: 'ENTER_MAINTENANCE' })],
  'lifecycle.draining': [send({ type: 'READY' }), send({ type: 'DRAIN' })],
  'lifecycle.suspect': [send({ type: 'READY' }), wait(1.5 * I)],
  'lifecycle.unreachable': [send({ type: 'PROBE_FAILED' })],
  'lifecycle.left': [send({ type: 'GOODBYE' })],
  'lifecycle.refused': [send({ type: 'REFUSED', reason: 'wrong_identity' })],
  'breaker.closed': [],
  'breaker.open': times(THRESHOLD, send({ type: 'CALL_FAILED' })),
  'breaker.halfOpen': [...times(THRESHOLD, send({ type: 'CALL_FAILED' })), wait(OPEN_MS)],
};

/** Rows whose branch needs the state reached another way: saturated by the agent's reported load, which a low beat clears. */
const ROW_PATHS: Record<string, readonly Step[]> = {
  'lifecycle.saturated HEARTBEAT': [send({ type: 'READY' }), send(beat({ inFlight: MAX }))],
};

/** The event that takes each branch, keyed by `EVENT [guard]`; `prepare` sets up the guard's context. */
const EVENTS: Record<string, { readonly prepare?: readonly Step[]; readonly event: EventOf }> = {
  READY: { event: () => ({ type: 'READY' }) },
  PROBE_FAILED: { event: () => ({ type: 'PROBE_FAILED' }) },
  REFUSED: { event: () => ({ type: 'REFUSED', reason: 'untrusted_certificate' }) },
  ENTER_MAINTENANCE: { event: () => ({ type: 'ENTER_MAINTENANCE' }) },
  RESUME: { event: () => ({ type: 'RESUME' }) },
  DRAIN: { event: () => ({ type: 'DRAIN' }) },
  GOODBYE: { event: () => ({ type: 'GOODBYE' }) },
  'HEARTBEAT [drainingBeat]': { event: beat({ draining: true }) },
  'HEARTBEAT [atCapacity]': { event: beat({ inFlight: MAX }) },
  HEARTBEAT: { event: beat() },
  'LOAD [atCapacity]': { event: load(MAX) },
  'LOAD [!atCapacity]': { event: load(0) },
  LOAD: { event: (h) => load(h.actor.getSnapshot().context.localInFlight)(h) }, // load unchanged
  // lastGoodAt = now: from suspect (reached without beats) the guarded branch is taken.
  LINK_DOWN: { event: (h) => ({ type: 'LINK_DOWN', at: h.clock.now(), lastGoodAt: h.clock.now() }) },
  'LINK_DOWN [silenceExplained]': { event: (h) => ({ type: 'LINK_DOWN', at: h.clock.now(), lastGoodAt: h.clock.now() }) },
  LINK_UP: { event: (h) => ({ type: 'LINK_UP', at: h.clock.now(), graceMs: RECONNECT_GRACE }) },
  CALL_SUCCEEDED: { event: () => ({ type: 'CALL_SUCCEEDED' }) },
  CALL_FAILED: { event: () => ({ type: 'CALL_FAILED' }) },
  'CALL_FAILED [failureThresholdReached]': {
    prepare: times(THRESHOLD - 1, send({ type: 'CALL_FAILED' })),
    event: () => ({ type: 'CALL_FAILED' }),
  },
};

/** Expected length of each named delay. */
const DELAYS: Record<string, number> = {
  heartbeatGrace: 1.5 * I,
  suspectGrace: 1.5 * I,
  silenceTimeout: 3 * I,
  forgetAfter: FORGET_MS,
  breakerOpen: OPEN_MS,
};

const label = (r: TransitionRow): string => (r.guard === undefined ? r.event : `${r.event} [${r.guard}]`);
const rowKey = (r: TransitionRow): string => `${r.from} ${label(r)}`;

interface Plan {
  readonly path: readonly Step[];
  readonly act: Step;
  /** For timers: the delay, checked not to fire 1 ms early. */
  readonly delayMs?: number;
}

/** How to exercise a row, or undefined when the harness does not know (a new, untested transition). */
function planFor(row: TransitionRow): Plan | undefined {
  const path = ROW_PATHS[rowKey(row)] ?? PATHS[row.from];
  if (path === undefined) return undefined;
  if (row.event.startsWith('after ')) {
    const delayMs = DELAYS[row.event.slice('after '.length)];
    return delayMs === undefined ? undefined : { path, act: wait(delayMs), delayMs };
  }
  const c = EVENTS[label(row)];
  return c === undefined ? undefined : { path: [...path, ...(c.prepare ?? [])], act: send(c.event) };
}

const regionOf = (path: string): string => path.split('.')[0] ?? '';
const valueAt = (value: StateValue, region: string): unknown => (value as Record<string, unknown>)[region];

describe('agent lifecycle transition table', () => {
  it('has a test plan for every row (add one to PATHS/EVENTS/DELAYS for a new transition)', () => {
    const exercised = TABLE.filter((r) => planFor(r) !== undefined).map(rowKey);
    expect(exercised).toEqual(TABLE.map(rowKey));
    const usedEvents = new Set(TABLE.map(label));
    expect(Object.keys(EVENTS).filter((k) => !usedEvents.has(k))).toEqual([]); // no stale cases
  });

  it.each(TABLE.map((r) => [rowKey(r), r] as const))('%s', (_key, row) => {
    const plan = planFor(row);
    if (plan === undefined) throw new Error(`no test plan for row ${rowKey(row)}`);
    const h = start();
    run(h, plan.path);
    const before = h.actor.getSnapshot().value;
    expect(matchesState(pathToStateValue(row.from.split('.')), before)).toBe(true);
    if (plan.delayMs !== undefined) {
      h.clock.increment(plan.delayMs - 1);
      expect(h.actor.getSnapshot().value).toEqual(before);
      h.clock.increment(1);
    } else {
      plan.act(h);
    }
    const after = h.actor.getSnapshot().value;
    if (row.to.length === 0) {
      expect(after).toEqual(before);
      return;
    }
    for (const to of row.to) expect(matchesState(pathToStateValue(to.split('.')), after)).toBe(true);
    for (const region of Object.keys(before as object).filter((r) => !row.to.some((t) => regionOf(t) === r))) {
      expect(valueAt(after, region)).toEqual(valueAt(before, region));
    }
  });
});

const LEAVES = stateNodes(agentLifecycleMachine.root)
  .filter((n) => n.type === 'atomic' || n.type === 'final')
  .map(pathOf);
/** Pairs not in the table; events another region handles are legal there, so only this region's events are tried. */
const ILLEGAL = LEAVES.flatMap((leaf) =>
  AGENT_LIFECYCLE_EVENTS.filter(
    (type) =>
      TABLE.every((r) => r.event !== type || regionOf(r.from) === regionOf(leaf)) &&
      !legalEventsFrom(TABLE, leaf).includes(type),
  ).map((type) => [leaf, type] as const),
);

/** Every event type with a payload that would satisfy its unguarded branch. */
const eventOfType = (type: AgentLifecycleEvent['type']): EventOf => EVENTS[type]?.event ?? (() => ({ type }) as AgentLifecycleEvent);

function memoryLogger() {
  const entries: { obj: Record<string, unknown>; msg: string }[] = [];
  return { entries, warn: (obj: Record<string, unknown>, msg: string) => void entries.push({ obj, msg }) };
}

describe('illegal events', () => {
  it('covers the obvious refusals', () => {
    const keys = ILLEGAL.map(([leaf, type]) => `${leaf} ${type}`);
    expect(keys).toEqual(expect.arrayContaining(['lifecycle.left HEARTBEAT', 'lifecycle.active READY', 'lifecycle.draining RESUME']));
  });

  it.each(ILLEGAL)('%s refuses %s', (leaf, type) => {
    const h = start();
    run(h, PATHS[leaf] ?? []);
    const before = h.actor.getSnapshot();
    const logger = memoryLogger();
    const event = eventOfType(type)(h);
    expect(sendChecked(h.actor, event, { machine: 'agent-lifecycle', id: 'agent-1', logger })).toBe(false);
    expect(h.actor.getSnapshot().value).toEqual(before.value);
    expect(h.actor.getSnapshot().context).toEqual(before.context);
    expect(logger.entries).toEqual([
      {
        msg: 'illegal transition refused',
        obj: { machine: 'agent-lifecycle', id: 'agent-1', state: JSON.stringify(before.value), event: type },
      },
    ]);
  });

  it('counts refusals in troupe_machine_illegal_transitions_total and sends legal events', async () => {
    class TestReader extends MetricReader {
      protected override async onShutdown(): Promise<void> {
        // nothing to release
      }
      protected override async onForceFlush(): Promise<void> {
        // nothing buffered
      }
    }
    const reader = new TestReader();
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    const h = start();
    const ctx = { machine: 'agent-lifecycle', id: 'agent-1', logger: memoryLogger() };
    expect(sendChecked(h.actor, { type: 'RESUME' }, ctx)).toBe(false);
    expect(sendChecked(h.actor, { type: 'RESUME' }, ctx)).toBe(false);
    expect(sendChecked(h.actor, { type: 'READY' }, ctx)).toBe(true);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    const { resourceMetrics } = await reader.collect();
    const metric = resourceMetrics.scopeMetrics
      .flatMap((s) => s.metrics)
      .find((m) => m.descriptor.name === ILLEGAL_TRANSITIONS_METRIC);
    expect(metric?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([
      [{ machine: 'agent-lifecycle', event: 'RESUME' }, 2],
    ]);
    metrics.disable();
  });
});

describe('agent lifecycle scenarios', () => {
  it('a killed agent is out of rotation 1.5 intervals after its last beat and unreachable after 3', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat()), wait(I), send(beat()), wait(I), send(beat())]); // last beat at 2I
    expect(h.actor.getSnapshot().context.lastHeartbeatAt).toBe(2 * I);
    h.clock.set(3.5 * I - 1);
    expect(isRoutable(h.actor.getSnapshot())).toBe(true);
    h.clock.set(3.5 * I);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
    expect(isRoutable(h.actor.getSnapshot())).toBe(false);
    h.clock.set(5 * I - 1);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
    h.clock.set(5 * I);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('unreachable');
    h.clock.increment(FORGET_MS);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('left');
  });

  it('is free again as soon as our own tasks end, though its last beat counted them', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(load(1)), send(load(MAX))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    // The beat, taken while both our tasks ran, reports them: still saturated.
    run(h, [send(beat({ inFlight: MAX }))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    // One of ours ends: the beat's count drops with it, so there is room before the next beat.
    run(h, [send(load(MAX - 1))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    expect(h.actor.getSnapshot().context.reportedInFlight).toBe(MAX - 1);
    // Tasks of other orchestrators the beat reported keep counting.
    run(h, [send(beat({ inFlight: MAX })), send(load(0))]);
    expect(h.actor.getSnapshot().context.reportedInFlight).toBe(MAX - 1);
  });

  it('our own load moving it between active and saturated does not extend its life', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat()), wait(I), send(load(MAX))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    h.clock.set(1.2 * I);
    h.actor.send(load(0)(h));
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    h.clock.set(1.5 * I);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
  });

  it('a saturated agent returns to active when load drops', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat({ inFlight: MAX }))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    expect(isRoutable(h.actor.getSnapshot())).toBe(false);
    run(h, [wait(I), send(beat({ inFlight: 1 })), send(load(1))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    run(h, [send(load(MAX))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    run(h, [send(load(MAX - 1))]);
    expect(isRoutable(h.actor.getSnapshot())).toBe(true);
  });

  it('the breaker opens after N failures, half-opens after breakerOpenMs, closes on success or re-opens on failure', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send({ type: 'CALL_SUCCEEDED' }), ...times(THRESHOLD - 1, send({ type: 'CALL_FAILED' }))]);
    expect(breakerState(h.actor.getSnapshot())).toBe('closed');
    run(h, [send({ type: 'CALL_SUCCEEDED' }), ...times(THRESHOLD, send({ type: 'CALL_FAILED' }))]);
    expect(breakerState(h.actor.getSnapshot())).toBe('open');
    expect(isRoutable(h.actor.getSnapshot())).toBe(false);
    run(h, [send(beat()), wait(I), send(beat()), wait(I), send(beat()), wait(I), send(beat()), wait(I), send(beat())]);
    h.clock.increment(OPEN_MS - 4 * I - 1);
    expect(breakerState(h.actor.getSnapshot())).toBe('open');
    run(h, [wait(1)]);
    expect(breakerState(h.actor.getSnapshot())).toBe('halfOpen');
    expect(isRoutable(h.actor.getSnapshot())).toBe(true);
    run(h, [send({ type: 'CALL_FAILED' })]);
    expect(breakerState(h.actor.getSnapshot())).toBe('open');
    run(h, [send(beat()), wait(I), send(beat()), wait(I), send(beat()), wait(I), send(beat()), wait(I), send(beat()), wait(I)]);
    expect(breakerState(h.actor.getSnapshot())).toBe('halfOpen');
    run(h, [send({ type: 'CALL_SUCCEEDED' })]);
    expect(breakerState(h.actor.getSnapshot())).toBe('closed');
    const { consecutiveFailures, succeeded, failed } = h.actor.getSnapshot().context;
    expect({ consecutiveFailures, succeeded, failed }).toEqual({ consecutiveFailures: 0, succeeded: 3, failed: 2 * THRESHOLD });
  });

  it.each([
    ['goodbye', [send({ type: 'GOODBYE' })]],
    ['silence', [wait(3 * I)]],
  ] as const)('follows the documented sequence joining → active → draining → left (%s)', (_how, leave) => {
    const h = start();
    const seen: string[] = [];
    h.actor.subscribe((s) => {
      if (seen.at(-1) !== lifecycleState(s)) seen.push(lifecycleState(s));
    });
    seen.push(lifecycleState(h.actor.getSnapshot()));
    run(h, [send({ type: 'READY' }), send(beat()), wait(I), send(beat({ draining: true, inFlight: 1 })), ...leave]);
    expect(seen).toEqual(['joining', 'active', 'draining', 'left']);
  });

  it('heartbeats keep maintenance alive; silence makes it unreachable; a beat brings it back', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send({ type: 'ENTER_MAINTENANCE' }), wait(2 * I), send(beat()), wait(3 * I - 1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('maintenance');
    run(h, [wait(1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('unreachable');
    run(h, [send(beat())]);
    expect(isRoutable(h.actor.getSnapshot())).toBe(true);
  });

  it('treats a max concurrency of 0 as 1, as the descriptor documents', () => {
    const h = start({ ...INPUT, maxConcurrency: 0 });
    run(h, [send({ type: 'READY' })]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    run(h, [send(load(1))]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
  });
});

describe('the orchestrator losing its own NATS link', () => {
  const down =
    (lastGoodAt?: number): EventOf =>
    (h) => ({ type: 'LINK_DOWN', at: h.clock.now(), lastGoodAt: lastGoodAt ?? h.clock.now() });
  const up: EventOf = (h) => ({ type: 'LINK_UP', at: h.clock.now(), graceMs: RECONNECT_GRACE });

  it('freezes liveness while down; on LINK_UP an active agent gets the reconnect grace, then missed beats count again', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat()), wait(I / 2), send(down()), wait(30 * I)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    expect(isRoutable(h.actor.getSnapshot())).toBe(true);
    run(h, [send(up), wait(RECONNECT_GRACE - 1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    run(h, [wait(1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
  });

  it('a saturated agent also gets the reconnect grace on LINK_UP, then missed beats count again', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(load(MAX)), send(down()), wait(30 * I)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    run(h, [send(up), wait(RECONNECT_GRACE - 1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('saturated');
    run(h, [wait(1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
  });

  it('a beat after LINK_UP restores the usual 1.5-interval window', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(down()), wait(10 * I), send(up), wait(I), send(beat()), wait(1.5 * I - 1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
    run(h, [wait(1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
  });

  it('an agent that went suspect after the link was last known good returns to active', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat()), wait(1.5 * I)]); // deadline 1.5 I passed: suspect
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
    run(h, [send(down(1.2 * I))]); // the link was last confirmed at 1.2 I, before the deadline
    expect(lifecycleState(h.actor.getSnapshot())).toBe('active');
  });

  it('an agent that was already silent while the link worked stays suspect, but is not made unreachable while down', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(beat()), wait(1.5 * I + 100)]);
    run(h, [send(down(1.5 * I + 100))]); // link known good after the deadline: the silence is the agent's
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
    run(h, [wait(20 * I)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('suspect');
    run(h, [send(up), wait(1.5 * I)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('unreachable');
  });

  it('an agent in maintenance gets a fresh silence window on LINK_UP, and is unreachable when it stays silent', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send({ type: 'ENTER_MAINTENANCE' }), send(down()), wait(5 * I)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('maintenance'); // its silence timer fired while down: ignored
    run(h, [send(up), wait(3 * I - 1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('maintenance');
    run(h, [wait(1)]);
    expect(lifecycleState(h.actor.getSnapshot())).toBe('unreachable');
  });

  it('a gRPC failure still counts against the breaker while the link is down', () => {
    const h = start();
    run(h, [send({ type: 'READY' }), send(down()), ...times(THRESHOLD, send({ type: 'CALL_FAILED' }))]);
    expect(breakerState(h.actor.getSnapshot())).toBe('open');
    expect(isRoutable(h.actor.getSnapshot())).toBe(false);
  });
});

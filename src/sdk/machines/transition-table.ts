/**
 * A machine-independent view of an XState v5 machine's explicit transitions.
 *
 * The table is the single source for the transition tests (walk every row, try
 * every pair that is not a row) and for the Mermaid diagrams in `docs/machines/`.
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/** One explicit transition of a machine. */
export interface TransitionRow {
  /** Dotted path of the source state node, e.g. `lifecycle.active`; `''` for the machine root. */
  readonly from: string;
  /**
   * The event type; `after <delay>` for a delayed (`after`) transition, where
   * `<delay>` is the named delay or the number of milliseconds; `always` for an
   * eventless transition.
   */
  readonly event: string;
  /**
   * Dotted paths of the target state nodes. Empty for a targetless transition
   * (actions only: the state does not change and no timer restarts).
   */
  readonly to: readonly string[];
  /** Readable name of the guard (`atCapacity`, `!atCapacity`, `a && b`), when guarded. */
  readonly guard?: string;
}

/** A machine's transitions, sorted by `from`, then `event`, then document order. */
export type TransitionTable = readonly TransitionRow[];

const AFTER_EVENT_PREFIX = 'xstate.after.';

/**
 * Walks every state node of `machine` and lists its explicit transitions:
 * `on` handlers, `after` timers and `always` transitions (including those
 * declared on compound and parallel nodes, whose `from` is the node's own path).
 * Forbidden transitions (`EVENT: {}`) are left out: XState refuses them.
 *
 * Rows are sorted by `from`, then `event` (plain code-unit order, independent of
 * locale); rows that share both keep the machine's document order, which is
 * the order XState tries their guards in.
 *
 * @example
 * ```ts
 * const table = transitionTable(agentLifecycleMachine);
 * table.find((r) => r.from === 'lifecycle.joining' && r.event === 'READY')?.to; // ['lifecycle.active']
 * ```
 */
export function transitionTable(machine: AnyStateMachine): TransitionTable {
  const rows: TransitionRow[] = [];
  for (const node of stateNodes(machine.root)) {
    const from = pathOf(node);
    for (const [eventType, transitions] of node.transitions as Map<string, AnyTransitionDefinition[]>) {
      if (eventType.startsWith(AFTER_EVENT_PREFIX)) continue; // listed from `node.after` below
      for (const t of transitions) if (!isInert(t)) rows.push(row(from, eventType, t));
    }
    for (const t of node.after) rows.push(row(from, `after ${String(t.delay)}`, t));
    for (const t of node.always ?? []) rows.push(row(from, 'always', t));
  }
  // Array.prototype.sort is stable, so equal keys keep document order.
  return rows.sort((a, b) => compare(a.from, b.from) || compare(a.event, b.event));
}

/**
 * The event types (and `after …` / `always` labels) with a row leaving
 * `statePath` or any of its ancestors, sorted.
 *
 * @example
 * ```ts
 * legalEventsFrom(AGENT_LIFECYCLE_TRANSITIONS, 'lifecycle.joining'); // ['GOODBYE', 'HEARTBEAT', 'LOAD', 'PROBE_FAILED', 'READY']
 * ```
 */
export function legalEventsFrom(table: TransitionTable, statePath: string): readonly string[] {
  const events = new Set<string>();
  for (const r of table) {
    if (isSelfOrAncestor(r.from, statePath)) events.add(r.event);
  }
  return [...events].sort(compare);
}

/** Every state node under `root`, depth first in document order, `root` first. */
export function stateNodes(root: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [root];
  for (const child of Object.values(root.states) as AnyStateNode[]) out.push(...stateNodes(child));
  return out;
}

/** The dotted path of a state node (`''` for the root). */
export function pathOf(node: AnyStateNode): string {
  return node.path.join('.');
}

/** True when `ancestor` is `path` itself or one of its ancestors (`''` is everyone's). */
export function isSelfOrAncestor(ancestor: string, path: string): boolean {
  return ancestor === '' || ancestor === path || path.startsWith(`${ancestor}.`);
}

/**
 * A "forbidden" transition (`EVENT: {}`: no target, no actions) only stops
 * ancestors handling the event; XState's `can()` is false for it, so it is
 * not listed.
 */
function isInert(t: AnyTransitionDefinition): boolean {
  return t.target === undefined && t.actions.length === 0 && !t.reenter;
}

function row(from: string, event: string, t: AnyTransitionDefinition): TransitionRow {
  const to = (t.target ?? []).map((n: AnyStateNode) => pathOf(n));
  const guard = t.guard === undefined ? undefined : guardName(t.guard);
  return guard === undefined ? { from, event, to } : { from, event, to, guard };
}

interface GuardLike {
  readonly type?: string;
  readonly name?: string;
  readonly guards?: readonly unknown[];
  readonly stateValue?: unknown;
}

/** A readable name for a guard reference, a parameterised guard, or a higher-order guard. */
function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  const g = guard as GuardLike;
  if (typeof guard === 'function') {
    const inner = (g.guards ?? []).map(guardName);
    switch (g.name) {
      case 'not':
        return `!${wrap(inner[0] ?? '?')}`;
      case 'and':
        return inner.map(wrap).join(' && ');
      case 'or':
        return inner.map(wrap).join(' || ');
      case 'stateIn':
        return `in(${JSON.stringify(g.stateValue)})`;
      default:
        return g.name ? g.name : 'inline';
    }
  }
  return typeof g.type === 'string' ? g.type : 'inline';
}

function wrap(name: string): string {
  return /^[\w!.]+$/.test(name) ? name : `(${name})`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

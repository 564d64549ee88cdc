/**
 * A machine-independent view of an XState v5 machine's explicit transitions.
 *
 * The table is the single source for the transition tests (walk every row, try
 * every pair that is not a row) and for the Mermaid diagrams in `docs/machines/`.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
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
export declare function transitionTable(machine: AnyStateMachine): TransitionTable;
/**
 * The event types (and `after …` / `always` labels) with a row leaving
 * `statePath` or any of its ancestors, sorted.
 *
 * @example
 * ```ts
 * legalEventsFrom(AGENT_LIFECYCLE_TRANSITIONS, 'lifecycle.joining'); // ['GOODBYE', 'HEARTBEAT', 'LOAD', 'PROBE_FAILED', 'READY']
 * ```
 */
export declare function legalEventsFrom(table: TransitionTable, statePath: string): readonly string[];
/** Every state node under `root`, depth first in document order, `root` first. */
export declare function stateNodes(root: AnyStateNode): AnyStateNode[];
/** The dotted path of a state node (`''` for the root). */
export declare function pathOf(node: AnyStateNode): string;
/** True when `ancestor` is `path` itself or one of its ancestors (`''` is everyone's). */
export declare function isSelfOrAncestor(ancestor: string, path: string): boolean;

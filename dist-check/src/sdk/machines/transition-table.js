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
export function transitionTable(machine) {
    const rows = [];
    for (const node of stateNodes(machine.root)) {
        const from = pathOf(node);
        for (const [eventType, transitions] of node.transitions) {
            if (eventType.startsWith(AFTER_EVENT_PREFIX))
                continue; // listed from `node.after` below
            for (const t of transitions)
                if (!isInert(t))
                    rows.push(row(from, eventType, t));
        }
        for (const t of node.after)
            rows.push(row(from, `after ${String(t.delay)}`, t));
        for (const t of node.always ?? [])
            rows.push(row(from, 'always', t));
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
export function legalEventsFrom(table, statePath) {
    const events = new Set();
    for (const r of table) {
        if (isSelfOrAncestor(r.from, statePath))
            events.add(r.event);
    }
    return [...events].sort(compare);
}
/** Every state node under `root`, depth first in document order, `root` first. */
export function stateNodes(root) {
    const out = [root];
    for (const child of Object.values(root.states))
        out.push(...stateNodes(child));
    return out;
}
/** The dotted path of a state node (`''` for the root). */
export function pathOf(node) {
    return node.path.join('.');
}
/** True when `ancestor` is `path` itself or one of its ancestors (`''` is everyone's). */
export function isSelfOrAncestor(ancestor, path) {
    return ancestor === '' || ancestor === path || path.startsWith(`${ancestor}.`);
}
/**
 * A "forbidden" transition (`EVENT: {}`: no target, no actions) only stops
 * ancestors handling the event; XState's `can()` is false for it, so it is
 * not listed.
 */
function isInert(t) {
    return t.target === undefined && t.actions.length === 0 && !t.reenter;
}
function row(from, event, t) {
    const to = (t.target ?? []).map((n) => pathOf(n));
    const guard = t.guard === undefined ? undefined : guardName(t.guard);
    return guard === undefined ? { from, event, to } : { from, event, to, guard };
}
/** A readable name for a guard reference, a parameterised guard, or a higher-order guard. */
function guardName(guard) {
    if (typeof guard === 'string')
        return guard;
    const g = guard;
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
function wrap(name) {
    return /^[\w!.]+$/.test(name) ? name : `(${name})`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=transition-table.js.map
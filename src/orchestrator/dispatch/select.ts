import type { SelectionStrategy } from '../options.js';
import type { AgentEntry } from '../registry/agent-entry.js';

/** Picks one instance among routable candidates; undefined when all are at capacity. */
export type Selector = (candidates: readonly AgentEntry[], capability: string) => AgentEntry | undefined;

/**
 * Builds a selector. `round_robin` rotates through instances per capability;
 * `least_in_flight` picks the instance with the fewest tasks in flight from this
 * orchestrator (then the fewest reported by the agent), rotating among ties.
 * Both skip instances already at their max concurrency.
 */
export function createSelector(strategy: SelectionStrategy): Selector {
  const cursors = new Map<string, number>();
  const next = (capability: string): number => {
    const n = (cursors.get(capability) ?? 0) + 1;
    cursors.set(capability, n >= Number.MAX_SAFE_INTEGER ? 0 : n);
    return n;
  };
  return (candidates, capability) => {
    const open = candidates.filter((e) => e.localInFlight < e.maxConcurrency);
    if (open.length === 0) return undefined;
    const start = next(capability) % open.length;
    if (strategy === 'round_robin') return open[start];
    let best: AgentEntry | undefined;
    for (let i = 0; i < open.length; i++) {
      const e = open[(start + i) % open.length] as AgentEntry;
      if (!best || load(e) < load(best)) best = e;
    }
    return best;
  };
}

function load(e: AgentEntry): number {
  // Local in-flight is exact and immediate; the reported figure breaks ties (other orchestrators' load).
  return e.localInFlight * 1_000_000 + e.reportedInFlight;
}

import type { SelectionStrategy } from '../options.js';
import type { AgentEntry } from '../registry/agent-entry.js';
/** Picks one instance among routable candidates; undefined when all are at capacity. */
export type Selector = (candidates: readonly AgentEntry[], capability: string) => AgentEntry | undefined;
/**
 * Builds a selector over a default strategy and per-capability overrides:
 * - `round_robin` rotates through instances;
 * - `least_in_flight` picks the fewest tasks in flight from this orchestrator (then reported);
 * - `weighted` is smooth weighted round robin by the instances' `weight` label;
 * - `fastest` picks the lowest latency EWMA; `most_reliable` the best success rate;
 *   `cheapest` the lowest declared cost per call.
 * All skip instances already at their max concurrency and rotate among ties.
 */
export declare function createSelector(strategy: SelectionStrategy, perCapability?: Readonly<Record<string, SelectionStrategy>>): Selector;

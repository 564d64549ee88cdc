import type { AgentEntry } from './agent-entry.js';
import { type PlannableCapability } from './plan.js';
/**
 * The planner's view of the registry: one line per capability that routable instances
 * offer, with the union of their declared types and the mean of their measurements.
 */
export declare function plannableCapabilities(entries: readonly AgentEntry[]): PlannableCapability[];
/** Whether an instance has a capability accepting `inputType` and one producing `outputType` (each when given). */
export declare function offersTypes(entry: AgentEntry, filter: {
    inputType?: string;
    outputType?: string;
}): boolean;

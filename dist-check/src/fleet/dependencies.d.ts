/**
 * Dependencies between fleet agents: an agent that `needs` a capability starts only
 * once that capability is active. Inside the fleet this gives a start order (shown by
 * `troupe up`); a cycle is an error naming it; a need no fleet agent provides is
 * "external" (something else must serve it) and is named while the agent waits.
 */
import type { FleetAgentSpec } from './fleet-spec.js';
/** The dependency graph of a fleet. */
export interface DependencyReport {
    /** Agent names in start order (dependencies first; file order among equals), in waves that can start together. */
    readonly waves: readonly (readonly string[])[];
    /** Per agent, the needs that no agent of the fleet provides. */
    readonly external: ReadonlyMap<string, readonly string[]>;
    /** Problems (cycles, an agent needing its own capability), each naming the agents. */
    readonly problems: readonly string[];
}
/**
 * Orders `agents` by their needs.
 *
 * @example
 * ```ts
 * checkDependencies(fleet.agents).waves; // [['topic-discovery', 'web-harvester'], ['script-weaver'], ['voice-forge']]
 * ```
 */
export declare function checkDependencies(agents: readonly FleetAgentSpec[]): DependencyReport;
/** `a, b → c → d`: the start order as one line. */
export declare function formatOrder(waves: readonly (readonly string[])[]): string;

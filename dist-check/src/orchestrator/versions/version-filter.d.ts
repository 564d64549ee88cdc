import type { AgentEntry } from '../registry/agent-entry.js';
/**
 * Which versions of a capability a task may use: groups of instances in order of preference
 * (a range has one group; a rollout has the side it drew, then possibly the other one). Dispatch
 * uses the first group that has a routable instance.
 */
export interface VersionFilter {
    /** What was asked, for error messages: `matching ^3`, `of the stable side of the rollout`. */
    readonly wanted: string;
    /** The groups, most preferred first. */
    readonly tiers: readonly ((entry: AgentEntry) => boolean)[];
}
/** Instances whose version of `capability` satisfies `range`. */
export declare function rangeFilter(capability: string, range: string): VersionFilter;
/** The entries of the first tier with any; empty when none matches. */
export declare function narrowByVersion<T extends AgentEntry>(entries: readonly T[], filter: VersionFilter): T[];
/** Whether `entry` belongs to any tier of `filter`. */
export declare function admits(filter: VersionFilter, entry: AgentEntry): boolean;
/** "2.0.1 (i-1), 3.0.0 (i-2)": the versions of `capability` that instances run, for error messages. */
export declare function runningVersions(entries: readonly AgentEntry[], capability: string): string;
/** What dispatch asks of rollouts (implemented by `Rollouts`, rollouts/rollouts.ts). */
export interface VersionRouting {
    /** The versions a task of `capability` that names no range may use (a rollout's draw), or undefined for any. */
    route(capability: string, taskId: string): VersionFilter | undefined;
    /** An attempt of a task of `capability` on `entry` ended, after `latencyMs`. */
    observe(capability: string, entry: AgentEntry, outcome: 'ok' | 'failed' | 'refused', latencyMs: number): void;
    /** The rollout side `entry` is on for `capability` (a span attribute), or undefined when there is no rollout. */
    sideOf(capability: string, entry: AgentEntry): 'canary' | 'stable' | undefined;
}

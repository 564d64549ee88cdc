import type { AgentEntry } from '../registry/agent-entry.js';
import type { VersionFilter, VersionRouting } from '../versions/version-filter.js';
import type { RolloutRecord } from './rollout-record.js';
import { type RolloutSide } from './rollout-routing.js';
import { type SideStats } from './side-window.js';
/** Options of {@link Rollouts}. */
export interface RolloutsOptions {
    /** Source of the weighted draw, in [0, 1) (tests make it deterministic). @default Math.random */
    readonly random?: () => number;
    /**
     * The canary of `record` did worse than the stable by its policy's margins: store the rollback.
     * Traffic has already left the canary here; the stored record tells the other orchestrators.
     */
    readonly onRollback: (record: RolloutRecord, reason: string) => void;
}
/**
 * This orchestrator's view of the rollouts (fed by the `troupe_rollouts` watch) and what it
 * measured of each side: routes the tasks that name no range ({@link VersionRouting}) and rolls
 * a canary back as soon as its window shows it worse than the stable's.
 */
export declare class Rollouts implements VersionRouting {
    #private;
    private readonly options;
    constructor(options: RolloutsOptions);
    /** A rollout as stored now (from the watch); undefined: the capability has none any more. */
    apply(capability: string, record: RolloutRecord | undefined): void;
    /** The rollout of `capability` as this orchestrator applies it, with its measurements. */
    get(capability: string): {
        record: RolloutRecord;
        canary: SideStats;
        stable: SideStats;
    } | undefined;
    route(capability: string): VersionFilter | undefined;
    sideOf(capability: string, entry: AgentEntry): RolloutSide | undefined;
    observe(capability: string, entry: AgentEntry, outcome: 'ok' | 'failed' | 'refused', latencyMs: number): void;
}

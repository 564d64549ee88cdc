import type { VersionFilter } from '../versions/version-filter.js';
import type { RolloutRecord } from './rollout-record.js';
export type RolloutSide = 'canary' | 'stable';
/** The side `version` is on, or undefined when it is on neither (outside a given stable range). */
export declare function sideOfVersion(record: Pick<RolloutRecord, 'canary' | 'stable'>, version: string): RolloutSide | undefined;
/** The canary's share of traffic in each state: `weight` while active, all once promoted, none once aborted or rolled back. */
export declare function effectiveWeight(record: Pick<RolloutRecord, 'state' | 'weight'>): number;
/**
 * The version filter for one task: with `draw` in [0, 1), the canary side when `draw` is below the
 * weight, else the stable side. While both sides take traffic (0 < weight < 100) the other side is
 * the fallback when the drawn one has no routable instance; at 0 or 100 only one side is used.
 *
 * @example rolloutFilter({ canary: '2.1.0', stable: '', weight: 10, state: 'active' }, capability, 0.05) // canary first, then stable
 */
export declare function rolloutFilter(record: Pick<RolloutRecord, 'canary' | 'stable' | 'state' | 'weight'>, capability: string, draw: number): VersionFilter;

import type { ResourceThresholds } from './fleet-spec.js';
/** 0 ok, 1 warning, 2 critical: the `troupe_fleet_resource_guard_level` value. */
export type GuardLevel = 'ok' | 'warning' | 'critical';
/** The guard's view now. */
export interface GuardState {
    readonly level: GuardLevel;
    /** CPU use in percent (load average / CPUs). */
    readonly cpuPercent: number;
    /** Memory use in percent. */
    readonly memoryPercent: number;
    /** Which threshold is crossed, stable while it is (e.g. `cpu ≥ 85% (warning)`); `` when ok. */
    readonly reason: string;
}
/** Where the host's figures come from. */
export interface HostProbe {
    cpuPercent(): number;
    memoryPercent(): number;
}
/** The real host. */
export declare const osProbe: HostProbe;
/** Numeric value of a level, for the gauge. */
export declare function levelValue(level: GuardLevel): number;
/**
 * Reads the host and compares with the thresholds; the worse of CPU and memory wins.
 *
 * @example assessResources({ cpu: { warning: 85, critical: 95 }, memory: { warning: 85, critical: 95 } }).level; // 'ok'
 */
export declare function assessResources(thresholds: ResourceThresholds, probe?: HostProbe): GuardState;

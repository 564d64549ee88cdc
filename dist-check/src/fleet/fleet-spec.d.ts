/**
 * The compiled fleet: what `troupe up` supervises, every default applied once
 * (docs/fleet.md is the reference of the file this comes from).
 */
import type { TimeWindow } from './schedule-window.js';
/** How an instance is started. */
export type Launch = 
/** A built-in agent or a module path, run as `troupe agent <agent>`. */
{
    readonly kind: 'agent';
    readonly agent: string;
}
/** Any command: argv[0] and its arguments. */
 | {
    readonly kind: 'command';
    readonly argv: readonly string[];
};
/** Restart and crash-loop policy of one agent. */
export interface RestartPolicy {
    /** First restart delay after a crash; doubles per crash in the window. @default 500 */
    readonly backoffMs: number;
    /** Longest restart delay. @default 30000 */
    readonly maxBackoffMs: number;
    /** This many crashes within `crashLoopWindowMs` is a crash loop: the agent is stopped and an alert raised. @default 5 */
    readonly crashLoopCrashes: number;
    /** @default 60000 */
    readonly crashLoopWindowMs: number;
}
/** Queue-based scaling of one agent. */
export interface ScalePolicy {
    /** Scale up when this many tasks of its capabilities wait. @default undefined (off) */
    readonly queueDepth: number | undefined;
    /** Scale up when the oldest waiting task has waited this long (ms). @default undefined (off) */
    readonly queueWaitMs: number | undefined;
    /** Least time between two scale-ups (ms), so a new instance can join first. @default 5000 */
    readonly upIntervalMs: number;
    /** Remove one instance when no task has waited for this long (ms). @default 60000 */
    readonly cooldownMs: number;
}
/** A time-based rule: at least `min` instances while `window` holds. */
export interface ScheduleRule {
    readonly window: TimeWindow;
    readonly min: number;
}
/** One managed agent. */
export interface FleetAgentSpec {
    /** Its key in the fleet file. */
    readonly name: string;
    readonly launch: Launch;
    /** Extra environment of its instances. */
    readonly env: Readonly<Record<string, string>>;
    /** Capabilities it provides (on-demand start, queue signal, others' dependencies). */
    readonly capabilities: readonly string[];
    /** Capabilities that must be active before it starts. */
    readonly needs: readonly string[];
    readonly min: number;
    readonly max: number;
    readonly scale: ScalePolicy;
    readonly schedule: readonly ScheduleRule[];
    readonly restart: RestartPolicy;
    /** SIGTERM, then SIGKILL after this long (ms). @default 10000 */
    readonly stopGraceMs: number;
}
/**
 * Host resource thresholds, in percent: CPU as the 1-minute load average per CPU (100 = every
 * CPU busy; above, processes queue), memory as the share not available.
 */
export interface ResourceThresholds {
    readonly cpu: {
        readonly warning: number;
        readonly critical: number;
    };
    readonly memory: {
        readonly warning: number;
        readonly critical: number;
    };
}
/** The whole fleet. */
export interface FleetSpec {
    /** `name`, else the file's name without its extension, else `fleet`. */
    readonly name: string;
    /** NATS URL from the file (the CLI's --nats and NATS_URL win). */
    readonly nats: string | undefined;
    /** Orchestrator address from the file (the CLI's --orchestrator and TROUPE_ORCHESTRATOR win). */
    readonly orchestrator: string | undefined;
    /** How often signals are read and decisions made (ms). @default 1000 */
    readonly pollMs: number;
    readonly resources: ResourceThresholds;
    /** Agents in file order. */
    readonly agents: readonly FleetAgentSpec[];
}
export declare const DEFAULT_RESTART: RestartPolicy;
export declare const DEFAULT_RESOURCES: ResourceThresholds;
export declare const DEFAULT_POLL_MS = 1000;
export declare const DEFAULT_STOP_GRACE_MS = 10000;
export declare const DEFAULT_UP_INTERVAL_MS = 5000;
export declare const DEFAULT_COOLDOWN_MS = 60000;

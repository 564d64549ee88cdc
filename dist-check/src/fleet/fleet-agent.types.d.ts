/**
 * Types of the fleet agent machine (fleet-agent.machine.ts): its context, events,
 * emitted events and the effects it drives through its invoked actors.
 */
import type { RestartPolicy } from './fleet-spec.js';
/** Top-level states, the documented lifecycle of a managed agent. */
export type FleetAgentStateName = 'waiting' | 'running' | 'crashLoop' | 'stopping' | 'stopped';
/** One scaling decision, kept for `troupe fleet` and the metrics. */
export interface ScaleDecision {
    /** Unix ms. */
    readonly at: number;
    readonly from: number;
    readonly to: number;
    /** What drove it: min, schedule, demand, queue, idle, guard (held), operator. */
    readonly cause: DecisionCause;
    /** A sentence a person can act on, e.g. `queue depth 6 ≥ 4 (echo.say)`. */
    readonly reason: string;
}
export type DecisionCause = 'min' | 'schedule' | 'demand' | 'queue' | 'idle' | 'guard';
/** Input of the machine. */
export interface FleetAgentInput {
    readonly name: string;
    readonly min: number;
    readonly max: number;
    readonly restart: RestartPolicy;
    /** Start in `running` at once (no dependencies to wait for). @default false */
    readonly ready?: boolean;
}
/** Context of the machine. */
export interface FleetAgentContext {
    readonly name: string;
    readonly min: number;
    readonly max: number;
    readonly restart: RestartPolicy;
    /** Instances wanted now. */
    desired: number;
    /** Instances whose process runs (started, not exited). */
    running: number;
    /** Crashes healed by a restart, in total. */
    restarts: number;
    /** Times (Unix ms) of the crashes within the crash-loop window. */
    crashes: number[];
    /** How the last unexpected exit looked, e.g. `exit code 1` or `signal SIGKILL`. */
    lastCrash: string | null;
    /** Why the agent is stopped in crashLoop. */
    crashLoopReason: string | null;
    /** The last decisions, oldest first (bounded). */
    decisions: ScaleDecision[];
    /** Set true once the dependencies were met (a RESET keeps it). */
    ready: boolean;
}
/** Events the supervisor and the process actor send. */
export type FleetAgentEvent = 
/** Every capability it needs is active. */
{
    type: 'DEPENDENCIES_MET';
    at: number;
}
/** A scaling decision; `to` is clamped to [0, max] by the machine. */
 | {
    type: 'SCALE';
    to: number;
    cause: DecisionCause;
    reason: string;
    at: number;
}
/** A process started. */
 | {
    type: 'INSTANCE_STARTED';
    id: string;
    pid: number;
    at: number;
}
/** A process ended; `expected` when the supervisor stopped it. */
 | {
    type: 'INSTANCE_EXITED';
    id: string;
    code: number | null;
    signal: string | null;
    expected: boolean;
    at: number;
    error?: string;
}
/** An operator clears a crash loop: start again. */
 | {
    type: 'RESET';
    at: number;
}
/** `troupe up` is shutting down. */
 | {
    type: 'STOP';
};
/** What the machine emits (listen with `actor.on(type, …)`). */
export type FleetAgentEmitted = {
    type: 'decision';
    decision: ScaleDecision;
} | {
    type: 'restart';
    backoffMs: number;
    lastCrash: string;
} | {
    type: 'crashLoop';
    reason: string;
};
/** Messages the machine sends to its `instances` actor. */
export interface InstancesCommand {
    type: 'RECONCILE';
    desired: number;
}

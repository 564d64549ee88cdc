/**
 * What `troupe fleet` shows: the supervisor's status, answered on NATS
 * `troupe.fleet.status` as JSON (docs/fleet.md).
 */
import type { FleetAgentStateName, ScaleDecision } from './fleet-agent.types.js';
import type { InstanceInfo } from './process-group.js';
import type { GuardState } from './resource-guard.js';
import type { QueueSignal } from './scaling.js';
/** One managed agent. */
export interface FleetAgentStatus {
    readonly name: string;
    readonly state: FleetAgentStateName;
    /** In `running`: `steady`, or `healing` while a restart waits out its backoff. */
    readonly phase: 'steady' | 'healing' | undefined;
    readonly desired: number;
    /** Instance processes running. */
    readonly actual: number;
    readonly min: number;
    readonly max: number;
    readonly restarts: number;
    readonly lastCrash: string | null;
    /** Set in `crashLoop`: why it was stopped. */
    readonly crashLoopReason: string | null;
    readonly capabilities: readonly string[];
    readonly needs: readonly string[];
    /** In `waiting`: the needed capabilities not active yet, each with who should provide it. */
    readonly waitingFor: readonly string[];
    readonly instances: readonly InstanceInfo[];
    /** The last decisions, oldest first. */
    readonly decisions: readonly ScaleDecision[];
    /** The last queue signal read, if any. */
    readonly queue: QueueSignal | undefined;
}
/** The whole supervisor. */
export interface FleetStatus {
    /** Status format version. */
    readonly v: 1;
    readonly fleet: string;
    readonly pid: number;
    /** Unix ms. */
    readonly startedAt: number;
    /** Start order, in waves. */
    readonly order: readonly (readonly string[])[];
    readonly guard: GuardState;
    /** The orchestrator read for signals, and whether the last read worked. */
    readonly orchestrator: {
        readonly address: string;
        readonly reachable: boolean;
        readonly error: string | undefined;
    };
    readonly agents: readonly FleetAgentStatus[];
}

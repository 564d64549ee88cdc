import type { Logger } from 'pino';
import { type Actor, type ActorOptions, type AnyActorLogic } from 'xstate';
/** The actor clock (XState's `Clock`, e.g. a `SimulatedClock` in tests). */
type Clock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;
import { fleetAgentMachine, type DecisionCause, type FleetAgentEvent, type FleetAgentStateName } from './fleet-agent.machine.js';
import type { FleetAgentSpec } from './fleet-spec.js';
import { ProcessGroup, type Launcher } from './process-group.js';
import type { QueueSignal, ScaleMemory } from './scaling.js';
import type { FleetAgentStatus } from './status.js';
/** Options of a {@link ManagedAgent}. */
export interface ManagedAgentOptions {
    readonly launcher: Launcher;
    readonly logger: Logger;
    /** Lines for a person (`troupe up` prints them). */
    readonly say: (line: string) => void;
    /** Unix ms now. @default Date.now */
    readonly now?: () => number;
    /** The actor's clock (restart backoff). @default the real one */
    readonly clock?: Clock;
}
/** A fleet agent, its processes and its scaling memory. */
export declare class ManagedAgent {
    #private;
    readonly spec: FleetAgentSpec;
    readonly group: ProcessGroup;
    readonly actor: Actor<typeof fleetAgentMachine>;
    readonly memory: ScaleMemory;
    /** The last queue signal read for it. */
    queue: QueueSignal | undefined;
    /** Needs not active yet, each with who provides it. */
    waitingFor: string[];
    /** Crash loops so far. */
    crashLoops: number;
    /** Decisions so far by cause. */
    readonly decisionCounts: Map<DecisionCause, number>;
    constructor(spec: FleetAgentSpec, options: ManagedAgentOptions);
    /** The machine's top-level state. */
    get state(): FleetAgentStateName;
    get desired(): number;
    /** Sends `event` if the current state takes it; otherwise refuses, logs and counts it. */
    send(event: FleetAgentEvent): boolean;
    /** The status `troupe fleet` shows. */
    status(): FleetAgentStatus;
    /** Now, on the supervisor's clock. */
    now(): number;
}
export {};

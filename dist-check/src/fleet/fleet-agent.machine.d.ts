import type { FleetAgentContext, FleetAgentInput, InstancesCommand, ScaleDecision } from './fleet-agent.types.js';
export * from './fleet-agent.types.js';
type Ctx = FleetAgentContext;
/** Delay before restarting after the latest crash: backoff × 2^(crashes in window − 1), capped. */
export declare function restartDelay(context: Ctx): number;
/**
 * The fleet agent machine. Create with `createActor(fleetAgentMachine.provide({ actors }), { input })`
 * and send events through `sendChecked` so illegal ones are refused, logged and counted.
 *
 * @example
 * ```ts
 * const actor = createActor(fleetAgentMachine, { input: { name: 'tts', min: 1, max: 3, restart, ready: true } }).start();
 * actor.send({ type: 'SCALE', to: 2, cause: 'queue', reason: 'queue depth 6 ≥ 4', at: Date.now() });
 * ```
 */
export declare const fleetAgentMachine: import("xstate").StateMachine<FleetAgentContext, {
    type: "DEPENDENCIES_MET";
    at: number;
} | {
    type: "SCALE";
    to: number;
    cause: import("./fleet-agent.types.js").DecisionCause;
    reason: string;
    at: number;
} | {
    type: "INSTANCE_STARTED";
    id: string;
    pid: number;
    at: number;
} | {
    type: "INSTANCE_EXITED";
    id: string;
    code: number | null;
    signal: string | null;
    expected: boolean;
    at: number;
    error?: string;
} | {
    type: "RESET";
    at: number;
} | {
    type: "STOP";
}, {
    [x: string]: import("xstate").ActorRefFromLogic<import("xstate").CallbackActorLogic<InstancesCommand, {
        name: string;
    }, import("xstate").EventObject> | import("xstate").PromiseActorLogic<unknown, {
        name: string;
    }, import("xstate").EventObject>> | undefined;
}, {
    src: "instances";
    logic: import("xstate").CallbackActorLogic<InstancesCommand, {
        name: string;
    }, import("xstate").EventObject>;
    id: string | undefined;
} | {
    src: "stopAll";
    logic: import("xstate").PromiseActorLogic<unknown, {
        name: string;
    }, import("xstate").EventObject>;
    id: string | undefined;
}, {
    type: "reconcile";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "applyScale";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "emitDecision";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "markReady";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "countStarted";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "countExited";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "recordCrash";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "countRestart";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "emitRestart";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "setCrashLoopReason";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "emitCrashLoop";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "forgetInstances";
    params: import("xstate").NonReducibleUnknown;
} | {
    type: "clearCrashes";
    params: import("xstate").NonReducibleUnknown;
}, {
    type: "crashLoop";
    params: unknown;
} | {
    type: "expectedExit";
    params: unknown;
} | {
    type: "wasReady";
    params: unknown;
}, "restartBackoff", "waiting" | "crashLoop" | "stopping" | "stopped" | {
    running: "steady" | "healing";
}, string, FleetAgentInput, import("xstate").NonReducibleUnknown, {
    type: "decision";
    decision: ScaleDecision;
} | {
    type: "restart";
    backoffMs: number;
    lastCrash: string;
} | {
    type: "crashLoop";
    reason: string;
}, import("xstate").MetaObject, {
    id: "fleetAgent";
    states: {
        readonly waiting: {};
        readonly running: {
            states: {
                readonly steady: {};
                readonly healing: {};
            };
        };
        readonly crashLoop: {};
        readonly stopping: {};
        readonly stopped: {};
    };
}, import("xstate").MetaObject>;
/** Every explicit transition of {@link fleetAgentMachine} (tests walk it; the diagram is drawn from it). */
export declare const FLEET_AGENT_TRANSITIONS: import("../sdk/machines/transition-table.js").TransitionTable;

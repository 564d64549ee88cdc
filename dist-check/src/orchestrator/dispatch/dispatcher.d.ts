import * as grpc from '@grpc/grpc-js';
import { type Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
import { Status } from '../../sdk/errors.js';
import type { AgentEntry } from '../registry/agent-entry.js';
import type { Registry } from '../registry/registry.js';
import type { ClientPool } from './client-pool.js';
import type { Selector } from './select.js';
import type { RateLimits, Schedulable, Scheduler } from '../scheduler/index.js';
import { type DispatchTask } from './encode-task.js';
import { type VersionFilter, type VersionRouting } from '../versions/version-filter.js';
import type { FleetDemand } from './fleet-demand.js';
import { WaitingTasks } from './waiting-tasks.js';
/** Per-call settings of a dispatch. */
export interface DispatchCall {
    /** Absolute deadline passed on to the agent. */
    deadline: Date;
    /** Aborts the agent call (client cancelled). */
    signal: AbortSignal;
    /** Trace context of the orchestrator span the agent call is a child of. */
    traceContext: Context;
    /** Called with each instance chosen (attempts after reassignment included), before it is called. */
    onAttempt?: (entry: AgentEntry, attempt: number) => void;
    /** Instances tried per task, reassignment included. @default MAX_ATTEMPTS */
    maxAttempts?: number;
    /** Instances not to use; the dispatcher adds the ones it tries. */
    exclude?: Set<string>;
    /** Instances to use only when no other is routable (e.g. those that failed this task before). */
    avoid?: ReadonlySet<string>;
    /** The task's priority, 1 (highest) … 5, for the scheduler. @default 3 */
    priority?: number;
    /** Streams: the first chunk sequence still needed, sent only to instances that declare the capability resumable. @default 0 */
    resumeFromSequence?: number;
    /**
     * When no instance is routable (none started yet, all suspect, unreachable, in
     * maintenance or with an open breaker), how long to wait for one, woken by
     * registry changes, before failing with UNAVAILABLE; capped by `deadline`.
     * Run steps wait up to their deadline; SubmitTask/StreamTask answer at once. @default 0
     */
    waitForAgentMs?: number;
    /**
     * When every routable instance is at its max concurrency, wait for a slot until `deadline`
     * (woken as tasks of the capability end: {@link CapacityGate}) instead of failing
     * RESOURCE_EXHAUSTED. SubmitTasks tasks wait; SubmitTask answers at once. @default false
     */
    waitForCapacity?: boolean;
    /**
     * Set by the dispatcher, not by callers: the versions the task may use, from its capability
     * reference (`name@range`) or, without a range, from the capability's rollout.
     */
    versions?: VersionFilter | undefined;
}
/** A started agent stream (raw ExecuteStreamResponse messages): its first message already read, the stream paused. */
export interface OpenStream {
    entry: AgentEntry;
    first: Buffer | undefined;
    stream: grpc.ClientReadableStream<Buffer>;
    /** The `resume_from_sequence` the instance was asked for (0: from the start). */
    resumedFrom: number;
    /** Must be called once with the final status code when the relay ends. */
    done: (code: Status) => void;
    cancel: () => void;
}
/**
 * Sends tasks to agent instances: picks one, calls it with the deadline and trace
 * context, records the outcome in the registry, and moves a task to another
 * instance when the first refuses it or is unreachable before producing output.
 */
export declare class Dispatcher {
    #private;
    private readonly deps;
    /** Tasks waiting for an instance, per capability (GetQueues; the fleet's scaling signal). */
    readonly waiting: WaitingTasks;
    constructor(deps: {
        registry: Registry;
        pool: ClientPool;
        select: Selector;
        logger: Logger;
        useChannels: boolean;
        scheduler: Scheduler<Schedulable>;
        /** Per-instance rate limits, applied when choosing an instance. */
        agentRates?: RateLimits | undefined;
        /** Rollouts: which version a task that names no range goes to, and what came of it. */
        versions?: VersionRouting | undefined;
        /** Asks a `troupe up` supervisor to start an instance of a capability nobody serves. @default none */
        fleet?: FleetDemand | undefined;
    });
    /**
     * Runs a unary task; resolves with the agent's raw ExecuteResponse bytes. One async frame
     * from admission to the answer (a task waiting at its agent keeps one suspended function here).
     */
    unary(original: DispatchTask, originalCall: DispatchCall): Promise<{
        entry: AgentEntry;
        response: Buffer;
    }>;
    /**
     * Opens an agent stream and reads its first message, reassigning while the
     * instance fails before sending anything. The caller relays the rest.
     */
    openStream(original: TaskSpec, originalCall: DispatchCall): Promise<OpenStream>;
}
/**
 * Tasks that wait for capacity (SubmitTasks) leave the last slot of an instance that has at least
 * this many to other callers. Bulk traffic then never fills such an instance: filling the last slot
 * on every task made it `saturated` and `active` again per task (two lifecycle transitions and
 * registry changes each, ~20% of the orchestrator at 1,024 tasks in flight on one echo agent), and
 * the slot left answers a plain SubmitTask or a run step at once while a bulk stream keeps the rest busy.
 */
export declare const BULK_HEADROOM_FROM_CONCURRENCY = 4;

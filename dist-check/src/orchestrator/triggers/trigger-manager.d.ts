import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { KvWorkflowStore } from '../store/kv-workflow-store.js';
import { type CompiledWorkflow } from '../workflow/definition/index.js';
import type { StoredWorkflow } from '../workflow/workflow-store.js';
import { type EventStreamOptions } from './event-stream.js';
import { type StartTriggeredRun } from './handle-event.js';
/** Options of {@link TriggerManager.open}. */
export interface TriggerManagerOptions {
    readonly nc: NatsConnection;
    readonly workflows: KvWorkflowStore;
    readonly startRun: StartTriggeredRun;
    readonly logger: Logger;
    /** The Troupe-managed events stream (`TROUPE_EVENTS`). */
    readonly events: EventStreamOptions;
    /** How long an event handed to an orchestrator may stay unacknowledged before JetStream redelivers it (to any). */
    readonly ackWaitMs: number;
    /** Events of one trigger handled at once per orchestrator. */
    readonly maxInFlight: number;
    /** Told of every workflow version the watch sees (the engine drops an older compiled version). */
    readonly onWorkflow?: (stored: StoredWorkflow) => void;
}
/** A trigger as ListTriggers shows it. */
export interface TriggerView {
    readonly workflow: string;
    readonly version: number;
    readonly name: string;
    readonly subject: string;
    readonly stream: string;
    readonly consumer: string;
    /** This orchestrator's view: 'active' (pulling), 'binding', or 'error' (see `error`). */
    readonly state: string;
    readonly error: string;
    /** From JetStream (shared by every orchestrator): events not yet delivered, delivered but not acknowledged, redelivered. */
    readonly pending: number;
    readonly ackPending: number;
    readonly redelivered: number;
}
/**
 * Event triggers on this orchestrator (docs/triggers.md): checks and binds the
 * triggers of a workflow as it is registered ({@link prepare}, before it is stored),
 * follows `troupe_workflows` with a KV watch so that every orchestrator pulls the
 * triggers of every registered workflow (a new version rebinds them; triggers a
 * version dropped are stopped, and their consumers deleted after a grace), and
 * answers ListTriggers.
 */
export declare class TriggerManager {
    #private;
    private constructor();
    /** Opens (creates or updates) the events stream; a stream that cannot be opened is logged, not fatal. */
    static open(o: TriggerManagerOptions): Promise<TriggerManager>;
    /**
     * RegisterWorkflow's hook, before the definition is stored: every trigger's stream
     * must capture its subject (INVALID_ARGUMENT / FAILED_PRECONDITION naming the trigger),
     * and its durable consumer is created now, so that every event published once
     * RegisterWorkflow has returned starts a run.
     */
    prepare(workflow: CompiledWorkflow): Promise<void>;
    /** Follows the registered workflows; resolves once the stored ones are bound (or binding). */
    start(): Promise<void>;
    stop(): Promise<void>;
    /** Every trigger of every registered workflow, with its consumer's counts from JetStream. */
    list(): Promise<TriggerView[]>;
}

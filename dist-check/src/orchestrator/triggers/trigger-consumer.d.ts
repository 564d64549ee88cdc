import { type JetStreamClient, type JetStreamManager, type JsMsg } from 'nats';
import type { Logger } from 'pino';
import type { TriggerBinding } from './handle-event.js';
/**
 * Creates the trigger's durable pull consumer unless it exists (then its position is
 * kept, and its ack wait brought to `ackWaitMs`). A new consumer delivers the events
 * stored from now on (deliver policy `new`): RegisterWorkflow creates it before it
 * returns, so every event published after that is delivered.
 */
export declare function ensureConsumer(jsm: JetStreamManager, b: Pick<TriggerBinding, 'stream' | 'durable' | 'workflow' | 'trigger'>, ackWaitMs: number): Promise<void>;
/** Options of {@link TriggerConsumer}. */
export interface TriggerConsumerOptions {
    readonly js: JetStreamClient;
    readonly jsm: JetStreamManager;
    readonly ackWaitMs: number;
    /** Events of this trigger handled at once on this orchestrator (and fetched ahead). */
    readonly maxInFlight: number;
    readonly handle: (binding: TriggerBinding, m: JsMsg) => Promise<unknown>;
    /** Called when the binding's stream does not exist (the manager recreates `TROUPE_EVENTS`). */
    readonly streamMissing: (stream: string) => Promise<void>;
    readonly logger: Logger;
}
/**
 * Pulls one trigger's events on this orchestrator. Every orchestrator pulls from the
 * same durable consumer, so JetStream hands each event to one of them at a time (and
 * again, to any, when it is not acknowledged within the ack wait). Binding failures
 * (stream or consumer missing, NATS down) are retried with backoff, and shown by
 * `state`/`error` (ListTriggers).
 */
export declare class TriggerConsumer {
    #private;
    /** 'binding' until its consumer is pulled from, 'error' while binding fails. */
    state: 'binding' | 'active' | 'error';
    error: string | undefined;
    constructor(binding: TriggerBinding, options: TriggerConsumerOptions);
    get binding(): TriggerBinding;
    /** A new version of the workflow with the same trigger (same consumer): later events use its mapping. */
    rebind(binding: TriggerBinding): void;
    /** True once {@link stop} was called (read through a getter: it changes while the loop awaits). */
    get stopped(): boolean;
    start(): void;
    /** Stops pulling; events fetched but not handled are redelivered elsewhere after the ack wait. Waits for the ones being handled. */
    stop(): Promise<void>;
}

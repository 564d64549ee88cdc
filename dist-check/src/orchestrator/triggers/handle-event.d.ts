import { type Context } from '@opentelemetry/api';
import type { JsMsg } from 'nats';
import type { Logger } from 'pino';
import type { Json } from '../../sdk/grpc/struct.js';
import { type CompiledTrigger, type TriggerEvent } from '../workflow/definition/index.js';
/** Starts a run: the run engine's `startRun`, the same path StartRun takes. */
export type StartTriggeredRun = (req: {
    workflow: string;
    input: Json;
    idempotencyKey: string;
    priority: number;
    timeoutMs: number;
    traceContext: Context;
}) => Promise<{
    runId: string;
    existing: boolean;
}>;
/** One trigger of one registered workflow, bound to its durable consumer. */
export interface TriggerBinding {
    readonly workflow: string;
    /** The workflow version whose definition the trigger comes from. */
    readonly version: number;
    readonly trigger: CompiledTrigger;
    /** The stream consumed from. */
    readonly stream: string;
    /** The durable consumer's name. */
    readonly durable: string;
}
/** What happened to one event; the `outcome` label of `troupe_trigger_events_total`. */
export type EventOutcome = 'started' | 'duplicate' | 'filtered' | 'rejected' | 'retry';
export declare const EVENT_OUTCOMES: readonly EventOutcome[];
/** What handling an event needs. */
export interface EventDeps {
    readonly startRun: StartTriggeredRun;
    readonly logger: Logger;
}
/** The idempotency key of an event: the trigger's, else the publisher's Nats-Msg-Id, else the stored message itself. */
export declare function eventKey(workflow: string, key: string | undefined, event: Pick<TriggerEvent, 'id' | 'stream' | 'sequence'>, storedNanos: number): string;
/**
 * Processes one event of a trigger, at least once: evaluates `when`, maps the input,
 * and starts a run through the engine with the idempotency key
 * `trigger:<workflow>:<key>` (so a redelivered or republished event finds the run
 * already started), then acknowledges it. A message that can never start a run is
 * terminated (`term`) and counted `rejected`; a retryable failure (NATS, overload) is
 * nak'ed with a growing delay and counted `retry`. All of it in a `troupe.trigger.fire`
 * span continuing the publisher's trace (its `traceparent` header), parent of the run.
 */
export declare function handleEvent(deps: EventDeps, b: TriggerBinding, m: JsMsg): Promise<EventOutcome>;

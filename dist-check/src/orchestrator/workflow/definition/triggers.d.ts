/**
 * Event triggers: a workflow starts a run for each NATS message on a subject
 * (docs/triggers.md). The orchestrators consume the messages from JetStream
 * (src/orchestrator/triggers/); this file is the definition side: the format, its
 * validation at RegisterWorkflow, and the pure evaluation of one event.
 *
 * ```yaml
 * triggers:
 *   - subject: events.orders.created      # NATS subject, wildcards * and > allowed
 *     name: orders                        # optional: [a-z][a-z0-9_-]*; required to tell apart two triggers on one subject
 *     stream: ORDERS                      # optional: consume from this existing stream instead of TROUPE_EVENTS
 *     input: { order: "${event.data.id}", tenant: "${event.headers.tenant}" }   # default: "${event.data}"
 *     when: "${event.data.amount > 100}"  # optional filter; falsy → the event is acknowledged and dropped
 *     idempotency_key: "${event.data.id}" # optional; default: the message's Nats-Msg-Id, else its stream sequence
 * ```
 *
 * Templates see one name, `event`: `{ subject, data (the JSON payload), headers, id, stream, sequence, time }`.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { Json } from './expression-ast.js';
import { type CompiledTemplate } from './template.js';
/** Keys a trigger accepts. */
export declare const TRIGGER_KEYS: readonly ["subject", "name", "stream", "input", "when", "idempotency_key"];
/** Most triggers one workflow may have. */
export declare const MAX_TRIGGERS = 32;
/** Trigger names: `orders`, `on-refund`. */
export declare const TRIGGER_NAME_PATTERN: RegExp;
/** JetStream stream names a trigger may name (`stream:`). */
export declare const STREAM_NAME_PATTERN: RegExp;
/** A trigger as written, after validation (a type so that it is JSON-assignable). */
export type TriggerDefinition = {
    readonly subject: string;
    readonly name?: string;
    readonly stream?: string;
    readonly input?: Json;
    readonly when?: string | boolean;
    readonly idempotency_key?: string;
};
/**
 * Why `subject` cannot be a trigger subject, or undefined when it can: NATS subject
 * syntax (dot-separated tokens, `*` a whole token, `>` the whole last token), a literal
 * first token, and none of the subjects NATS and Troupe use themselves.
 */
export declare function subjectProblem(subject: string): string | undefined;
/** Problems with a `triggers` value, each as `[path inside it, message]`. */
export declare function triggersProblems(value: unknown): [PropertyKey[], string][];
/** The zod schema of `triggers`: every problem becomes an issue at its path. */
export declare const triggersSchema: z.ZodPipe<z.ZodUnknown, z.ZodTransform<TriggerDefinition[], unknown>>;
/** A trigger compiled at registration. */
export interface CompiledTrigger {
    /** Position in `triggers`. */
    readonly index: number;
    /** Its name, or its subject when it has none: unique within the workflow. */
    readonly id: string;
    readonly subject: string;
    /** The stream to consume from; undefined: Troupe's own (TROUPE_EVENTS). */
    readonly stream: string | undefined;
    /** The run input; undefined: the event's data. */
    readonly input: CompiledTemplate | undefined;
    readonly when: CompiledTemplate | undefined;
    readonly idempotencyKey: CompiledTemplate | undefined;
}
/** Compiles validated triggers. @internal */
export declare function compileTriggers(defs: readonly TriggerDefinition[] | undefined): CompiledTrigger[];
/** What a trigger's templates see as `event`. */
export interface TriggerEvent {
    readonly subject: string;
    /** The payload, parsed as JSON (null when empty). */
    readonly data: Json;
    /** Message headers, first value of each. */
    readonly headers: Readonly<Record<string, string>>;
    /** The `Nats-Msg-Id` header, '' when none. */
    readonly id: string;
    readonly stream: string;
    readonly sequence: number;
    /** When JetStream stored it, RFC 3339. */
    readonly time: string;
}
/** What one event does: nothing (filtered by `when`), or start a run with this input and key. */
export type TriggerOutcome = {
    readonly fire: false;
} | {
    readonly fire: true;
    readonly input: Json;
    readonly key: string | undefined;
};
/**
 * Evaluates a trigger for one event: its `when`, then its input and idempotency key
 * (undefined when the trigger sets none). Throws ExpressionError (INVALID_ARGUMENT) on
 * a type error, and INVALID_ARGUMENT for an idempotency key that evaluates to nothing or is too long.
 *
 * @example
 * fireTrigger(trigger, { subject: 'events.orders.created', data: { id: 7 }, headers: {}, id: '', stream: 'TROUPE_EVENTS', sequence: 1, time: '…' })
 * // → { fire: true, input: { order: 7 }, key: '7' }
 */
export declare function fireTrigger(trigger: CompiledTrigger, event: TriggerEvent): TriggerOutcome;

import { SpanKind } from '@opentelemetry/api';
import { statusName, toGrpcStatus, TroupeError } from '../../sdk/errors.js';
import { ATTR, extractNatsHeaders, instrument, instruments, natsAttributes, SPAN, VALUE } from '../../sdk/telemetry/index.js';
import { MAX_JSON_DEPTH, nestingDepth } from '../../sdk/util/nesting-depth.js';
import { fireTrigger } from '../workflow/definition/index.js';
export const EVENT_OUTCOMES = ['started', 'duplicate', 'filtered', 'rejected', 'retry'];
/** A message that can never start a run (not JSON, a mapping error, an input the workflow refuses): terminated, not redelivered. */
class BadEvent extends Error {
    name = 'BadEvent';
}
/** Longest delay before a retried event comes back. */
const MAX_RETRY_DELAY_MS = 30_000;
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The idempotency key of an event: the trigger's, else the publisher's Nats-Msg-Id, else the stored message itself. */
export function eventKey(workflow, key, event, storedNanos) {
    if (key !== undefined)
        return `trigger:${workflow}:${key}`;
    if (event.id)
        return `trigger:${workflow}:msg:${event.id}`;
    // The stream's time joins the sequence: a stream deleted and created again restarts its sequences.
    return `trigger:${workflow}:seq:${event.stream}:${event.sequence}:${storedNanos}`;
}
function eventOf(m) {
    const headers = {};
    for (const name of m.headers?.keys() ?? [])
        headers[name] = m.headers?.get(name) ?? '';
    let data = null;
    if (m.data.length > 0) {
        let text;
        try {
            text = decoder.decode(m.data);
        }
        catch {
            throw new BadEvent('the payload is not UTF-8 text (a trigger needs a JSON payload)');
        }
        try {
            data = JSON.parse(text);
        }
        catch (err) {
            throw new BadEvent(`the payload is not JSON: ${err.message.slice(0, 120)}`);
        }
        if (nestingDepth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
            throw new BadEvent(`the payload nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
    return {
        subject: m.subject,
        data,
        headers,
        id: headers['Nats-Msg-Id'] ?? '',
        stream: m.info.stream,
        sequence: m.info.streamSequence,
        time: new Date(Math.floor(m.info.timestampNanos / 1e6)).toISOString(),
    };
}
/**
 * Processes one event of a trigger, at least once: evaluates `when`, maps the input,
 * and starts a run through the engine with the idempotency key
 * `trigger:<workflow>:<key>` (so a redelivered or republished event finds the run
 * already started), then acknowledges it. A message that can never start a run is
 * terminated (`term`) and counted `rejected`; a retryable failure (NATS, overload) is
 * nak'ed with a growing delay and counted `retry`. All of it in a `troupe.trigger.fire`
 * span continuing the publisher's trace (its `traceparent` header), parent of the run.
 */
export async function handleEvent(deps, b, m) {
    const parent = extractNatsHeaders(m.headers);
    const attributes = {
        ...natsAttributes(m.subject, VALUE.MESSAGING_PROCESS),
        [ATTR.MESSAGING_OPERATION_TYPE]: VALUE.MESSAGING_PROCESS,
        [ATTR.MESSAGING_CONSUMER_GROUP_NAME]: b.durable,
        [ATTR.WORKFLOW]: b.workflow,
        [ATTR.TRIGGER_NAME]: b.trigger.id,
        [ATTR.EVENT_SEQUENCE]: m.info.streamSequence,
        [ATTR.EVENT_DELIVERIES]: m.info.deliveryCount,
        ...(m.headers?.get('Nats-Msg-Id') ? { [ATTR.MESSAGING_MESSAGE_ID]: m.headers.get('Nats-Msg-Id') } : {}),
    };
    const outcome = await instrument(SPAN.TRIGGER_FIRE, { kind: SpanKind.CONSUMER, parent, attributes }, async (span, ctx) => {
        const log = deps.logger.child({ workflow: b.workflow, trigger: b.trigger.id, subject: m.subject, stream_seq: m.info.streamSequence, deliveries: m.info.deliveryCount });
        let result;
        try {
            const event = eventOf(m);
            const fired = evaluate(b, event);
            if (!fired.fire) {
                m.ack();
                log.debug('trigger event filtered out by when');
                result = 'filtered';
            }
            else {
                const idempotencyKey = eventKey(b.workflow, fired.key, event, m.info.timestampNanos);
                const started = await deps.startRun({ workflow: b.workflow, input: fired.input, idempotencyKey, priority: 3, timeoutMs: 0, traceContext: ctx });
                m.ack();
                span.setAttribute(ATTR.RUN_ID, started.runId);
                result = started.existing ? 'duplicate' : 'started';
                log.info({ run_id: started.runId, idempotency_key: idempotencyKey, existing: started.existing }, started.existing ? 'trigger event is a duplicate; its run was started already' : 'trigger started a run');
            }
        }
        catch (err) {
            result = refuse(m, err, log);
            if (result === 'rejected')
                span.setAttribute(ATTR.ERROR_CODE, err instanceof BadEvent ? 'INVALID_ARGUMENT' : statusName(toGrpcStatus(err).code));
        }
        span.setAttribute(ATTR.OUTCOME, result);
        return result;
    });
    instruments().triggerEvents.add(1, { workflow: b.workflow, trigger: b.trigger.id, outcome });
    return outcome;
}
function evaluate(b, event) {
    try {
        return fireTrigger(b.trigger, event);
    }
    catch (err) {
        throw new BadEvent(err.message);
    }
}
/** Terminates a message that can never start a run; naks one that may later. */
function refuse(m, err, log) {
    const retryable = !(err instanceof BadEvent) && (TroupeError.is(err) ? err.retryable : true);
    if (!retryable) {
        m.term();
        const reason = err instanceof BadEvent ? err.message : toGrpcStatus(err).details;
        log.warn({ reason }, 'trigger event rejected; it will not be redelivered');
        return 'rejected';
    }
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.min(5, m.info.deliveryCount - 1));
    m.nak(delay);
    log.warn({ err, retry_in_ms: delay }, 'trigger event could not start its run; it will be redelivered');
    return 'retry';
}
//# sourceMappingURL=handle-event.js.map
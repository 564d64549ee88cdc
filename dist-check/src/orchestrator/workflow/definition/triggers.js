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
import { InvalidArgumentError } from '../../../sdk/errors.js';
import { didYouMean } from './did-you-mean.js';
import { ExpressionError } from './errors.js';
import { isTruthy, textOf } from './expression-eval.js';
import { expressionRefs } from './expression-refs.js';
import { isJson, preview } from './json-value.js';
import { analyzeTemplate, compileTemplate } from './template.js';
/** Keys a trigger accepts. */
export const TRIGGER_KEYS = ['subject', 'name', 'stream', 'input', 'when', 'idempotency_key'];
/** Most triggers one workflow may have. */
export const MAX_TRIGGERS = 32;
/** Trigger names: `orders`, `on-refund`. */
export const TRIGGER_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
/** JetStream stream names a trigger may name (`stream:`). */
export const STREAM_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest subject. */
const MAX_SUBJECT_CHARS = 200;
/** The one name a trigger's templates may read. */
const EVENT = 'event';
/**
 * Why `subject` cannot be a trigger subject, or undefined when it can: NATS subject
 * syntax (dot-separated tokens, `*` a whole token, `>` the whole last token), a literal
 * first token, and none of the subjects NATS and Troupe use themselves.
 */
export function subjectProblem(subject) {
    if (subject.length === 0)
        return 'must be a NATS subject such as events.orders.created';
    if (subject.length > MAX_SUBJECT_CHARS)
        return `is ${subject.length} characters long; the limit is ${MAX_SUBJECT_CHARS}`;
    if (!/^[\x21-\x7e]+$/.test(subject))
        return `${preview(subject)} is not a NATS subject: use printable ASCII without spaces, tokens separated by dots`;
    const tokens = subject.split('.');
    for (const [i, token] of tokens.entries()) {
        if (token === '')
            return `${preview(subject)} has an empty token (two dots in a row, or a dot at an end)`;
        if (token === '>' && i !== tokens.length - 1)
            return `${preview(subject)}: '>' may only be the last token`;
        if ((token.includes('*') || token.includes('>')) && token !== '*' && token !== '>')
            return `${preview(subject)}: a wildcard ('*' or '>') must be a whole token, as in events.*.created`;
    }
    const first = tokens[0];
    if (first === '*' || first === '>')
        return `${preview(subject)}: the first token must be literal (a wildcard there would capture NATS' and Troupe's own subjects), e.g. events.>`;
    if (first.startsWith('$') || first === '_INBOX')
        return `${preview(subject)}: subjects starting with '$' or '_INBOX' belong to NATS`;
    if (first === 'troupe' && tokens[1] !== 'events')
        return `${preview(subject)}: troupe.* subjects belong to Troupe (agents, audit); use troupe.events.… or your own prefix`;
    return undefined;
}
/** Problems with a `triggers` value, each as `[path inside it, message]`. */
export function triggersProblems(value) {
    if (!Array.isArray(value))
        return [[[], `must be a list of triggers such as [{ subject: events.orders.created }] (got ${preview(value)})`]];
    if (value.length > MAX_TRIGGERS)
        return [[[], `has ${value.length} triggers; a workflow may have at most ${MAX_TRIGGERS}`]];
    const problems = [];
    const seen = new Map();
    value.forEach((raw, index) => {
        problems.push(...triggerProblems(raw).map(([path, message]) => [[index, ...path], message]));
        const t = raw;
        const id = typeof t?.name === 'string' ? t.name : typeof t?.subject === 'string' ? t.subject : undefined;
        if (id === undefined)
            return;
        const earlier = seen.get(id);
        if (earlier === undefined)
            seen.set(id, index);
        else
            problems.push([[index], `triggers[${earlier}] has the same ${typeof t?.name === 'string' ? 'name' : 'subject'} ${preview(id)}; give each trigger a distinct name`]);
    });
    return problems;
}
function triggerProblems(raw) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return [[[], `must be an object such as { subject: events.orders.created } (got ${preview(raw)})`]];
    const problems = [];
    for (const key of Object.keys(raw)) {
        if (!TRIGGER_KEYS.includes(key))
            problems.push([[key], `unknown key (${didYouMean(key, TRIGGER_KEYS) ?? `allowed: ${TRIGGER_KEYS.join(', ')}`})`]);
    }
    const t = raw;
    if (t.subject === undefined)
        problems.push([['subject'], 'is required: the NATS subject whose messages start runs, e.g. events.orders.created']);
    else if (typeof t.subject !== 'string')
        problems.push([['subject'], `must be a NATS subject (got ${preview(t.subject)})`]);
    else {
        const problem = subjectProblem(t.subject);
        if (problem)
            problems.push([['subject'], problem]);
    }
    if (t.name !== undefined && (typeof t.name !== 'string' || !TRIGGER_NAME_PATTERN.test(t.name)))
        problems.push([['name'], `must match ${TRIGGER_NAME_PATTERN.source} (got ${preview(t.name)})`]);
    if (t.stream !== undefined && (typeof t.stream !== 'string' || !STREAM_NAME_PATTERN.test(t.stream)))
        problems.push([['stream'], `must be a JetStream stream name matching ${STREAM_NAME_PATTERN.source} (got ${preview(t.stream)})`]);
    if (t.input !== undefined) {
        if (isJson(t.input))
            problems.push(...templateProblems(['input'], t.input, false));
        else
            problems.push([['input'], 'must be JSON (null, true/false, a number, a string, a list or an object)']);
    }
    if (t.when !== undefined) {
        if (typeof t.when === 'string')
            problems.push(...templateProblems(['when'], t.when, true));
        else if (typeof t.when !== 'boolean')
            problems.push([['when'], `must be an expression such as "\${event.data.amount > 100}", or true/false (got ${preview(t.when)})`]);
    }
    if (t.idempotency_key !== undefined) {
        if (typeof t.idempotency_key !== 'string')
            problems.push([['idempotency_key'], `must be a template over the event such as "\${event.data.id}" (got ${preview(t.idempotency_key)})`]);
        else {
            const found = templateProblems(['idempotency_key'], t.idempotency_key, false);
            problems.push(...found);
            if (found.length === 0 && analyzeTemplate(t.idempotency_key).template.isConstant) {
                problems.push([['idempotency_key'], `must read the event, such as "\${event.data.id}" (a constant key would let one run start, ever); leave it out for one run per message`]);
            }
        }
    }
    return problems;
}
/** Parse errors and names other than `event` in a template; `exact`: must be one `${…}`. */
function templateProblems(path, value, exact) {
    const analysis = analyzeTemplate(value);
    const problems = analysis.errors.map(({ path: at, error }) => [[...path, ...pathParts(at)], error.message]);
    if (exact && analysis.errors.length === 0 && !analysis.exact)
        problems.push([path, `must be a single expression, such as "\${event.data.amount > 100}" (got ${preview(value)})`]);
    for (const { path: at, expression } of analysis.expressions) {
        for (const [name, pos] of expressionRefs(expression).names) {
            if (name === EVENT)
                continue;
            const hint = didYouMean(name, [EVENT]) ?? 'a trigger reads only event: event.data, event.subject, event.headers, event.id';
            problems.push([[...path, ...pathParts(at)], new ExpressionError(`unknown name '${name}'`, expression.source, pos, hint).message]);
        }
    }
    return problems;
}
/** A template path (`.order`, `[0]`, `["a b"]`, as analyzeTemplate writes it) as path parts. */
function pathParts(at) {
    const parts = [];
    for (const m of at.matchAll(/\.([^.[]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
        if (m[1] !== undefined)
            parts.push(m[1]);
        else if (m[2] !== undefined)
            parts.push(Number(m[2]));
        else if (m[3] !== undefined)
            parts.push(JSON.parse(m[3]));
    }
    return parts;
}
/** The zod schema of `triggers`: every problem becomes an issue at its path. */
export const triggersSchema = z
    .unknown()
    .superRefine((value, ctx) => {
    for (const [path, message] of triggersProblems(value))
        ctx.addIssue({ code: 'custom', message, path });
})
    .transform((value) => value);
/** Compiles validated triggers. @internal */
export function compileTriggers(defs) {
    return (defs ?? []).map((d, index) => ({
        index,
        id: d.name ?? d.subject,
        subject: d.subject,
        stream: d.stream,
        input: d.input === undefined ? undefined : compileTemplate(d.input),
        when: d.when === undefined ? undefined : compileTemplate(d.when),
        idempotencyKey: d.idempotency_key === undefined ? undefined : compileTemplate(d.idempotency_key),
    }));
}
/** Longest idempotency key a template may give. */
const MAX_KEY_CHARS = 512;
/**
 * Evaluates a trigger for one event: its `when`, then its input and idempotency key
 * (undefined when the trigger sets none). Throws ExpressionError (INVALID_ARGUMENT) on
 * a type error, and INVALID_ARGUMENT for an idempotency key that evaluates to nothing or is too long.
 *
 * @example
 * fireTrigger(trigger, { subject: 'events.orders.created', data: { id: 7 }, headers: {}, id: '', stream: 'TROUPE_EVENTS', sequence: 1, time: '…' })
 * // → { fire: true, input: { order: 7 }, key: '7' }
 */
export function fireTrigger(trigger, event) {
    const scope = { event: { ...event, headers: { ...event.headers } } };
    if (trigger.when && !isTruthy(trigger.when.evaluate(scope)))
        return { fire: false };
    const input = trigger.input ? trigger.input.evaluate(scope) : event.data;
    if (!trigger.idempotencyKey)
        return { fire: true, input, key: undefined };
    const key = textOf(trigger.idempotencyKey.evaluate(scope));
    if (key === '')
        throw new InvalidArgumentError('idempotency_key gave an empty value for this event (it lacks the field the key reads)');
    if (key.length > MAX_KEY_CHARS)
        throw new InvalidArgumentError(`idempotency_key gave ${key.length} characters for this event; the limit is ${MAX_KEY_CHARS}`);
    return { fire: true, input, key };
}
//# sourceMappingURL=triggers.js.map
import { createHash } from 'node:crypto';
/** The stream Troupe creates to capture the subjects of triggers that name no `stream`. */
export const EVENTS_STREAM = 'TROUPE_EVENTS';
/** Every trigger consumer's durable name starts with this (orphans are recognised by it). */
export const CONSUMER_PREFIX = 'troupe_trg_';
/**
 * True when every subject `inner` matches is also matched by `outer` (NATS wildcards:
 * `*` one token, `>` one or more at the end).
 *
 * @example covers('events.>', 'events.orders.created') // true
 * @example covers('events.*', 'events.a.b')             // false
 */
export function covers(outer, inner) {
    const o = outer.split('.');
    const i = inner.split('.');
    for (let k = 0; k < o.length; k++) {
        const t = o[k];
        if (t === '>')
            return i.length > k;
        const u = i[k];
        if (u === undefined || u === '>')
            return false;
        if (t === '*')
            continue;
        if (u === '*' || u !== t)
            return false;
    }
    return o.length === i.length;
}
/**
 * True when some subject is matched by both `a` and `b`.
 *
 * @example overlaps('events.*.created', 'events.orders.*') // true (events.orders.created)
 */
export function overlaps(a, b) {
    const x = a.split('.');
    const y = b.split('.');
    for (let k = 0;; k++) {
        const s = x[k];
        const t = y[k];
        if (s === undefined || t === undefined)
            return s === t;
        if (s === '>' || t === '>')
            return true;
        if (s !== '*' && t !== '*' && s !== t)
            return false;
    }
}
/**
 * The smallest list of subjects capturing the same messages as `subjects` by dropping
 * those another one covers, sorted. A stream may not list overlapping subjects, so
 * partial overlaps (`a.*.c` and `a.b.*`) are kept both and the server decides.
 */
export function minimalSubjects(subjects) {
    const unique = [...new Set(subjects)].sort();
    return unique.filter((s) => !unique.some((t) => t !== s && covers(t, s)));
}
/**
 * The durable consumer name of a trigger: readable (workflow and trigger), within
 * JetStream's name rules, and unique by a hash of everything that makes it distinct, so
 * that changing a trigger's subject or stream gives a new consumer and re-registering
 * the same trigger keeps its consumer and its position.
 *
 * @example durableName('orders', { id: 'big', subject: 'orders.*', stream: undefined }) // 'troupe_trg_orders_big_1a2b3c4d5e'
 */
export function durableName(workflow, trigger) {
    const hash = createHash('sha256').update(`${workflow}\0${trigger.id}\0${trigger.subject}\0${trigger.stream ?? ''}`).digest('hex').slice(0, 10);
    const safe = (s, max) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, max);
    return `${CONSUMER_PREFIX}${safe(workflow, 40)}_${safe(trigger.id, 32)}_${hash}`;
}
//# sourceMappingURL=subjects.js.map
/** The stream Troupe creates to capture the subjects of triggers that name no `stream`. */
export declare const EVENTS_STREAM = "TROUPE_EVENTS";
/** Every trigger consumer's durable name starts with this (orphans are recognised by it). */
export declare const CONSUMER_PREFIX = "troupe_trg_";
/**
 * True when every subject `inner` matches is also matched by `outer` (NATS wildcards:
 * `*` one token, `>` one or more at the end).
 *
 * @example covers('events.>', 'events.orders.created') // true
 * @example covers('events.*', 'events.a.b')             // false
 */
export declare function covers(outer: string, inner: string): boolean;
/**
 * True when some subject is matched by both `a` and `b`.
 *
 * @example overlaps('events.*.created', 'events.orders.*') // true (events.orders.created)
 */
export declare function overlaps(a: string, b: string): boolean;
/**
 * The smallest list of subjects capturing the same messages as `subjects` by dropping
 * those another one covers, sorted. A stream may not list overlapping subjects, so
 * partial overlaps (`a.*.c` and `a.b.*`) are kept both and the server decides.
 */
export declare function minimalSubjects(subjects: Iterable<string>): string[];
/**
 * The durable consumer name of a trigger: readable (workflow and trigger), within
 * JetStream's name rules, and unique by a hash of everything that makes it distinct, so
 * that changing a trigger's subject or stream gives a new consumer and re-registering
 * the same trigger keeps its consumer and its position.
 *
 * @example durableName('orders', { id: 'big', subject: 'orders.*', stream: undefined }) // 'troupe_trg_orders_big_1a2b3c4d5e'
 */
export declare function durableName(workflow: string, trigger: {
    readonly id: string;
    readonly subject: string;
    readonly stream: string | undefined;
}): string;

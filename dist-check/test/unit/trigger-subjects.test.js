/** Subject matching for triggers' streams, and the durable consumer names. */
import { describe, expect, it } from 'vitest';
import { covers, durableName, minimalSubjects, overlaps } from '../../src/orchestrator/triggers/subjects.js';
import { eventKey } from '../../src/orchestrator/triggers/handle-event.js';
describe('subjects', () => {
    it.each([
        ['events.>', 'events.orders.created', true],
        ['events.>', 'events.>', true],
        ['events.>', 'events', false],
        ['events.*', 'events.a', true],
        ['events.*', 'events.a.b', false],
        ['events.*', 'events.>', false],
        ['events.*.created', 'events.*.created', true],
        ['events.a.created', 'events.*.created', false],
        ['events.orders.created', 'events.orders.created', true],
        ['events.orders', 'events.orders.created', false],
    ])('covers(%s, %s) = %s', (outer, inner, expected) => {
        expect(covers(outer, inner)).toBe(expected);
    });
    it.each([
        ['events.*.created', 'events.orders.*', true],
        ['events.>', 'events.a.b.c', true],
        ['events.a', 'events.b', false],
        ['events.a', 'events.a.b', false],
        ['events.*', 'events.a.b', false],
        ['orders.>', 'events.>', false],
    ])('overlaps(%s, %s) = %s', (a, b, expected) => {
        expect(overlaps(a, b)).toBe(expected);
        expect(overlaps(b, a)).toBe(expected);
    });
    it('drops subjects another one covers', () => {
        expect(minimalSubjects(['events.orders.created', 'events.>', 'orders.*', 'orders.x', 'events.>'])).toEqual(['events.>', 'orders.*']);
    });
});
describe('durable consumer names', () => {
    const t = { id: 'events.orders.created', subject: 'events.orders.created', stream: undefined };
    it('are valid JetStream names, readable, stable, and change with the subject or stream', () => {
        const name = durableName('orders.v2', t);
        expect(name).toMatch(/^troupe_trg_orders_v2_events_orders_created_[0-9a-f]{10}$/);
        expect(durableName('orders.v2', t)).toBe(name);
        expect(durableName('orders_v2', t)).not.toBe(name); // sanitising alone would collide
        expect(durableName('orders.v2', { ...t, subject: 'events.orders.*' })).not.toBe(name);
        expect(durableName('orders.v2', { ...t, stream: 'ORDERS' })).not.toBe(name);
        expect(durableName('w'.repeat(63), { ...t, id: 'x'.repeat(32) }).length).toBeLessThanOrEqual(96);
    });
});
describe('idempotency keys of events', () => {
    it('the trigger key, else the Nats-Msg-Id, else the stored message (stream, sequence and time)', () => {
        const event = { id: '', stream: 'TROUPE_EVENTS', sequence: 9 };
        expect(eventKey('w', 'o-1', event, 5)).toBe('trigger:w:o-1');
        expect(eventKey('w', undefined, { ...event, id: 'm-1' }, 5)).toBe('trigger:w:msg:m-1');
        expect(eventKey('w', undefined, event, 5)).toBe('trigger:w:seq:TROUPE_EVENTS:9:5');
    });
});
//# sourceMappingURL=trigger-subjects.test.js.map
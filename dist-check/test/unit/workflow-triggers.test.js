/** `triggers`: the shapes accepted, the messages for wrong ones, and how one event is evaluated (filter, input, key). */
import { describe, expect, it } from 'vitest';
import { fireTrigger, parseDefinitionText, subjectProblem, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
function text(triggers) {
    return `
name: wf
steps:
  - id: say
    capability: echo.say
    input: { text: "\${input.order}" }
triggers:
${triggers}
`;
}
function problems(triggers) {
    const result = validateDefinition(parseDefinitionText(text(triggers)));
    return result.ok ? [] : result.problems;
}
function compiled(triggers) {
    const result = validateDefinition(parseDefinitionText(text(triggers)));
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    return result.definition.triggers;
}
function event(data, more = {}) {
    return { subject: 'events.orders.created', data: data, headers: {}, id: '', stream: 'TROUPE_EVENTS', sequence: 7, time: '2026-01-01T00:00:00.000Z', ...more };
}
describe('triggers: accepted shapes', () => {
    it('compiles subject, name, stream and templates; a workflow without triggers has none', () => {
        const [t] = compiled(`  - subject: events.orders.created
    input: { order: "\${event.data.id}", tenant: "\${event.headers.tenant}" }
    when: "\${event.data.amount > 100}"
    idempotency_key: "order-\${event.data.id}"`);
        expect(t).toMatchObject({ index: 0, id: 'events.orders.created', subject: 'events.orders.created', stream: undefined });
        const named = compiled('  - { subject: "orders.*.created", name: big, stream: ORDERS }\n  - { subject: "orders.>", name: all }');
        expect(named.map((x) => [x.id, x.subject, x.stream])).toEqual([['big', 'orders.*.created', 'ORDERS'], ['all', 'orders.>', undefined]]);
        const none = validateDefinition(parseDefinitionText('name: w\nsteps: [{ id: a, capability: echo.say }]'));
        expect(none.ok && none.definition.triggers).toEqual([]);
    });
    it('accepts troupe.events.… but no other troupe.* subject', () => {
        expect(subjectProblem('troupe.events.orders')).toBeUndefined();
        expect(subjectProblem('troupe.agents.heartbeat.x')).toMatch(/belong to Troupe/);
    });
});
describe('triggers: refused with a message naming where and why', () => {
    it.each([
        ['  - { name: x }', 'triggers[0].subject: is required'],
        ['  - { subject: "events..x" }', 'empty token'],
        ['  - { subject: "events.>.x" }', "'>' may only be the last token"],
        ['  - { subject: "events.ord*" }', 'must be a whole token'],
        ['  - { subject: ">" }', 'the first token must be literal'],
        ['  - { subject: "$JS.API.>" }', "belong to NATS"],
        ['  - { subject: "_INBOX.x" }', 'belong to NATS'],
        ['  - { subject: "events.a b" }', 'printable ASCII without spaces'],
        ['  - { subject: 42 }', 'triggers[0].subject: must be a NATS subject (got 42)'],
        ['  - { subject: a.b, subjet: c }', 'triggers[0].subjet: unknown key (did you mean "subject"?)'],
        ['  - { subject: a.b, name: "Bad Name" }', 'triggers[0].name: must match'],
        ['  - { subject: a.b, stream: "a.b" }', 'triggers[0].stream: must be a JetStream stream name'],
        ['  - { subject: a.b, when: "${input.x}" }', "triggers[0].when: unknown name 'input' at column 1 in \"input.x\"; a trigger reads only event"],
        ['  - { subject: a.b, when: "x ${event.data}" }', 'triggers[0].when: must be a single expression'],
        ['  - { subject: a.b, when: 3 }', 'triggers[0].when: must be an expression'],
        ['  - { subject: a.b, input: { order: "${evnt.data.id}" } }', `triggers[0].input.order: unknown name 'evnt' at column 1 in "evnt.data.id"; did you mean "event"?`],
        ['  - { subject: a.b, input: { order: "${event.data.id" } }', "triggers[0].input.order: unclosed '${'"],
        ['  - { subject: a.b, idempotency_key: "fixed" }', 'triggers[0].idempotency_key: must read the event'],
        ['  - { subject: a.b, idempotency_key: 7 }', 'triggers[0].idempotency_key: must be a template over the event'],
        ['  - { subject: a.b }\n  - { subject: a.b }', 'triggers[1]: triggers[0] has the same subject "a.b"; give each trigger a distinct name'],
        ['  - { subject: a.b, name: x }\n  - { subject: c.d, name: x }', 'triggers[1]: triggers[0] has the same name "x"'],
        ['  - 3', 'triggers[0]: must be an object such as { subject: events.orders.created }'],
    ])('%s', (triggers, message) => {
        expect(problems(triggers).join('\n')).toContain(message);
    });
    it('refuses a non-list and too many triggers', () => {
        expect(problems('  { subject: a.b }').join('\n')).toContain('triggers: must be a list of triggers');
        const many = Array.from({ length: 33 }, (_, i) => `  - { subject: a.b, name: t${i} }`).join('\n');
        expect(problems(many).join('\n')).toContain('a workflow may have at most 32');
    });
});
describe('fireTrigger: one event', () => {
    const [t] = compiled(`  - subject: events.orders.created
    input: { order: "\${event.data.id}", tenant: "\${event.headers.tenant}", subject: "\${event.subject}", seq: "\${event.sequence}" }
    when: "\${event.data.amount > 100}"
    idempotency_key: "\${event.data.id}"`);
    const trigger = t;
    it('maps the event to the run input and the key', () => {
        expect(fireTrigger(trigger, event({ id: 'o-1', amount: 150 }, { headers: { tenant: 'acme' } }))).toEqual({
            fire: true,
            input: { order: 'o-1', tenant: 'acme', subject: 'events.orders.created', seq: 7 },
            key: 'o-1',
        });
    });
    it('filters with when (a missing field compares false)', () => {
        expect(fireTrigger(trigger, event({ id: 'o-1', amount: 5 }))).toEqual({ fire: false });
        expect(fireTrigger(trigger, event({ id: 'o-1' }))).toEqual({ fire: false });
    });
    it('refuses an event whose key is empty or whose data makes an expression fail', () => {
        expect(() => fireTrigger(trigger, event({ amount: 500 }))).toThrow(/idempotency_key gave an empty value/);
        const [typed] = compiled('  - { subject: a.b, when: "${event.data.amount > 1}" }');
        expect(() => fireTrigger(typed, event({ amount: 'lots' }))).toThrow(/cannot compare string with number/);
    });
    it('defaults: the input is the event data, no key', () => {
        const [plain] = compiled('  - { subject: a.b }');
        expect(fireTrigger(plain, event({ x: [1, 2] }))).toEqual({ fire: true, input: { x: [1, 2] }, key: undefined });
    });
    it('a template cannot change the event seen by the next one', () => {
        const headers = { tenant: 'a' };
        fireTrigger(trigger, event({ id: 'x', amount: 200 }, { headers }));
        expect(headers).toEqual({ tenant: 'a' });
    });
});
//# sourceMappingURL=workflow-triggers.test.js.map
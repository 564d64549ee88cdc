/** One trigger event, with a fake JetStream message: what is acked, nak'ed (with which delay) or terminated, and what starts. */
import { headers } from 'nats';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ResourceExhaustedError } from '../../src/sdk/errors.js';
import { compileOrchestratorOptions } from '../../src/orchestrator/options.js';
import { handleEvent } from '../../src/orchestrator/triggers/handle-event.js';
import { parseDefinitionText, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
function binding(trigger) {
    const result = validateDefinition(parseDefinitionText(`name: w\nsteps: [{ id: a, capability: echo.say }]\ntriggers:\n  - ${trigger}\n`));
    if (!result.ok)
        throw new Error(result.problems.join('\n'));
    return { workflow: 'w', version: 1, trigger: result.definition.triggers[0], stream: 'TROUPE_EVENTS', durable: 'troupe_trg_w' };
}
function message(data, deliveryCount = 1, hdrs = {}) {
    const calls = [];
    const h = headers();
    for (const [k, v] of Object.entries(hdrs))
        h.set(k, v);
    return {
        calls,
        subject: 'events.x',
        data: new TextEncoder().encode(data),
        headers: Object.keys(hdrs).length ? h : undefined,
        info: { stream: 'TROUPE_EVENTS', streamSequence: 4, deliveryCount, timestampNanos: 1_700_000_000_000_000_000 },
        ack: () => calls.push('ack'),
        nak: (ms) => calls.push(`nak ${ms}`),
        term: () => calls.push('term'),
    };
}
const logger = pino({ level: 'silent' });
describe('handleEvent', () => {
    it('starts a run with the mapped input and the key, then acks; a run already there is a duplicate', async () => {
        const requests = [];
        let existing = false;
        const startRun = async (req) => {
            requests.push(req);
            return { runId: 'r1', existing };
        };
        const b = binding('{ subject: events.x, input: { n: "${event.data.n}" }, idempotency_key: "${event.data.n}" }');
        const m = message('{"n": 3}');
        expect(await handleEvent({ startRun, logger }, b, m)).toBe('started');
        expect(m.calls).toEqual(['ack']);
        expect(requests[0]).toMatchObject({ workflow: 'w', input: { n: 3 }, idempotencyKey: 'trigger:w:3', priority: 3 });
        existing = true;
        expect(await handleEvent({ startRun, logger }, b, message('{"n": 3}', 2))).toBe('duplicate');
    });
    it('without a key: the Nats-Msg-Id, else the stored message', async () => {
        const keys = [];
        const startRun = async (req) => {
            keys.push(req.idempotencyKey);
            return { runId: 'r', existing: false };
        };
        const b = binding('{ subject: events.x }');
        await handleEvent({ startRun, logger }, b, message('{}', 1, { 'Nats-Msg-Id': 'm-7' }));
        await handleEvent({ startRun, logger }, b, message('{}'));
        expect(keys).toEqual(['trigger:w:msg:m-7', 'trigger:w:seq:TROUPE_EVENTS:4:1700000000000000000']);
    });
    it('terminates what can never start a run, naks what may later (with a growing delay)', async () => {
        const b = binding('{ subject: events.x, when: "${event.data.ok}" }');
        const never = () => Promise.reject(new InvalidArgumentError('workflow w needs input field(s): input.x'));
        const overloaded = () => Promise.reject(new ResourceExhaustedError('limit of runs'));
        const broken = () => Promise.reject(new Error('socket closed'));
        const cases = [
            [never, message('{"ok": true}'), 'rejected', 'term'],
            [never, message('not json'), 'rejected', 'term'],
            [never, message('{"ok": false}'), 'filtered', 'ack'],
            [overloaded, message('{"ok": true}', 1), 'retry', 'nak 1000'],
            [overloaded, message('{"ok": true}', 3), 'retry', 'nak 4000'],
            [broken, message('{"ok": true}', 40), 'retry', 'nak 30000'],
        ];
        for (const [startRun, m, outcome, call] of cases) {
            expect(await handleEvent({ startRun, logger }, b, m)).toBe(outcome);
            expect(m.calls).toEqual([call]);
        }
    });
});
describe('trigger options', () => {
    it('defaults, and refuses event subjects that are not subjects or belong to NATS', () => {
        const o = compileOrchestratorOptions({ natsUrl: 'nats://x' });
        expect(o).toMatchObject({ eventSubjects: 'events.>', eventsMaxAgeMs: 86_400_000, triggerAckWaitMs: 30_000, triggerMaxInFlight: 64 });
        expect(compileOrchestratorOptions({ natsUrl: 'nats://x', eventSubjects: 'none' }).eventSubjects).toBe('none');
        expect(compileOrchestratorOptions({ natsUrl: 'nats://x', eventSubjects: 'events.>, orders.*' }).eventSubjects).toBe('events.>, orders.*');
        expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x', eventSubjects: '$KV.>' })).toThrow(/eventSubjects: must be NATS subjects/);
        expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x', eventSubjects: 'a..b' })).toThrow(/eventSubjects/);
    });
});
//# sourceMappingURL=trigger-events.test.js.map
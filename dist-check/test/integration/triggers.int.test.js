import { randomBytes } from 'node:crypto';
import { connect, headers } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
import { spawnAgent, spawnDurableOrchestrator } from '../helpers/processes.js';
import { checkResponse } from '../helpers/openapi-check.js';
import { waitFor } from '../helpers/wait-for.js';
// Issue #14.3 on real processes: a nats-server with JetStream, an echo agent and durable
// orchestrator processes. Events are published to JetStream by this test as any publisher would.
// The user `noack` may not acknowledge JetStream messages: an orchestrator connected as it
// starts runs but its acks never reach the server, which is what "killed before the ack" looks
// like to JetStream, made certain (it is then killed for real).
const NATS_CONFIG = `authorization {
  users = [
    { user: full, password: full }
    { user: noack, password: noack, permissions: { publish: { allow: ">", deny: ["$JS.ACK.>"] }, subscribe: { allow: ">" } } }
  ]
}`;
const ORDERS = `
name: orders
input: { required: [order] }
steps:
  - id: say
    capability: echo.say
    input: { text: "order \${input.order} for \${input.tenant}" }
triggers:
  - subject: events.orders.created
    input: { order: "\${event.data.id}", tenant: "\${event.headers.tenant}" }
    when: "\${event.data.amount > 100}"
    idempotency_key: "\${event.data.id}"
`;
describe('event triggers across orchestrator processes', () => {
    let nats;
    let receiver;
    let agent;
    let nc;
    let js;
    let jsm;
    const procs = [];
    const clients = [];
    async function orchestrator(id, user = 'full') {
        const proc = spawnDurableOrchestrator(nats.url.replace('nats://', `nats://${user}:${user}@`), id, {
            TROUPE_HTTP_PORT: '0',
            TROUPE_TRIGGER_ACK_WAIT_MS: '2000',
            TROUPE_LEASE_TTL_MS: '2000',
            TROUPE_LOG_LEVEL: 'info',
            OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
            OTEL_BSP_SCHEDULE_DELAY: '10',
        });
        procs.push(proc);
        const [, grpc, http] = await proc.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
        const client = createOrchestratorClient(grpc, { defaultTimeoutMs: 15_000 });
        clients.push(client);
        await waitFor(async () => (await client.listAgents({ capability: 'echo.say' })).some((i) => i.state === 'active'), { timeoutMs: 10_000, what: `echo on ${id}` });
        return { proc, client, http: http };
    }
    /** Publishes an event through JetStream; resolves with its stream sequence. */
    async function publish(subject, data, options = {}) {
        const h = headers();
        for (const [k, v] of Object.entries(options.headers ?? {}))
            h.set(k, v);
        const ack = await js.publish(subject, options.raw ?? JSON.stringify(data), { headers: h, ...(options.id ? { msgID: options.id } : {}) });
        return ack.seq;
    }
    /** Waits until the trigger's consumer has acknowledged (or terminated) everything up to `seq`. */
    async function processed(consumer, seq) {
        await waitFor(async () => {
            const info = await jsm.consumers.info('TROUPE_EVENTS', consumer);
            return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0 && info.num_pending === 0;
        }, { timeoutMs: 20_000, intervalMs: 50, what: `consumer ${consumer} to process up to ${seq}` });
    }
    async function runsOf(client, workflow) {
        return (await client.listRuns({ workflow, limit: 10_000 }));
    }
    /** `troupe_trigger_events_total{outcome}` of one orchestrator, summed over workflows and triggers. */
    async function counted(o, workflow, outcome) {
        const text = await (await fetch(`http://${o.http}/metrics`)).text();
        let sum = 0;
        for (const line of text.split('\n')) {
            if (line.startsWith('troupe_trigger_events_total{') && line.includes(`workflow="${workflow}"`) && line.includes(`outcome="${outcome}"`))
                sum += Number(line.split(' ').pop());
        }
        return sum;
    }
    async function consumerOf(client, workflow) {
        const [t] = await client.listTriggers({ workflow });
        if (!t)
            throw new Error(`no trigger of ${workflow}`);
        return t.consumer;
    }
    beforeAll(async () => {
        nats = await startNatsServer({ config: NATS_CONFIG, probe: { user: 'full', pass: 'full' } });
        receiver = await startOtlpReceiver();
        nc = await connect({ servers: nats.url, user: 'full', pass: 'full' });
        js = nc.jetstream();
        jsm = await nc.jetstreamManager();
        agent = await spawnAgent('echo', nats.url.replace('nats://', 'nats://full:full@'));
    }, 60_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of [...procs, agent]) {
            p?.kill('SIGKILL');
            await p?.exited;
        }
        await nc?.close();
        await receiver?.close();
        await nats?.stop();
    });
    it('two orchestrators: an event starts one run with the mapped input, in the publisher\'s trace; when filters; the same key twice is one run; garbage is terminated and counted; bad triggers are refused; removed triggers stop', async () => {
        const a = await orchestrator('trg-a');
        const b = await orchestrator('trg-b');
        // Bad triggers are refused at RegisterWorkflow with a message naming the trigger.
        await expect(a.client.registerWorkflow(ORDERS.replace('subject: events.orders.created', 'subject: orders.created'))).rejects.toMatchObject({
            code: 3,
            message: expect.stringContaining('triggers[0].subject: orders.created is not captured by the events stream TROUPE_EVENTS (subjects: events.>)'),
        });
        await expect(a.client.registerWorkflow(ORDERS.replace('${event.data.id}"\n', '${input.id}"\n'))).rejects.toMatchObject({
            code: 3,
            message: expect.stringContaining("triggers[0].idempotency_key: unknown name 'input'"),
        });
        await expect(a.client.registerWorkflow(ORDERS.replace('subject: events.orders.created', 'subject: events.orders.created\n    stream: NO_SUCH'))).rejects.toMatchObject({
            code: 9,
            message: expect.stringContaining('stream NO_SUCH does not exist'),
        });
        await a.client.registerWorkflow(ORDERS);
        const consumer = await consumerOf(a.client, 'orders');
        // Both orchestrators follow the registration.
        await waitFor(async () => (await b.client.listTriggers({ workflow: 'orders' }))[0]?.state === 'active' && (await a.client.listTriggers({ workflow: 'orders' }))[0]?.state === 'active', { timeoutMs: 10_000, what: 'the trigger bound on both' });
        // An event, with the publisher's trace context: one run, the mapped input, the same trace.
        const traceId = randomBytes(16).toString('hex');
        const parentSpan = randomBytes(8).toString('hex');
        const seq1 = await publish('events.orders.created', { id: 'o-1', amount: 150 }, { headers: { tenant: 'acme', traceparent: `00-${traceId}-${parentSpan}-01` } });
        await processed(consumer, seq1);
        const [run] = await runsOf(a.client, 'orders');
        expect(run).toBeDefined();
        const report = await waitFor(async () => {
            const r = (await a.client.getRun(run.runId));
            return r.status === 'completed' && r;
        }, { timeoutMs: 10_000, what: 'the run to complete' });
        expect(report.steps[0]?.output.text).toBe('order o-1 for acme');
        expect(report.traceId).toBe(traceId);
        const spans = await receiver.waitForSpans((all) => all.some((s) => s.traceId === traceId && s.name === 'troupe.run'), { timeoutMs: 10_000 });
        const fire = spans.find((s) => s.traceId === traceId && s.name === 'troupe.trigger.fire');
        expect(fire).toMatchObject({
            parentSpanId: parentSpan,
            kind: 'CONSUMER',
            attributes: expect.objectContaining({
                'messaging.system': 'nats',
                'messaging.destination.name': 'events.orders.created',
                'messaging.operation.type': 'process',
                'messaging.consumer.group.name': consumer,
                'troupe.workflow': 'orders',
                'troupe.outcome': 'started',
                'troupe.run.id': run.runId,
            }),
        });
        expect(spans.find((s) => s.traceId === traceId && s.name === 'troupe.run')?.parentSpanId).toBe(fire?.spanId);
        // The same key again (another message, no Nats-Msg-Id): no second run. Below 100: filtered.
        const seq2 = await publish('events.orders.created', { id: 'o-1', amount: 150 }, { headers: { tenant: 'acme' } });
        const seq3 = await publish('events.orders.created', { id: 'o-2', amount: 5 });
        // Garbage: not JSON, JSON without the key, a type error in when.
        await publish('events.orders.created', null, { raw: '{"id": "o-3", amount' });
        await publish('events.orders.created', { amount: 500 });
        const seq4 = await publish('events.orders.created', { id: 'o-4', amount: 'lots' });
        await processed(consumer, Math.max(seq2, seq3, seq4));
        expect((await runsOf(a.client, 'orders')).map((r) => r.runId)).toEqual([run.runId]);
        const sum = async (outcome) => (await counted(a, 'orders', outcome)) + (await counted(b, 'orders', outcome));
        expect(await sum('started')).toBe(1);
        // At least once: an event not acknowledged within the ack wait (a slow, loaded machine) comes
        // again and counts as a duplicate too; runs and `started` are what must be exact.
        expect(await sum('duplicate')).toBeGreaterThanOrEqual(1);
        expect(await sum('filtered')).toBe(1);
        expect(await sum('rejected')).toBe(3);
        expect(`${a.proc.output()}${b.proc.output()}`).toMatch(/"reason":"the payload is not JSON[^"]*"[^\n]*"msg":"trigger event rejected; it will not be redelivered"/);
        // Terminated, not redelivered; both orchestrators still serve.
        const [listed] = await b.client.listTriggers({ workflow: 'orders' });
        expect(listed).toMatchObject({ name: 'events.orders.created', subject: 'events.orders.created', stream: 'TROUPE_EVENTS', state: 'active', pending: 0, ackPending: 0 });
        // The same over HTTP, as the OpenAPI document describes it.
        const doc = (await (await fetch(`http://${a.http}/api/openapi.json`)).json());
        const res = await fetch(`http://${a.http}/api/triggers?workflow=orders`);
        const body = await res.text();
        expect(checkResponse(doc, 'GET', '/api/triggers', res.status, res.headers.get('content-type'), body)).toEqual([]);
        expect(JSON.parse(body).triggers).toEqual([expect.objectContaining({ workflow: 'orders', consumer, state: 'active' })]);
        // Each of 150 events published twice, to two orchestrators at once: exactly one run per event.
        const ids = Array.from({ length: 150 }, (_, i) => `bulk-${i}`);
        let last = 0;
        for (const id of [...ids, ...ids])
            last = await publish('events.orders.created', { id, amount: 1000 }, { headers: { tenant: 't' } });
        await processed(consumer, last);
        expect((await runsOf(a.client, 'orders')).length).toBe(1 + ids.length);
        expect(await sum('started')).toBe(1 + ids.length);
        expect(await sum('duplicate')).toBeGreaterThanOrEqual(1 + ids.length);
        // Both orchestrators took a share of the events.
        expect((await counted(a, 'orders', 'started')) + (await counted(a, 'orders', 'duplicate'))).toBeGreaterThan(0);
        expect((await counted(b, 'orders', 'started')) + (await counted(b, 'orders', 'duplicate'))).toBeGreaterThan(0);
        // A new version registered on B, same trigger: its consumer and position are kept, and every
        // orchestrator maps and runs the new version (A compiled the old one).
        await b.client.registerWorkflow(ORDERS.replace('text: "order', 'text: "v2 order'));
        expect(await consumerOf(a.client, 'orders')).toBe(consumer);
        await waitFor(async () => (await a.client.listTriggers({ workflow: 'orders' }))[0]?.workflowVersion === 2, { timeoutMs: 10_000, what: 'A to follow version 2' });
        let v2last = 0;
        for (let i = 0; i < 10; i++)
            v2last = await publish('events.orders.created', { id: `v2-${i}`, amount: 1000 }, { headers: { tenant: 't' } });
        await processed(consumer, v2last);
        const v2runs = (await runsOf(a.client, 'orders')).slice(0, 10);
        const texts = await Promise.all(v2runs.map((r) => waitFor(async () => {
            const rep = (await a.client.getRun(r.runId));
            return rep.status === 'completed' && rep.steps[0]?.output.text;
        }, { timeoutMs: 10_000, what: 'a v2 run to complete' })));
        expect(texts.every((t) => t.startsWith('v2 order v2-'))).toBe(true);
        // A new version without triggers: its consumer is no longer pulled; events wait, no run starts.
        await b.client.registerWorkflow(ORDERS.replace(/triggers:[\s\S]*$/, ''));
        await waitFor(async () => (await a.client.listTriggers({ workflow: 'orders' })).length === 0 && (await b.client.listTriggers({ workflow: 'orders' })).length === 0, { timeoutMs: 10_000, what: 'the trigger unbound' });
        const afterRemoval = await publish('events.orders.created', { id: 'late', amount: 1000 });
        await waitFor(async () => (await jsm.consumers.info('TROUPE_EVENTS', consumer)).num_pending >= 1, { timeoutMs: 5000, what: 'the event stored for the old consumer' });
        const stillPending = await jsm.consumers.info('TROUPE_EVENTS', consumer);
        expect(stillPending.ack_floor.stream_seq).toBeLessThan(afterRemoval);
        expect((await runsOf(a.client, 'orders')).length).toBe(1 + ids.length + 10);
        for (const o of [a, b]) {
            o.proc.kill('SIGTERM');
            await o.proc.exited;
        }
    });
    it('an orchestrator killed after starting a run but before its ack reached JetStream: the event is redelivered to another, and still one run', async () => {
        const workflow = ORDERS.replace('name: orders', 'name: orders-redelivery').replaceAll('events.orders.created', 'events.refunds.created');
        // C: its acks are refused by the server (user noack), so JetStream never learns it handled the event.
        const c = await orchestrator('trg-c', 'noack');
        await c.client.registerWorkflow(workflow);
        const consumer = await consumerOf(c.client, 'orders-redelivery');
        await waitFor(async () => (await c.client.listTriggers({ workflow: 'orders-redelivery' }))[0]?.state === 'active', { timeoutMs: 10_000, what: 'the trigger bound on C' });
        const seq = await publish('events.refunds.created', { id: 'r-1', amount: 300 }, { headers: { tenant: 'acme' } });
        const started = await waitFor(async () => (await runsOf(c.client, 'orders-redelivery'))[0], { timeoutMs: 10_000, what: 'C to start the run' });
        await c.proc.waitForLine(/"msg":"trigger started a run"/, 10_000);
        expect((await jsm.consumers.info('TROUPE_EVENTS', consumer)).num_ack_pending).toBe(1);
        c.proc.kill('SIGKILL');
        await c.proc.exited;
        // D (allowed to ack) gets the event again after the ack wait: the key finds the run C started.
        const d = await orchestrator('trg-d');
        await processed(consumer, seq);
        await d.proc.waitForLine(/"idempotency_key":"trigger:orders-redelivery:r-1"[^\n]*"msg":"trigger event is a duplicate; its run was started already"/, 10_000);
        expect((await runsOf(d.client, 'orders-redelivery')).map((r) => r.runId)).toEqual([started.runId]);
        expect(await counted(d, 'orders-redelivery', 'duplicate')).toBeGreaterThanOrEqual(1);
        expect(await counted(d, 'orders-redelivery', 'started')).toBe(0);
        // One event, delivered more than once (to C, maybe C again, then D).
        expect((await jsm.consumers.info('TROUPE_EVENTS', consumer)).delivered.consumer_seq).toBeGreaterThan(1);
    });
});
//# sourceMappingURL=triggers.int.test.js.map
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { fromValue, toValue } from '../../src/sdk/grpc/struct.js';
import { defineAgent, Status, TroupeError } from '../../src/sdk/index.js';
import { generateToken, hashToken } from '../../src/sdk/security/tokens.js';
import { getTracer, startTelemetry } from '../../src/sdk/telemetry/index.js';
import { startCluster } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const PATH = '/troupe.v1.OrchestratorService/SubmitTasks';
const methods = loadProtos().orchestrator.troupe.v1.OrchestratorService.service;
/**
 * An agent whose `hold.wait` tasks wait until the test releases their key (or their signal
 * aborts), so a test decides when and in which order tasks finish, and sees how many the agent
 * runs at once and which it saw aborted.
 */
function holdingAgent(name, maxConcurrency = 64) {
    const waiting = new Map();
    const started = [];
    const aborted = [];
    let running = 0;
    let maxRunning = 0;
    const definition = defineAgent({
        name,
        version: '1.0.0',
        maxConcurrency,
        capabilities: [{ name: `${name}.wait` }],
        handlers: {
            [`${name}.wait`]: async (input, ctx) => {
                const key = String(input.key);
                running++;
                maxRunning = Math.max(maxRunning, running);
                started.push(key);
                try {
                    await new Promise((resolve) => {
                        waiting.set(key, resolve);
                        ctx.signal.addEventListener('abort', () => {
                            aborted.push(key);
                            resolve();
                        }, { once: true });
                    });
                    return { key };
                }
                finally {
                    running--;
                    waiting.delete(key);
                }
            },
        },
    });
    return {
        definition,
        started,
        aborted,
        get running() {
            return running;
        },
        get maxRunning() {
            return maxRunning;
        },
        /** Waits until the agent holds task `key`, then lets it finish. */
        async release(key) {
            const resolve = await waitFor(() => waiting.get(key), { timeoutMs: 5000, what: `task ${key} to reach the agent` });
            resolve();
        },
        waitStarted: (key) => waitFor(() => started.includes(key), { timeoutMs: 5000, what: `task ${key} to start` }),
    };
}
/** A SubmitTasks call that sends raw bytes (or messages) and collects decoded responses. */
function rawStream(address) {
    const client = new grpc.Client(address, grpc.credentials.createInsecure());
    const call = client.makeBidiStreamRequest(PATH, (b) => b, (b) => methods.SubmitTasks.responseDeserialize(b), new grpc.Metadata(), {});
    const responses = [];
    call.on('data', (r) => responses.push(r));
    call.on('error', () => undefined);
    const status = new Promise((resolve) => call.on('status', resolve));
    const headers = new Promise((resolve) => call.on('metadata', resolve));
    return {
        responses,
        status,
        headers,
        send: (message) => call.write(Buffer.from(methods.SubmitTasks.requestSerialize(message))),
        sendBytes: (bytes) => call.write(bytes),
        end: () => call.end(),
        responseFor: (id, index = 0) => waitFor(() => responses.filter((r) => r.id === id)[index], { timeoutMs: 5000, what: `a response for ${id}` }),
        close: () => client.close(),
    };
}
async function errorOf(p) {
    const err = await p.then(() => undefined, (e) => e);
    if (!TroupeError.is(err))
        throw new Error(`expected a TroupeError, got ${String(err)}`);
    return err;
}
describe('SubmitTasks: many tasks over one stream (real orchestrator, agents and nats-server)', () => {
    let cluster;
    let telemetry;
    const exporter = new InMemorySpanExporter();
    const hold = holdingAgent('hold');
    const streams = [];
    beforeAll(async () => {
        telemetry = await startTelemetry({ serviceName: 'submit-tasks-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        cluster = await startCluster();
        for (const agent of [await cluster.startAgent(echo), await cluster.startAgent(hold.definition)])
            await cluster.waitActive(agent.instanceId);
    });
    afterAll(async () => {
        for (const s of streams)
            s.cancel();
        await cluster?.close();
        await telemetry?.shutdown();
    });
    const open = () => {
        const s = cluster.client.submitTasks();
        streams.push(s);
        return s;
    };
    it('runs many tasks over one stream, each answering its own input, and closes OK', async () => {
        const stream = open();
        const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => stream.submit({ capability: 'echo.say', input: { i } })));
        expect(results.map((r) => r.output.i)).toEqual([...Array(2000).keys()]);
        expect(new Set(results.map((r) => r.taskId)).size).toBe(2000);
        expect(results.every((r) => r.agentInstanceId === cluster.agents[0]?.instanceId)).toBe(true);
        await stream.close();
        // The typed client's iterable form: outcomes in completion order, each with its input's index.
        const outcomes = [];
        for await (const outcome of cluster.client.submitMany((function* () {
            for (let i = 0; i < 300; i++)
                yield { capability: 'echo.say', input: i };
        })(), { concurrency: 32 }))
            outcomes.push(outcome);
        expect(outcomes.map((o) => (o.ok ? o.result.output : o.error.message)).sort((a, b) => Number(a) - Number(b))).toEqual([...Array(300).keys()]);
        expect(outcomes.every((o) => o.ok && o.result.output === o.index)).toBe(true);
    });
    it('runs a task with the longest timeout (a Node timer over ~24.8 days would fire at once)', async () => {
        const stream = open();
        expect((await stream.submit({ capability: 'echo.say', input: 'patient', timeoutMs: 0xffff_ffff })).output).toBe('patient');
        await stream.close();
        expect((await cluster.client.submitTask({ capability: 'echo.say', input: 'patient', timeoutMs: 0xffff_ffff })).output).toBe('patient');
    });
    it('answers each task as it finishes, not in the order they were sent', async () => {
        const stream = open();
        const order = [];
        const settle = (key) => (r) => order.push(`${key}:${r.output.key}`);
        const a = stream.submit({ capability: 'hold.wait', input: { key: 'order-a' } }).then(settle('a'));
        const b = stream.submit({ capability: 'hold.wait', input: { key: 'order-b' } }).then(settle('b'));
        await hold.waitStarted('order-a');
        await hold.release('order-b');
        await b;
        expect(order).toEqual(['b:order-b']);
        await hold.release('order-a');
        await a;
        expect(order).toEqual(['b:order-b', 'a:order-a']);
        await stream.close();
    });
    it('fails only the task whose deadline passed, with DEADLINE_EXCEEDED, and aborts its agent call', async () => {
        const stream = open();
        const late = errorOf(stream.submit({ capability: 'hold.wait', input: { key: 'late' }, timeoutMs: 300 }));
        const fine = stream.submit({ capability: 'hold.wait', input: { key: 'in-time' } });
        const err = await late;
        expect(err.code).toBe(Status.DEADLINE_EXCEEDED);
        expect(err.message).toMatch(/deadline|did not answer within/);
        await waitFor(() => hold.aborted.includes('late'), { timeoutMs: 5000, what: 'the agent to see the late task aborted' });
        await hold.release('in-time');
        expect((await fine).output).toEqual({ key: 'in-time' });
        // A client-side deadline becomes the task's timeout too.
        const byDate = errorOf(stream.submit({ capability: 'hold.wait', input: { key: 'late-2' } }, { deadline: new Date(Date.now() + 300) }));
        expect((await byDate).code).toBe(Status.DEADLINE_EXCEEDED);
        await stream.close();
    });
    it('cancels one task at the client\'s request: CANCELLED, its agent call aborted, the others unaffected', async () => {
        const stream = open();
        const controller = new AbortController();
        const cancelled = errorOf(stream.submit({ capability: 'hold.wait', input: { key: 'cancel-me' } }, { signal: controller.signal }));
        const other = stream.submit({ capability: 'hold.wait', input: { key: 'keep-me' } });
        await hold.waitStarted('cancel-me');
        controller.abort();
        expect((await cancelled).code).toBe(Status.CANCELLED);
        await waitFor(() => hold.aborted.includes('cancel-me'), { timeoutMs: 5000, what: 'the agent to see the cancelled task aborted' });
        await hold.release('keep-me');
        expect((await other).output).toEqual({ key: 'keep-me' });
        await stream.close();
    });
    it('answers CANCELLED from the server for a cancel message, and ignores a cancel of an unknown id', async () => {
        const raw = rawStream(cluster.orchestrator.grpcAddress);
        try {
            raw.send({ submit: { id: 'c1', task: { capability: 'hold.wait', input: toValue({ key: 'raw-cancel' }) } } });
            await hold.waitStarted('raw-cancel');
            raw.send({ cancel: { id: 'nobody' } });
            raw.send({ cancel: { id: 'c1' } });
            expect(await raw.responseFor('c1')).toMatchObject({ id: 'c1', outcome: 'error', error: { code: Status.CANCELLED, reason: '' } });
            await waitFor(() => hold.aborted.includes('raw-cancel'), { timeoutMs: 5000, what: 'the agent to see the task aborted' });
            raw.end();
            expect((await raw.status).code).toBe(Status.OK);
            expect(raw.responses).toHaveLength(1);
        }
        finally {
            raw.close();
        }
    });
    it('refuses a submit reusing an id in flight (INVALID_ARGUMENT, DUPLICATE_ID) and lets the first run on', async () => {
        const raw = rawStream(cluster.orchestrator.grpcAddress);
        try {
            raw.send({ submit: { id: 'same', task: { capability: 'hold.wait', input: toValue({ key: 'dup-first' }) } } });
            await hold.waitStarted('dup-first');
            raw.send({ submit: { id: 'same', task: { capability: 'echo.say', input: toValue('second') } } });
            expect(await raw.responseFor('same')).toMatchObject({ error: { code: Status.INVALID_ARGUMENT, reason: 'DUPLICATE_ID', message: expect.stringContaining('"same"') } });
            await hold.release('dup-first');
            const first = await raw.responseFor('same', 1);
            expect(first.outcome).toBe('result');
            expect(first.result?.taskId).toMatch(/^[0-9a-f-]{36}$/);
            // Answered: the id may be used again.
            raw.send({ submit: { id: 'same', task: { capability: 'echo.say', input: toValue('third') } } });
            expect((await raw.responseFor('same', 2)).outcome).toBe('result');
            raw.end();
            expect((await raw.status).code).toBe(Status.OK);
        }
        finally {
            raw.close();
        }
    });
    it('answers bad messages under their id (or none) and keeps the stream going', async () => {
        const raw = rawStream(cluster.orchestrator.grpcAddress);
        try {
            expect((await raw.headers).get('troupe-bulk-max-in-flight')).toEqual(['1024']);
            raw.sendBytes(Buffer.from([0xff, 0xfe, 0xfd]));
            raw.send({});
            raw.send({ submit: { task: { capability: 'echo.say' } } });
            raw.send({ submit: { id: 'bad-cap', task: { capability: 'Not A Name!' } } });
            raw.send({ submit: { id: 'no-task' } });
            raw.send({ submit: { id: 'unknown', task: { capability: 'no.such.thing' } } });
            raw.send({ submit: { id: 'streaming', task: { capability: 'echo.stream' } } });
            raw.send({ submit: { id: 'priority', task: { capability: 'echo.say', options: { priority: 9 } } } });
            raw.send({ submit: { id: 'good', task: { capability: 'echo.say', input: toValue({ still: 'here' }) } } });
            raw.end();
            expect((await raw.status).code).toBe(Status.OK);
            const byId = (id) => raw.responses.filter((r) => r.id === id);
            expect(byId('')).toHaveLength(3);
            for (const r of byId(''))
                expect(r.error).toMatchObject({ code: Status.INVALID_ARGUMENT, reason: 'MALFORMED' });
            expect(byId('bad-cap')[0]?.error).toMatchObject({ code: Status.INVALID_ARGUMENT, reason: '', message: expect.stringContaining('not a valid name') });
            expect(byId('no-task')[0]?.error).toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringContaining('capability is required') });
            expect(byId('unknown')[0]?.error).toMatchObject({ code: Status.NOT_FOUND });
            expect(byId('streaming')[0]?.error).toMatchObject({ code: Status.FAILED_PRECONDITION, message: expect.stringContaining('StreamTask') });
            expect(byId('priority')[0]?.error).toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringContaining('priority') });
            expect(fromValue(byId('good')[0]?.result?.result?.output)).toEqual({ still: 'here' });
            expect(raw.responses).toHaveLength(9);
        }
        finally {
            raw.close();
        }
    });
    it('cancels every task when the client cancels the stream', async () => {
        const stream = open();
        const tasks = ['all-1', 'all-2', 'all-3'].map((key) => errorOf(stream.submit({ capability: 'hold.wait', input: { key } })));
        for (const key of ['all-1', 'all-2', 'all-3'])
            await hold.waitStarted(key);
        stream.cancel();
        for (const err of await Promise.all(tasks))
            expect(err.code).toBe(Status.CANCELLED);
        await waitFor(() => ['all-1', 'all-2', 'all-3'].every((k) => hold.aborted.includes(k)), { timeoutMs: 5000, what: 'the agent to see all three aborted' });
        await expect(stream.submit({ capability: 'echo.say' })).rejects.toMatchObject({ code: Status.CANCELLED });
    });
    it('waits for capacity when every instance is full instead of failing tasks RESOURCE_EXHAUSTED', async () => {
        const narrow = holdingAgent('narrow', 2);
        const agent = await cluster.startAgent(narrow.definition);
        await cluster.waitActive(agent.instanceId);
        const stream = open();
        const keys = Array.from({ length: 8 }, (_, i) => `narrow-${i}`);
        const results = keys.map((key) => stream.submit({ capability: 'narrow.wait', input: { key } }));
        for (let i = 0; i < keys.length; i++)
            await narrow.release(await waitFor(() => narrow.started[i], { timeoutMs: 5000, what: `task ${i} at the agent` }));
        expect((await Promise.all(results)).map((r) => r.output.key).sort()).toEqual(keys.sort());
        expect(narrow.maxRunning).toBe(2);
        // Meanwhile SubmitTask keeps answering at once when every instance is full.
        const held = ['busy-a', 'busy-b'].map((key) => stream.submit({ capability: 'narrow.wait', input: { key } }));
        await narrow.waitStarted('busy-a');
        await narrow.waitStarted('busy-b');
        expect((await errorOf(cluster.client.submitTask({ capability: 'narrow.wait', input: { key: 'unary' } }))).code).toBe(Status.RESOURCE_EXHAUSTED);
        await narrow.release('busy-a');
        await narrow.release('busy-b');
        await Promise.all(held);
        await stream.close();
    });
    it('leaves the last slot of a bigger agent to other callers: a SubmitTask meanwhile runs at once', async () => {
        const roomy = holdingAgent('roomy', 4);
        const agent = await cluster.startAgent(roomy.definition);
        await cluster.waitActive(agent.instanceId);
        const stream = open();
        const keys = Array.from({ length: 10 }, (_, i) => `roomy-${i}`);
        const results = keys.map((key) => stream.submit({ capability: 'roomy.wait', input: { key } }));
        await waitFor(() => roomy.running === 3, { timeoutMs: 5000, what: 'three bulk tasks at the agent' });
        const unary = cluster.client.submitTask({ capability: 'roomy.wait', input: { key: 'interactive' } });
        await roomy.release('interactive');
        expect((await unary).output).toEqual({ key: 'interactive' });
        for (let i = 0; i < keys.length; i++)
            await roomy.release(await waitFor(() => roomy.started.filter((k) => k !== 'interactive')[i], { timeoutMs: 5000, what: `task ${i} at the agent` }));
        expect((await Promise.all(results)).map((r) => r.output.key).sort()).toEqual([...keys].sort());
        expect(roomy.maxRunning).toBe(4); // three of the stream's and the interactive one
        await stream.close();
    });
    it('gives each task a SERVER span under the trace context it was submitted in, with rpc and troupe attributes', async () => {
        const stream = open();
        const parent = getTracer().startSpan('client batch');
        const ctx = trace.setSpan(context.active(), parent);
        const result = await context.with(ctx, () => stream.submit({ capability: 'echo.say', input: 'traced' }));
        parent.end();
        await stream.close();
        const spans = await waitFor(() => {
            const all = exporter.getFinishedSpans();
            return all.some((s) => s.name === 'troupe.v1.OrchestratorService/SubmitTasks' && s.attributes['troupe.task.id'] === result.taskId) ? all : undefined;
        }, { timeoutMs: 5000, what: 'the task span' });
        const task = spans.find((s) => s.name === 'troupe.v1.OrchestratorService/SubmitTasks' && s.attributes['troupe.task.id'] === result.taskId);
        expect(task.kind).toBe(SpanKind.SERVER);
        expect(task.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
        expect(task.spanContext().traceId).toBe(parent.spanContext().traceId);
        expect(task.attributes).toMatchObject({ 'rpc.system': 'grpc', 'rpc.service': 'troupe.v1.OrchestratorService', 'rpc.method': 'SubmitTasks', 'rpc.grpc.status_code': 0, 'troupe.capability': 'echo.say', 'troupe.bulk.id': expect.any(String), 'troupe.agent.instance_id': result.agentInstanceId });
        // Linked to the stream's own span, which is a trace of the stream.
        expect(task.links).toHaveLength(1);
        const streamSpan = spans.find((s) => s.spanContext().spanId === task.links[0]?.context.spanId);
        expect(streamSpan?.kind).toBe(SpanKind.SERVER);
        expect(streamSpan?.attributes).toMatchObject({ 'troupe.bulk.tasks': 1, 'troupe.bulk.failed': 0, 'troupe.bulk.max_in_flight': 1024 });
        // The agent call is a child of the task span.
        const call = spans.find((s) => s.name === 'troupe.v1.AgentService/Execute' && s.kind === SpanKind.CLIENT && s.parentSpanContext?.spanId === task.spanContext().spanId);
        expect(call).toBeDefined();
    });
    describe('with TROUPE_BULK_MAX_IN_FLIGHT=4', () => {
        let small;
        const counted = holdingAgent('counted');
        beforeAll(async () => {
            small = await startCluster({ bulkMaxInFlight: 4, durable: false }, cluster.nats);
            const agent = await small.startAgent(counted.definition);
            await small.waitActive(agent.instanceId);
        });
        afterAll(() => small?.close());
        it('never has more than 4 of one stream\'s tasks at the agent, and loses none', async () => {
            const stream = small.client.submitTasks();
            const keys = Array.from({ length: 20 }, (_, i) => `n-${i}`);
            const results = keys.map((key) => stream.submit({ capability: 'counted.wait', input: { key } }));
            await waitFor(() => counted.running === 4, { timeoutMs: 5000, what: 'four tasks at the agent' });
            // Release them one by one in the order the agent got them; each release lets one more in.
            for (let i = 0; i < keys.length; i++) {
                const key = await waitFor(() => counted.started[i], { timeoutMs: 5000, what: `task ${i} at the agent` });
                await counted.release(key);
            }
            const outputs = (await Promise.all(results)).map((r) => r.output.key);
            expect(outputs).toEqual(keys);
            expect(counted.maxRunning).toBe(4);
            expect([...counted.started].sort()).toEqual([...keys].sort());
            await stream.close();
        });
    });
    describe('when the orchestrator stops', () => {
        let stopping;
        const held = holdingAgent('held');
        beforeAll(async () => {
            stopping = await startCluster({ durable: false }, cluster.nats);
            const agent = await stopping.startAgent(held.definition);
            await stopping.waitActive(agent.instanceId);
        });
        afterAll(() => stopping?.close());
        it('answers the tasks it read, then ends the stream UNAVAILABLE; tasks it did not read fail with it', async () => {
            const stream = stopping.client.submitTasks();
            const running = stream.submit({ capability: 'held.wait', input: { key: 'at-stop' } });
            await held.waitStarted('at-stop');
            const stopped = stopping.orchestrator.stop();
            const late = errorOf(stream.submit({ capability: 'held.wait', input: { key: 'after-stop' } }));
            await held.release('at-stop');
            expect((await running).output).toEqual({ key: 'at-stop' });
            const err = await errorOf(stream.close());
            expect(err.code).toBe(Status.UNAVAILABLE);
            expect(err.message).toContain('shutting down');
            expect((await late).code).toBe(Status.UNAVAILABLE);
            expect(held.started).not.toContain('after-stop');
            await stopped;
        });
    });
    describe('with API auth on', () => {
        let secured;
        let dir;
        const allowed = generateToken();
        const reader = generateToken();
        beforeAll(async () => {
            dir = await mkdtemp(join(tmpdir(), 'troupe-bulk-auth-'));
            const line = (name, token, scopes) => JSON.stringify({ name, sha256: hashToken(token), scopes });
            await writeFile(join(dir, 'tokens.jsonl'), `${line('submitter', allowed, 'tasks:submit')}\n${line('reader', reader, 'runs:read agents:read')}\n`);
            secured = await startCluster({ authTokensFile: join(dir, 'tokens.jsonl'), durable: false }, cluster.nats);
            const agent = await secured.startAgent(echo);
            await secured.waitActive(agent.instanceId);
        });
        afterAll(async () => {
            await secured?.close();
            if (dir)
                await rm(dir, { recursive: true, force: true });
        });
        it('needs the scope of SubmitTask, checked once for the stream', async () => {
            const anonymous = secured.client.submitTasks();
            expect((await errorOf(anonymous.submit({ capability: 'echo.say', input: 1 }))).code).toBe(Status.UNAUTHENTICATED);
            const readerClient = createOrchestratorClient(secured.orchestrator.grpcAddress, { token: reader });
            const submitter = createOrchestratorClient(secured.orchestrator.grpcAddress, { token: allowed });
            try {
                const denied = await errorOf(readerClient.submitTasks().submit({ capability: 'echo.say', input: 1 }));
                expect(denied.code).toBe(Status.PERMISSION_DENIED);
                expect(denied.message).toContain('tasks:submit');
                const stream = submitter.submitTasks();
                const outputs = await Promise.all(Array.from({ length: 50 }, (_, i) => stream.submit({ capability: 'echo.say', input: i }).then((r) => r.output)));
                expect(outputs).toEqual([...Array(50).keys()]);
                await stream.close();
                const audit = await submitter.listAuditEvents({ action: 'SubmitTasks' }).catch((e) => e);
                expect(TroupeError.is(audit) && audit.code).toBe(Status.PERMISSION_DENIED); // the submitter may not read the audit log...
                const denials = (await secured.orchestrator.auditLog.list({ action: 'SubmitTasks' })).map((e) => e.outcome);
                expect(denials).toEqual(expect.arrayContaining(['unauthenticated', 'denied'])); // ...but the refusals are in it
            }
            finally {
                readerClient.close();
                submitter.close();
            }
        });
    });
    it('troupe task submit-many runs a JSON Lines file and prints one line per task, then a summary', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'troupe-submit-many-'));
        try {
            const file = join(dir, 'tasks.jsonl');
            const lines = [
                ...Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `t${i}`, capability: 'echo.say', input: { i } })),
                '',
                'not json',
                JSON.stringify({ capability: 'no.such.thing', input: 1 }),
            ];
            await writeFile(file, `${lines.join('\n')}\n`);
            const cli = spawnTroupe(['--orchestrator', cluster.orchestrator.grpcAddress, 'task', 'submit-many', '--file', file, '--concurrency', '8']);
            expect(await cli.exited).toBe(1);
            const out = cli.stdoutText().trim().split('\n').map((l) => JSON.parse(l));
            expect(out).toHaveLength(42);
            const ok = out.filter((o) => o.ok);
            expect(ok.map((o) => o.id).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}`).sort());
            for (const o of ok)
                expect(o.output).toEqual({ i: o.line - 1 });
            expect(out.find((o) => o.line === 42)).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
            expect(out.find((o) => o.line === 43)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
            expect(cli.stderrText()).toMatch(/^42 task\(s\): 40 ok, 2 failed \((INVALID_ARGUMENT 1, NOT_FOUND 1|NOT_FOUND 1, INVALID_ARGUMENT 1)\) in [\d.]+ s/m);
            // All good: exit code 0; --capability makes each line an input.
            await writeFile(file, '1\n"two"\n{"three":3}\n');
            const good = spawnTroupe(['--orchestrator', cluster.orchestrator.grpcAddress, 'task', 'submit-many', '--capability', 'echo.say', '--file', file]);
            expect(await good.exited).toBe(0);
            expect(good.stdoutText().trim().split('\n').map((l) => JSON.parse(l).output)).toEqual(expect.arrayContaining([1, 'two', { three: 3 }]));
            // A misspelt flag gets a did-you-mean.
            const typo = spawnTroupe(['task', 'submit-many', '--concurency', '4', '--file', file]);
            expect(await typo.exited).toBe(2);
            expect(typo.stderrText()).toContain("did you mean '--concurrency'");
        }
        finally {
            await rm(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=submit-tasks.int.test.js.map
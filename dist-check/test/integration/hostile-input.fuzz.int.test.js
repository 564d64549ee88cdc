import { request } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import fc from 'fast-check';
import { connect, headers as natsHeaders } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentSubject } from '../../src/sdk/discovery/subjects.js';
import { connectAgent } from '../../src/sdk/grpc/agent-clients.js';
import { AGENT_SERVICE, loadProtos, ORCHESTRATOR_SERVICE } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { MAX_ERROR_MESSAGE_CHARS, Status, TroupeError } from '../../src/sdk/index.js';
import { discoveryPayload, metadataValue, METADATA_KEYS, nastyString, rawHttpRequest, routeRequest, workflowText } from '../helpers/fuzz-arbitraries.js';
import { rawExchange, startHostileStack } from '../helpers/hostile-stack.js';
/**
 * Property-based fuzzing of every edge of a real orchestrator and a real agent (each
 * its own process). Every property sends hostile input, then requires both processes
 * alive and a normal request (`/healthz` and a SubmitTask to the echo agent) answered
 * correctly within a bound; gRPC errors must be proper statuses with bounded messages.
 *
 * `npm test` runs a short, fixed-seed pass; `npm run fuzz` a longer one: FUZZ_RUNS
 * (runs per property), FUZZ_SEED. fast-check prints the seed and the shrunk
 * counterexample of a failure; rerun it with FUZZ_SEED=<seed>.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
const TIMEOUT = 60_000 + RUNS * 2_000;
/** Status codes that say "your input is wrong" or "not now"; UNKNOWN (a handler that threw something unexpected) is not one. */
const INPUT_CODES = new Set([
    Status.OK,
    Status.INVALID_ARGUMENT,
    Status.NOT_FOUND,
    Status.FAILED_PRECONDITION,
    Status.RESOURCE_EXHAUSTED,
    Status.OUT_OF_RANGE,
    Status.UNIMPLEMENTED,
    Status.UNAVAILABLE,
    Status.DEADLINE_EXCEEDED,
    Status.CANCELLED,
    Status.ALREADY_EXISTS,
    // grpc-js's own answer to bytes that do not decode as the request message.
    Status.INTERNAL,
]);
function expectProperStatus(code, details, what) {
    expect(INPUT_CODES.has(code), `${what}: status ${code} (${details.slice(0, 200)})`).toBe(true);
    expect(details.length, `${what}: message length`).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
}
let stackAddress = () => '';
describe('fuzzing the orchestrator and an agent', () => {
    let stack;
    let raw;
    let rawAgent;
    let nc;
    beforeAll(async () => {
        stack = await startHostileStack({}, { sidecar: true });
        stackAddress = () => stack.grpc;
        raw = new grpc.Client(stack.grpc, grpc.credentials.createInsecure());
        rawAgent = new grpc.Client(stack.agentGrpc, grpc.credentials.createInsecure());
        nc = await connect({ servers: stack.nats.url });
    }, 60_000);
    afterAll(async () => {
        raw?.close();
        rawAgent?.close();
        await nc?.close();
        await stack?.close();
    });
    it('survives malformed HTTP requests written to the socket', { timeout: TIMEOUT }, async () => {
        await fc.assert(fc.asyncProperty(fc.array(rawHttpRequest, { minLength: 1, maxLength: 4 }), async (requests) => {
            await Promise.all(requests.map((bytes) => rawExchange(stack.http, bytes, 100)));
            await stack.assertHealthy();
        }), params());
    });
    it('answers every route with a 2xx-4xx status, whatever the path, query and body', { timeout: TIMEOUT }, async () => {
        await fc.assert(fc.asyncProperty(routeRequest, async (r) => {
            const status = await httpStatus(stack.http, r.method, r.path + r.query, r.body, r.traceparent);
            expect(status, `${r.method} ${r.path}${r.query}`).toBeLessThan(500);
            await stack.assertHealthy();
        }), params(RUNS * 3));
    });
    it('answers random bytes sent to every gRPC method with a proper status', { timeout: TIMEOUT }, async () => {
        const methods = [...grpcMethods(ORCHESTRATOR_SERVICE, raw), ...grpcMethods(AGENT_SERVICE, rawAgent)];
        await fc.assert(fc.asyncProperty(fc.constantFrom(...methods), fc.array(fc.uint8Array({ maxLength: 512 }), { minLength: 1, maxLength: 3 }), async (method, messages) => {
            const { code, details } = await callRaw(method, messages.map((m) => Buffer.from(m)));
            expectProperStatus(code, details, method.path);
            await stack.assertHealthy();
        }), params(RUNS * 4));
    });
    it('answers random Channel messages on the agent with a proper status', { timeout: TIMEOUT }, async () => {
        const start = fc.record({
            callId: fc.oneof(fc.nat(), fc.constant(0)),
            task: fc.option(fc.record({ taskId: fc.string({ maxLength: 40 }), capability: fc.oneof(fc.constantFrom('echo.say', 'echo.stream', ''), nastyString(60)), input: fc.jsonValue({ maxDepth: 5 }) }), { nil: null }),
            traceparent: nastyString(120),
            tracestate: nastyString(120),
            timeoutMs: fc.oneof(fc.constant(0), fc.nat({ max: 2_000 }), fc.constant(4_294_967_295)),
        });
        const message = fc.oneof(start.map((s) => ({ start: { ...s, task: s.task && { ...s.task, input: toValue(s.task.input) } } })), fc.nat().map((callId) => ({ cancel: { callId } })), fc.constant({}));
        await fc.assert(fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }), async (messages) => {
            const clients = connectAgent(stack.agentGrpc);
            try {
                const channel = clients.agent.Channel({ deadline: Date.now() + 3000 });
                const replies = [];
                const ended = new Promise((resolve) => {
                    channel.on('data', (r) => replies.push(r));
                    channel.on('status', resolve);
                    channel.on('error', () => undefined); // the status event carries it
                });
                for (const m of messages)
                    channel.write(m);
                channel.end();
                const status = await ended;
                expectProperStatus(status?.code ?? Status.OK, status?.details ?? '', 'Channel');
            }
            finally {
                clients.close();
            }
            await stack.assertHealthy();
        }), params());
    });
    it('answers hostile SubmitTasks messages one by one and keeps the stream (and its last, good task) going', { timeout: TIMEOUT }, async () => {
        const method = loadProtos().orchestrator.troupe.v1.OrchestratorService.service.SubmitTasks;
        const ids = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), nastyString(40), fc.constant('x'.repeat(300)));
        const task = fc.record({
            capability: fc.oneof(fc.constantFrom('echo.say', 'echo.stream', ''), nastyString(60)),
            input: fc.jsonValue({ maxDepth: 5 }),
            data: fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 64 })),
            contentType: fc.constantFrom('', 'application/octet-stream'),
            options: fc.record({ idempotencyKey: nastyString(40), priority: fc.nat(9), timeoutMs: fc.oneof(fc.constant(0), fc.nat({ max: 2_000 }), fc.constant(4_294_967_295)) }),
            callbackUrl: fc.oneof(fc.constant(''), nastyString(40)),
        });
        // Lists nested past what protobufjs decodes, as bytes (a client can send them; toValue would refuse to build them).
        const deepInput = fc.integer({ min: 40, max: 2_000 }).map((depth) => {
            let value = Buffer.from([0x08, 0x00]); // null_value
            for (let i = 0; i < depth; i++)
                value = lengthField(0x32, lengthField(0x0a, value));
            return value;
        });
        const message = fc.oneof(fc.record({ id: ids, task: fc.option(task, { nil: null }), traceparent: nastyString(120), tracestate: nastyString(120) }).map((submit) => Buffer.from(method.requestSerialize({ submit: { ...submit, task: submit.task && { ...submit.task, data: Buffer.from(submit.task.data), input: toValue(submit.task.input) } } }))), ids.map((id) => Buffer.from(method.requestSerialize({ cancel: { id } }))), fc.constant(Buffer.from(method.requestSerialize({}))), fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)), fc.tuple(ids, deepInput).map(([id, input]) => lengthField(0x0a, Buffer.concat([lengthField(0x0a, Buffer.from(id)), lengthField(0x12, Buffer.concat([lengthField(0x0a, Buffer.from('echo.say')), lengthField(0x12, input)]))]))));
        await fc.assert(fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 12 }), async (messages) => {
            const sentinel = Buffer.from(method.requestSerialize({ submit: { id: 'sentinel-only', task: { capability: 'echo.say', input: toValue({ last: true }) } } }));
            const { status, responses } = await bulkRaw(method, [...messages, sentinel]);
            expect(status.code, status.details).toBe(Status.OK);
            for (const r of responses) {
                if (r.error) {
                    expectProperStatus(r.error.code, r.error.message, `SubmitTasks task ${JSON.stringify(r.id).slice(0, 60)}`);
                    expect([Status.UNKNOWN, Status.INTERNAL]).not.toContain(r.error.code);
                }
            }
            const last = responses.filter((r) => r.id === 'sentinel-only');
            expect(last, 'the good task after the hostile ones').toHaveLength(1);
            expect(last[0]?.result?.result?.output).toBeTruthy();
            await stack.assertHealthy();
        }), params(RUNS * 3));
    });
    it('runs a valid task whatever trace, deadline and idempotency metadata comes with it', { timeout: TIMEOUT }, async () => {
        await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom(...METADATA_KEYS), metadataValue, { maxKeys: 4 }), fc.boolean(), async (values, toAgent) => {
            const metadata = new grpc.Metadata();
            for (const [k, v] of Object.entries(values))
                metadata.set(k, v);
            const input = { n: 1, s: 'x' };
            if (toAgent) {
                const execute = grpcMethods(AGENT_SERVICE, rawAgent).find((m) => m.name === 'Execute');
                const request = execute.encode({ task: { taskId: 't', capability: 'echo.say', input: toValue(input) } });
                const { code, details } = await callRaw(execute, [request], metadata);
                expectProperStatus(code, details, 'Execute');
            }
            else {
                try {
                    const result = await stack.client.submitTask({ capability: 'echo.say', input }, { metadata, deadline: new Date(Date.now() + 3000) });
                    expect(result.output).toEqual(input);
                }
                catch (err) {
                    if (!TroupeError.is(err))
                        throw err;
                    expectProperStatus(err.code, err.message, 'SubmitTask');
                }
            }
            await stack.assertHealthy();
        }), params(RUNS * 3));
    });
    it('refuses hostile workflow texts promptly with a bounded message', { timeout: TIMEOUT }, async () => {
        await fc.assert(fc.asyncProperty(workflowText, async (text) => {
            const started = Date.now();
            try {
                await stack.client.registerWorkflow(text, { deadline: new Date(Date.now() + 10_000) });
            }
            catch (err) {
                if (!TroupeError.is(err))
                    throw err;
                expect([Status.INVALID_ARGUMENT, Status.RESOURCE_EXHAUSTED], err.message.slice(0, 300)).toContain(err.code);
                expect(err.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
            }
            // Linear in the text, capped by workflowMaxBytes: ~1-3 s for 256 KiB of dense tokens on a busy 2-core machine.
            expect(Date.now() - started, 'RegisterWorkflow took').toBeLessThan(5000);
            await stack.assertHealthy();
        }), params(RUNS * 3));
    });
    it('ignores garbage hello, heartbeat, goodbye and control messages on NATS (orchestrator, agent, sidecar)', { timeout: TIMEOUT }, async () => {
        const [, agentInstance] = /agent \S+ \((\S+)\) listening on/.exec(stack.agent.output()) ?? [];
        const controlled = [agentInstance ?? 'none', stack.sidecar?.instanceId ?? 'none'];
        await fc.assert(fc.asyncProperty(fc.array(fc.record({
            kind: fc.constantFrom('hello', 'heartbeat', 'goodbye', 'control'),
            payload: discoveryPayload,
            traceparent: fc.stringMatching(/^[\x20-\x7e]{0,80}$/),
            target: fc.nat(1),
            // The agent name in the subject (the sender check compares it with the body), or the legacy subject without it.
            agent: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
        }), { minLength: 1, maxLength: 5 }), async (messages) => {
            for (const { kind, payload, traceparent, target, agent } of messages) {
                // Heartbeat-shaped bodies go to their own instance's subject, so they pass the subject check
                // and reach the registry; control noise goes to the real agent. Never the real agent's id
                // in a goodbye or beat: that would be a (valid) impersonation, which NATS permissions stop.
                const id = instanceIdOf(payload);
                const subject = kind === 'control' ? agentSubject('control', controlled[target] ?? 'none') : agentSubject(kind, id && !controlled.includes(id) ? id : 'fuzz-instance', agent);
                const h = natsHeaders();
                h.set('traceparent', traceparent);
                nc.publish(subject, payload, { headers: h });
            }
            await nc.flush();
            await stack.assertHealthy();
        }), params(RUNS * 3));
    });
});
/** Every method of `service`, callable with raw bytes through `client`. */
function grpcMethods(service, client) {
    const definition = loadProtos().definition[service];
    return Object.entries(definition).map(([name, m]) => ({ name, path: m.path, client, requestStream: m.requestStream, responseStream: m.responseStream, encode: (o) => m.requestSerialize(o) }));
}
/** Calls `method` with raw request bytes (a short deadline bounds the streams) and resolves with its final status. */
function callRaw(method, messages, metadata = new grpc.Metadata()) {
    const id = (b) => b;
    const options = { deadline: Date.now() + 1000 };
    return new Promise((resolve) => {
        const done = (s) => resolve({ code: s.code, details: s.details });
        if (!method.requestStream && !method.responseStream) {
            const call = method.client.makeUnaryRequest(method.path, id, id, messages[0] ?? Buffer.alloc(0), metadata, options, () => undefined);
            call.on('status', done);
        }
        else if (!method.requestStream) {
            const call = method.client.makeServerStreamRequest(method.path, id, id, messages[0] ?? Buffer.alloc(0), metadata, options);
            call.on('data', () => undefined);
            call.on('error', () => undefined);
            call.on('status', done);
        }
        else {
            const call = method.client.makeBidiStreamRequest(method.path, id, id, metadata, options);
            call.on('data', () => undefined);
            call.on('error', () => undefined);
            call.on('status', done);
            for (const m of messages)
                call.write(m);
            call.end();
        }
    });
}
/** A length-delimited protobuf field: tag byte, varint length, bytes. */
function lengthField(tag, bytes) {
    const length = [];
    let n = bytes.length;
    for (; n >= 0x80; n = Math.floor(n / 128))
        length.push((n & 0x7f) | 0x80);
    length.push(n);
    return Buffer.concat([Buffer.from([tag, ...length]), bytes]);
}
/** Sends raw SubmitTasks messages on one stream, ends it, and resolves with its status and every (decoded) response. */
function bulkRaw(method, messages) {
    const client = new grpc.Client(stackAddress(), grpc.credentials.createInsecure());
    const call = client.makeBidiStreamRequest(method.path, (b) => b, method.responseDeserialize, new grpc.Metadata(), { deadline: Date.now() + 10_000 });
    const responses = [];
    return new Promise((resolve) => {
        call.on('data', (r) => responses.push(r));
        call.on('error', () => undefined); // the status event carries it
        call.on('status', (status) => {
            client.close();
            resolve({ status, responses });
        });
        for (const m of messages)
            call.write(m);
        call.end();
    });
}
/** The instanceId of a JSON body, when it is one a subject can carry. */
function instanceIdOf(payload) {
    try {
        const id = JSON.parse(Buffer.from(payload).toString('utf8'))?.instanceId;
        return typeof id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : undefined;
    }
    catch {
        return undefined;
    }
}
/** The status code of one HTTP request (the response body is drained). */
function httpStatus(address, method, path, body, traceparent) {
    const i = address.lastIndexOf(':');
    return new Promise((resolve, reject) => {
        const req = request({ host: address.slice(0, i), port: Number(address.slice(i + 1)), method, path, timeout: 3000, headers: { 'content-type': 'application/json', ...(traceparent === undefined ? {} : { traceparent }) } }, (res) => {
            // An event or audio stream of a real run would stay open: the status is all we need.
            resolve(res.statusCode ?? 0);
            res.destroy();
        });
        req.on('timeout', () => req.destroy(new Error(`${method} ${path} took over 3 s`)));
        req.on('error', reject);
        req.end(method === 'GET' || method === 'HEAD' ? undefined : body);
    });
}
//# sourceMappingURL=hostile-input.fuzz.int.test.js.map
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent } from '../../src/sdk/grpc/agent-clients.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { MAX_ERROR_MESSAGE_CHARS, Status } from '../../src/sdk/index.js';
import { errorOf } from '../helpers/errors.js';
import { httpGet, rawExchange, startHostileStack } from '../helpers/hostile-stack.js';
/**
 * Regression tests for inputs that used to stop a process: each sends one hostile
 * request to a real orchestrator or agent process, then checks the process is alive
 * and still serves a normal request promptly.
 */
describe('hostile input against real processes', () => {
    let stack;
    beforeAll(async () => {
        stack = await startHostileStack();
    });
    afterAll(() => stack?.close());
    it('answers 400 to request targets new URL() cannot parse, and keeps serving', async () => {
        // `//` made `new URL(target, base)` throw a TypeError outside any try: an unhandled rejection.
        for (const target of ['//', '//x:y@', 'http://[', '*', '/%E0%A4%A']) {
            const answer = await rawExchange(stack.http, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
            expect(answer, target).toMatch(/^HTTP\/1\.1 (200|400|404) /);
        }
        await stack.assertHealthy();
    });
    it('refuses a POST /api/runs body nested past the limit with 400, and keeps serving', async () => {
        const body = '['.repeat(100_000) + ']'.repeat(100_000);
        const answer = await rawExchange(stack.http, `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
        expect(answer).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer).toContain('nests deeper than');
        await stack.assertHealthy();
    });
    it('runs a Channel task whose traceparent is not a legal metadata value, in a new trace', async () => {
        // Metadata.set threw on the newline inside a 'data' handler: an uncaught exception.
        const clients = connectAgent(stack.agentGrpc);
        try {
            const channel = clients.agent.Channel();
            const replies = [];
            const done = new Promise((resolve, reject) => {
                channel.on('data', (r) => {
                    replies.push(r);
                    if (replies.length === 3)
                        resolve();
                });
                channel.on('error', reject);
            });
            const task = (n) => ({ taskId: `t${n}`, capability: 'echo.say', input: toValue({ n }) });
            channel.write({ start: { callId: 1, task: task(1), traceparent: '00-\n-évil', tracestate: 'a=b' } });
            channel.write({ start: { callId: 2, task: task(2), traceparent: 'x'.repeat(100_000), tracestate: '\u0000' } });
            channel.write({ start: { callId: 3, task: task(3), traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'ü=\r\n' } });
            await done;
            channel.end();
            expect(replies.map((r) => [r.callId, r.outcome])).toEqual([
                ['1', 'result'],
                ['2', 'result'],
                ['3', 'result'],
            ]);
        }
        finally {
            clients.close();
        }
        await stack.assertHealthy();
    });
    it('refuses deep, huge and stream-mismatched workflow definitions promptly, naming the limit or the step', async () => {
        const cases = [
            ['deep JSON', `{"name":"x","steps":[{"id":"a","capability":"echo.say","input":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`, Status.INVALID_ARGUMENT, /workflowMaxDepth/],
            ['unclosed YAML', `name: x\nsteps: ${'{a: '.repeat(60_000)}`, Status.INVALID_ARGUMENT, /workflowMaxDepth/],
            ['huge', `name: x\ndescription: "${'x'.repeat(1024 * 1024)}"\nsteps: [{ id: a, capability: echo.say }]`, Status.RESOURCE_EXHAUSTED, /workflowMaxBytes/],
            ['stream mismatch', 'name: mismatch\nsteps:\n  - { id: chunks, capability: echo.stream }', Status.INVALID_ARGUMENT, /step "chunks" calls "echo.stream", which streams its output; set stream: true/],
        ];
        for (const [what, text, code, message] of cases) {
            const started = Date.now();
            const err = await errorOf(stack.client.registerWorkflow(text));
            expect(err.code, what).toBe(code);
            expect(err.message, what).toMatch(message);
            expect(err.message.length, what).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
            expect(Date.now() - started, what).toBeLessThan(3000);
        }
        await stack.client.registerWorkflow('name: matched\nsteps:\n  - { id: chunks, capability: echo.stream, stream: true }');
        await stack.assertHealthy();
    });
    it('bounds an error message that echoes a huge input', async () => {
        const api = orchestratorApi(stack.grpc);
        try {
            for (const [method, request] of [
                ['GetRun', { runId: 'r'.repeat(1_000_000) }],
                ['SubmitTask', { capability: 'C'.repeat(1_000_000) }],
            ]) {
                const err = await new Promise((resolve) => api[method](request, (e) => resolve(e)));
                expect(err.code, method).toBe(Status.INVALID_ARGUMENT);
                expect(err.details.length, method).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
            }
        }
        finally {
            api.close();
        }
        expect((await httpGet(stack.http, `/api/runs/${'r'.repeat(8000)}`)).body.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS + 100);
        await stack.assertHealthy();
    });
});
function orchestratorApi(address) {
    const Service = loadProtos().orchestrator.troupe.v1.OrchestratorService;
    return new Service(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': 16 * 1024 * 1024 });
}
//# sourceMappingURL=hostile-input.int.test.js.map
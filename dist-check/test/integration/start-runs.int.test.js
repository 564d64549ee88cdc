import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { main } from '../../src/cli/main.js';
import { Status } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
// Bulk start (StartRuns, POST /api/runs:bulk, troupe run start-many) on a real orchestrator,
// agent and NATS: one result per item in order, a bad item refused in its slot only, the
// cap refused as a whole, and overload answered RESOURCE_EXHAUSTED per item.
const ECHO = `
name: sr-echo
input: { required: [text] }
steps:
  - { id: say, capability: sr.echo, input: "\${input.text}" }
output: "\${steps.say.output}"
`;
const HOLD = `
name: sr-hold
steps:
  - id: hold
    wait_for_signal: {}
`;
const capture = () => {
    let text = '';
    return { write: (chunk) => ((text += chunk), true), get text() { return text; } };
};
describe('bulk start', () => {
    const exporter = new InMemorySpanExporter();
    let telemetry;
    let nats;
    let cluster;
    let small;
    let c;
    let dir;
    const status = async (client, runId) => (await client.getRun(runId));
    const runOf = (r) => {
        if (!r || !('run' in r))
            throw new Error(`expected a run, got ${JSON.stringify(r)}`);
        return r.run;
    };
    beforeAll(async () => {
        telemetry = await startTelemetry({ serviceName: 'start-runs-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
        nats = await startNatsServer();
        cluster = await startCluster({ instanceId: 'sr-a' }, nats);
        small = await startCluster({ instanceId: 'sr-small', maxActiveRuns: 3, durable: false }, nats);
        c = cluster.client;
        await cluster.startAgent(defineAgent({ name: 'sr', version: '1.0.0', maxConcurrency: 64, capabilities: [{ name: 'sr.echo' }], handlers: { 'sr.echo': (input) => input } }));
        await waitFor(() => cluster.orchestrator.registry.list({ capability: 'sr.echo' }).some((e) => e.routable), { timeoutMs: 3000, what: 'the agent' });
        await c.registerWorkflow(ECHO);
        await small.client.registerWorkflow(HOLD);
        dir = await mkdtemp(join(tmpdir(), 'troupe-start-many-'));
    }, 30_000);
    afterAll(async () => {
        await small?.close();
        await cluster?.close();
        await nats?.stop();
        if (dir)
            await rm(dir, { recursive: true, force: true });
        await telemetry?.shutdown();
    });
    it('StartRuns answers one result per item, in order; bad items are refused in their slot only', async () => {
        const results = await c.startRuns([
            { workflow: 'sr-echo', input: { text: 'a' }, idempotencyKey: 'sr-bulk-1' },
            { workflow: 'sr-nope', input: { text: 'b' } },
            { workflow: 'sr-echo', input: {} },
            { workflow: '' },
            { workflow: 'sr-echo', input: { text: 'c' }, priority: 9 },
            { workflow: 'sr-echo', input: { text: 'again' }, idempotencyKey: 'sr-bulk-1' },
            { workflow: 'sr-echo', input: { text: 'd' }, priority: 1 },
        ]);
        expect(results).toHaveLength(7);
        const first = runOf(results[0]);
        expect(first.existing).toBe(false);
        expect(results[1]).toEqual({ error: { code: Status.NOT_FOUND, message: expect.stringMatching(/no workflow "sr-nope" is registered/) } });
        expect(results[2]).toMatchObject({ error: { code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/^workflow sr-echo needs input field\(s\): input\.text/) } });
        expect(results[3]).toMatchObject({ error: { code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/workflow is required/) } });
        expect(results[4]).toMatchObject({ error: { code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/priority must be 1/) } });
        // The same idempotency key twice in one call: the later item names the first run.
        expect(runOf(results[5])).toEqual({ runId: first.runId, existing: true, traceId: first.traceId });
        const last = runOf(results[6]);
        await waitFor(async () => (await status(c, last.runId)).status === 'completed' && (await status(c, first.runId)).status === 'completed', { timeoutMs: 5000, intervalMs: 25, what: 'the runs to complete' });
        expect((await status(c, first.runId)).output).toBe('a');
        expect((await status(c, last.runId)).output).toBe('d');
        // Each run has a trace of its own, whose first span links to the StartRuns call.
        expect(first.traceId).toMatch(/^(?!0+$)[0-9a-f]{32}$/);
        expect(first.traceId).not.toBe(last.traceId);
        expect((await status(c, last.runId)).traceId).toBe(last.traceId);
        const call = exporter.getFinishedSpans().find((s) => s.name === 'troupe.v1.OrchestratorService/StartRuns');
        const item = exporter.getFinishedSpans().find((s) => s.name === 'troupe.run.start' && s.spanContext().traceId === last.traceId);
        expect(call).toBeDefined();
        expect(item).toBeDefined();
        expect(item?.links[0]?.context.spanId).toBe(call?.spanContext().spanId);
        expect(item?.attributes['troupe.run.id']).toBe(last.runId);
        // Each item is audited.
        const audit = await c.listAuditEvents({ action: 'StartRuns' });
        expect(audit.find((e) => e.target === `sr-echo/${last.runId}`)).toMatchObject({ outcome: 'ok' });
        expect(audit.find((e) => e.target === 'sr-nope')).toMatchObject({ outcome: 'error' });
    }, 20_000);
    it('refuses an empty call and one over 1000 items as a whole (INVALID_ARGUMENT)', async () => {
        expect((await errorOf(c.startRuns([]))).code).toBe(Status.INVALID_ARGUMENT);
        const over = await errorOf(c.startRuns(Array.from({ length: 1001 }, (_, i) => ({ workflow: 'sr-echo', input: { text: `${i}` } }))));
        expect(over.code).toBe(Status.INVALID_ARGUMENT);
        expect(over.message).toMatch(/1001 requests in one call; the limit is 1000/);
        expect((await c.listRuns({ workflow: 'sr-echo', limit: 2000 })).length).toBeLessThan(100); // nothing of it started
    }, 20_000);
    it('overload: items past the limit of active runs get RESOURCE_EXHAUSTED in their slot', async () => {
        const results = await small.client.startRuns(Array.from({ length: 5 }, () => ({ workflow: 'sr-hold' })));
        expect(results.filter((r) => 'run' in r)).toHaveLength(3);
        const refused = results.filter((r) => 'error' in r);
        expect(refused).toHaveLength(2);
        for (const r of refused)
            expect(r.error.code).toBe(Status.RESOURCE_EXHAUSTED);
        for (const r of results)
            if ('run' in r)
                await small.client.cancelRun(r.run.runId);
    }, 20_000);
    it('POST /api/runs:bulk starts runs over HTTP with the same per-item results', async () => {
        const http = `http://${cluster.orchestrator.httpAddress}`;
        const post = (body) => fetch(`${http}/api/runs:bulk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const ok = await post(JSON.stringify({ runs: [{ workflow: 'sr-echo', input: { text: 'h' } }, { workflow: 'sr-echo', input: { text: 1 }, bogus: true }, { workflow: 'sr-nope' }, 'garbage'] }));
        expect(ok.status).toBe(200);
        const { results } = (await ok.json());
        expect(results).toHaveLength(4);
        expect(results[0]?.runId).toEqual(expect.any(String));
        expect(results[1]).toMatchObject({ error: 'INVALID_ARGUMENT', code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/unknown field\(s\) "bogus"/) });
        expect(results[2]).toMatchObject({ error: 'NOT_FOUND', code: Status.NOT_FOUND });
        expect(results[3]).toMatchObject({ error: 'INVALID_ARGUMENT' });
        await waitFor(async () => (await status(c, results[0].runId)).status === 'completed', { timeoutMs: 5000, intervalMs: 25, what: 'the HTTP run to complete' });
        expect((await post('{not json')).status).toBe(400);
        expect((await post('{"runs": {}}')).status).toBe(400);
        expect((await post('{"runs": []}')).status).toBe(400);
        expect((await post('{"runs": [], "more": 1}')).status).toBe(400);
        expect((await post(JSON.stringify({ runs: Array.from({ length: 1001 }, () => ({ workflow: 'sr-echo' })) }))).status).toBe(400);
        expect((await fetch(`${http}/api/runs:bulk`)).status).toBe(405);
    }, 20_000);
    it('troupe run start-many starts the runs of a JSON Lines file and reports each line', async () => {
        const file = join(dir, 'runs.jsonl');
        await writeFile(file, ['{"workflow":"sr-echo","input":{"text":"l1"}}', '', '{nope', '{"workflow":"sr-nope"}', '{"workflow":"sr-echo","input":{"text":"l5"},"idempotencyKey":"sr-cli-5"}'].join('\n'));
        const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const out = capture();
        const err = capture();
        expect(await main(['run', 'start-many', '--file', file], { env, stdout: out, stderr: err })).toBe(1);
        const lines = out.text.trim().split('\n').map((l) => JSON.parse(l));
        expect(lines.map((l) => [l.line, l.ok, l.code])).toEqual([[1, true, undefined], [3, false, 'INVALID_ARGUMENT'], [4, false, 'NOT_FOUND'], [5, true, undefined]]);
        expect(err.text).toMatch(/^4 run\(s\): 2 started, 0 existing, 2 refused \(INVALID_ARGUMENT 1, NOT_FOUND 1\)/);
        // --workflow: each line is an input.
        const inputs = join(dir, 'inputs.jsonl');
        await writeFile(inputs, '{"text":"i1"}\n{"text":"i2"}\n');
        const out2 = capture();
        expect(await main(['run', 'start-many', '--file', inputs, '--workflow', 'sr-echo'], { env, stdout: out2, stderr: capture() })).toBe(0);
        expect(out2.text.trim().split('\n')).toHaveLength(2);
        const usage = capture();
        expect(await main(['run', 'start-many'], { env, stdout: capture(), stderr: usage })).toBe(2);
        expect(usage.text).toMatch(/needs --file FILE/);
    }, 20_000);
    it('1000 items in one call all start', async () => {
        const results = await c.startRuns(Array.from({ length: 1000 }, (_, i) => ({ workflow: 'sr-echo', input: { text: `n${i}` }, idempotencyKey: `sr-thousand-${i}` })));
        expect(results.filter((r) => 'run' in r)).toHaveLength(1000);
        expect(new Set(results.map((r) => runOf(r).runId)).size).toBe(1000);
        const again = await c.startRuns([{ workflow: 'sr-echo', input: { text: 'x' }, idempotencyKey: 'sr-thousand-999' }]);
        expect(runOf(again[0])).toMatchObject({ runId: runOf(results[999]).runId, existing: true });
    }, 60_000);
});
//# sourceMappingURL=start-runs.int.test.js.map
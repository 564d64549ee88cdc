import { IncomingMessage, createServer } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceUnavailableError } from '../../src/orchestrator/traces/errors.js';
import { readJaegerTrace } from '../../src/orchestrator/traces/jaeger-reader.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { startJaeger } from '../helpers/jaeger.js';
import { waitFor } from '../helpers/wait-for.js';
const AGENT_SPAN = /^troupe\.v1\.AgentService\/Execute(Stream)?$/;
/**
 * The run's trace from a real Jaeger v2: the orchestrator (real nats-server, real agents) exports its
 * spans over OTLP to Jaeger and reads them back server-side for `GET /api/runs/{id}/trace`; the
 * console (real Chromium) draws them. Then Jaeger without the trace, a server that is not Jaeger,
 * one that never answers, and Jaeger gone.
 */
describe('a run’s trace from Jaeger', () => {
    let jaeger;
    let stack;
    let runId;
    let traceId;
    const get = async (path, headers = {}) => {
        const res = await fetch(`${stack.base}${path}`, { headers });
        const text = await res.text();
        return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : { text } };
    };
    const metrics = () => new Promise((resolve) => {
        const res = { statusCode: 200, setHeader: () => undefined, writeHead() { return this; }, end: (body) => resolve(body ?? '') };
        stack.telemetry.metricsHandler(new IncomingMessage(new net.Socket()), res);
    });
    const finish = async (id) => {
        for await (const e of stack.client.watchRun(id))
            if (e.type.startsWith('run.') && e.type !== 'run.started' && e.type !== 'run.queued')
                break;
    };
    beforeAll(async () => {
        jaeger = await startJaeger();
        stack = await startConsoleStack({ jaegerQueryUrl: jaeger.queryUrl, jaegerUiUrl: jaeger.queryUrl }, undefined, {
            OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint,
            OTEL_BSP_SCHEDULE_DELAY: '50',
            OTEL_SERVICE_NAME: 'troupe-orchestrator',
        });
        ({ runId } = await stack.client.startRun({ workflow: 'console-flow', input: { text: 'Traced in Jaeger.' } }));
        await finish(runId);
        traceId = (await get(`/api/runs/${runId}`)).body.traceId ?? '';
    }, 120_000);
    afterAll(async () => {
        // The last test stops Jaeger on purpose: spans still queued for it cannot be exported at shutdown.
        await stack?.close().catch((err) => {
            if (!String(err).includes('ECONNREFUSED'))
                throw err;
        });
        await jaeger?.stop();
    });
    it('GET /api/runs/{id}/trace answers the run span and the agents’ spans of the run’s trace, read from Jaeger', async () => {
        expect(traceId).toMatch(/^(?!0+$)[0-9a-f]{32}$/);
        expect((await get('/api/config')).body).toEqual({ jaegerUiUrl: jaeger.queryUrl, traceSource: 'jaeger' });
        // Spans reach Jaeger in batches: ask until the run's and every step's agent span are there.
        const trace = await waitFor(async () => {
            const { status, body } = await get(`/api/runs/${runId}/trace`);
            const t = body;
            return status === 200 && t.spans.some((s) => s.name === 'troupe.run') && t.spans.filter((s) => AGENT_SPAN.test(s.name) && s.kind === 'server').length >= 3 ? t : undefined;
        }, { timeoutMs: 30_000, what: `the run's spans in Jaeger`, intervalMs: 200 });
        expect(trace).toMatchObject({ source: 'jaeger', traceId, truncated: false });
        expect(trace.spanCount).toBe(trace.spans.length);
        const run = trace.spans.find((s) => s.name === 'troupe.run');
        expect(run?.attributes['troupe.run.id']).toBe(runId);
        expect(run?.service).toBe('troupe-orchestrator');
        // Every agent span hangs (through task and gRPC client spans) off the run span.
        const byId = new Map(trace.spans.map((s) => [s.spanId, s]));
        const ancestors = (id) => {
            const names = [];
            for (let s = byId.get(id); s?.parentSpanId; s = byId.get(s.parentSpanId))
                names.push(byId.get(s.parentSpanId)?.name ?? '?');
            return names;
        };
        // The agents' side of each call (the orchestrator's client span has the same name).
        const agents = trace.spans.filter((s) => AGENT_SPAN.test(s.name) && s.kind === 'server');
        expect(agents.map((s) => s.attributes['troupe.agent.name']).sort()).toEqual(['console-echo', 'console-echo', 'voice-forge']);
        for (const a of agents)
            expect(ancestors(a.spanId)).toContain('troupe.run');
        expect(trace.spans.every((s) => s.status === 'ok' && s.durationUs >= 0 && s.startUs >= trace.spans[0].startUs)).toBe(true);
        // Only troupe.*, rpc.* and error attributes travel.
        expect(trace.spans.flatMap((s) => Object.keys(s.attributes)).filter((k) => !/^(troupe\.|rpc\.|error)/.test(k))).toEqual([]);
        expect(await metrics()).toMatch(/^troupe_trace_fetches_total\{[^}]*outcome="ok"[^}]*\} [1-9]\d*$/m);
    });
    it('traces the read itself: a troupe.trace.fetch span under the request’s span, in the caller’s trace', async () => {
        const caller = '0123456789abcdef0123456789abcdef';
        expect((await get(`/api/runs/${runId}/trace`, { traceparent: `00-${caller}-0123456789abcdef-01` })).status).toBe(200);
        const spans = await jaeger.waitForTrace(caller, (all) => all.some((s) => s.name === 'troupe.trace.fetch'));
        const route = spans.find((s) => s.name === 'GET /api/runs/{id}/trace');
        const fetchSpan = spans.find((s) => s.name === 'troupe.trace.fetch');
        expect(route?.kind).toBe('SERVER');
        expect(route?.attributes).toMatchObject({ 'http.route': '/api/runs/{id}/trace', 'troupe.run.id': runId });
        expect(fetchSpan?.parentSpanId).toBe(route?.spanId);
        expect(fetchSpan?.attributes).toMatchObject({ 'troupe.trace.fetched_id': traceId, 'troupe.outcome': 'ok', 'server.address': '127.0.0.1' });
    });
    it('the console’s run detail draws the waterfall from the Jaeger spans, agent spans included, and says so', async () => {
        const { page, errors } = await stack.open(`#/runs/${runId}`);
        await page.getByRole('heading', { name: `Run ${runId}` }).waitFor();
        await page.locator('[data-testid="trace-source"][data-source="jaeger"]').waitFor();
        expect(await page.getByTestId('trace-source').innerText()).toContain(`Source: Jaeger`);
        const waterfall = page.getByRole('table', { name: 'Trace waterfall (Jaeger)' });
        const rows = waterfall.locator('tbody tr[data-kind="span"]');
        expect(await rows.count()).toBeGreaterThan(7);
        const texts = await rows.allInnerTexts();
        expect(texts.some((t) => t.includes('troupe.run'))).toBe(true);
        expect(texts.filter((t) => AGENT_SPAN.test(t.split(/\s/)[0] ?? '')).length).toBeGreaterThanOrEqual(3);
        expect(texts.some((t) => t.includes('console-echo'))).toBe(true);
        expect(texts.some((t) => t.includes('voice-forge'))).toBe(true);
        // Indented by depth: an agent span sits deeper than the run span.
        const indent = async (name) => parseFloat(/padding-left:\s*([\d.]+)/.exec((await rows.filter({ hasText: name }).first().locator('td').first().getAttribute('style')) ?? '')?.[1] ?? 'NaN');
        expect(await indent(/troupe\.v1\.AgentService\/Execute/)).toBeGreaterThan(await indent(/^troupe\.run\s/));
        expect(await page.getByRole('link', { name: 'Open in Jaeger' }).getAttribute('href')).toBe(`${jaeger.queryUrl}/trace/${traceId}`);
        await stack.shot(page, 'run-detail-jaeger');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('the console reads a finished run’s trace again while its run span has not reached Jaeger (spans arrive in batches)', async () => {
        const { page, errors } = await stack.open('#/runs');
        let partial = true;
        // The first answer is the trace as Jaeger has it a moment after the run ended: the run span's batch not in yet.
        await page.route('**/api/runs/*/trace', async (route) => {
            if (!partial)
                return route.continue();
            partial = false;
            const res = await route.fetch();
            const body = (await res.json());
            await route.fulfill({ response: res, json: { ...body, spans: body.spans.filter((s) => s.name !== 'troupe.run') } });
        });
        await page.evaluate(`location.hash = ${JSON.stringify(`#/runs/${runId}`)}`);
        const source = page.getByTestId('trace-source');
        await expect.poll(() => source.innerText()).toContain('the rest is on its way');
        await expect.poll(() => source.innerText(), { timeout: 10_000 }).not.toContain('the rest is on its way');
        await page.getByRole('table', { name: 'Trace waterfall (Jaeger)' }).locator('tbody tr', { hasText: /^troupe\.run\s/ }).waitFor();
        expect(errors).toEqual([]);
        await page.close();
    });
    it('a run Jaeger has no span of answers 404 with what to do, and the console falls back to the run’s timings with a retry', async () => {
        // An unsampled caller: the run takes its trace id, but none of its spans is recorded or exported.
        const unsampled = 'fedcba9876543210fedcba9876543210';
        const res = await fetch(`${stack.base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json', traceparent: `00-${unsampled}-0123456789abcdef-00` }, body: JSON.stringify({ workflow: 'console-flaky', input: { text: 'x' } }) });
        const started = (await res.json());
        const { status, body } = await get(`/api/runs/${started.runId}/trace`);
        expect(status).toBe(404);
        expect(body).toMatchObject({ error: 'NOT_FOUND', retryable: true });
        expect(body.message).toMatch(new RegExp(`has no span of trace ${unsampled} \\(yet\\).*retry`));
        const { page, errors } = await stack.open(`#/runs/${started.runId}`);
        const note = page.getByTestId('trace-unavailable');
        await note.waitFor();
        expect(await note.innerText()).toMatch(/^Trace unavailable from Jaeger: NOT_FOUND: .*showing the run's own timings\.$/);
        expect(await page.getByTestId('trace-source').getAttribute('data-source')).toBe('run');
        await page.getByRole('table', { name: 'Trace waterfall (run timings)' }).waitFor();
        await page.getByRole('button', { name: 'Retry Jaeger' }).click();
        await note.waitFor();
        await stack.shot(page, 'run-detail-jaeger-missing');
        expect(errors).toEqual([]);
        await page.close();
        expect(await metrics()).toMatch(/^troupe_trace_fetches_total\{[^}]*outcome="not_found"[^}]*\} [1-9]\d*$/m);
    });
    it('refuses unknown and garbage run ids and other methods like the other run routes', async () => {
        expect((await get('/api/runs/no-such-run/trace')).status).toBe(404);
        expect((await get(`/api/runs/${'x'.repeat(5000)}/trace`)).status).toBeOneOf([400, 404]);
        expect((await get('/api/runs/%E0%A4%A/trace')).status).toBeOneOf([400, 404]);
        expect((await get('/api/runs/..%2F..%2Fetc/trace')).status).toBeOneOf([400, 404]);
        const post = await fetch(`${stack.base}/api/runs/${runId}/trace`, { method: 'POST' });
        expect(post.status).toBe(405);
        expect(post.headers.get('allow')).toBe('GET, HEAD');
        const head = await fetch(`${stack.base}/api/runs/${runId}/trace`, { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(await head.text()).toBe('');
    });
    it('reading from something that is not Jaeger, lies, answers too much or never answers, fails with what to check', async () => {
        // The orchestrator's own HTTP port: a 404 that is not Jaeger's.
        await expect(readJaegerTrace({ queryUrl: stack.base, timeoutMs: 2000 }, traceId)).rejects.toSatisfy((err) => TraceUnavailableError.is(err) && err.failure === 'bad_answer' && err.message.includes('not its OTLP port or another server'));
        // Jaeger's own answer, over the size limit: refused, not held in memory.
        await expect(readJaegerTrace({ queryUrl: jaeger.queryUrl, timeoutMs: 2000, maxBytes: 512 }, traceId)).rejects.toSatisfy((err) => TraceUnavailableError.is(err) && err.failure === 'bad_answer' && err.message.includes('over 512 bytes'));
        // A server that answers 200 with garbage, or with another trace's spans.
        const answers = ['{"result":', JSON.stringify({ result: { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'ab'.repeat(16), spanId: '01'.repeat(8), name: 'x' }] }] }] } }), '[1,2]'];
        const liar = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(answers.shift() ?? ''));
        await new Promise((resolve) => liar.listen(0, '127.0.0.1', resolve));
        try {
            const url = `http://127.0.0.1:${liar.address().port}`;
            const failure = async () => readJaegerTrace({ queryUrl: url, timeoutMs: 2000 }, traceId).then(() => 'ok', (err) => (TraceUnavailableError.is(err) ? err.failure : String(err)));
            expect([await failure(), await failure(), await failure()]).toEqual(['bad_answer', 'not_found', 'not_found']);
        }
        finally {
            await new Promise((resolve) => liar.close(resolve));
        }
        const silent = createServer(() => undefined);
        await new Promise((resolve) => silent.listen(0, '127.0.0.1', resolve));
        try {
            const url = `http://127.0.0.1:${silent.address().port}`;
            await expect(readJaegerTrace({ queryUrl: url, timeoutMs: 300 }, traceId)).rejects.toSatisfy((err) => TraceUnavailableError.is(err) && err.failure === 'timeout' && err.httpStatus === 504 && err.message.includes('did not answer within 300 ms'));
        }
        finally {
            silent.closeAllConnections();
            await new Promise((resolve) => silent.close(resolve));
        }
    });
    it('Jaeger gone: 502 with what to check, and the console falls back to the run’s timings', async () => {
        await jaeger.stop();
        const { status, body } = await get(`/api/runs/${runId}/trace`);
        expect(status).toBe(502);
        expect(body).toMatchObject({ error: 'UNAVAILABLE', retryable: true });
        expect(body.message).toMatch(new RegExp(`^cannot reach Jaeger at ${jaeger.queryUrl} \\(ECONNREFUSED\\): is it running`));
        const { page, errors } = await stack.open(`#/runs/${runId}`);
        const note = page.getByTestId('trace-unavailable');
        await note.waitFor();
        expect(await note.innerText()).toContain('Trace unavailable from Jaeger: UNAVAILABLE: cannot reach Jaeger');
        expect(await page.getByRole('table', { name: 'Trace waterfall (run timings)' }).locator('tbody tr').count()).toBe(1 + 3 + 3);
        await stack.shot(page, 'run-detail-jaeger-down');
        expect(errors).toEqual([]);
        await page.close();
        expect(await metrics()).toMatch(/^troupe_trace_fetches_total\{[^}]*outcome="unreachable"[^}]*\} [1-9]\d*$/m);
    });
});
//# sourceMappingURL=run-trace.int.test.js.map
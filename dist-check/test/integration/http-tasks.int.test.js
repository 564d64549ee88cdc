import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/orchestrator/webhooks/signature.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
import { startCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
const SECRET = 'a-test-webhook-secret-0123456789';
const PARTNER_SECRET = 'the-partner-secret-abcdefghijklm';
/** A callback receiver: answers the queued statuses in turn (then 200) and records each request. */
async function startReceiver() {
    const hits = [];
    const answers = [];
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c)).on('end', () => {
            hits.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['troupe-signature'], traceparent: req.headers.traceparent });
            res.writeHead(answers.shift() ?? 200).end();
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${server.address().port}/hook`, hits, answers, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
/**
 * The HTTP task API and callbacks against a real orchestrator, a real agent and a real
 * receiver: POST /api/tasks answers 202 at once, GET and aggregate report results, and
 * the callback arrives signed, retried when the receiver fails; with API tokens on, the
 * routes need `tasks:submit` and a task is read only by who submitted it.
 */
describe('HTTP task API and webhooks', () => {
    let cluster;
    let receiver;
    let dir;
    let base;
    const submitter = generateToken();
    const other = generateToken();
    const reader = generateToken();
    const admin = generateToken();
    let client;
    const auth = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const post = (path, body, token = submitter) => fetch(`${base}${path}`, { method: 'POST', headers: auth(token), body: JSON.stringify(body) });
    const get = (path, token = submitter) => fetch(`${base}${path}`, { headers: auth(token) });
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-http-tasks-'));
        await writeFile(join(dir, 'secret'), JSON.stringify({ default: SECRET, partner: PARTNER_SECRET }));
        await writeTokensFile(dir, [
            { name: 'submitter', token: submitter, scopes: 'tasks:submit' },
            { name: 'other', token: other, scopes: 'tasks:submit' },
            { name: 'reader', token: reader, scopes: 'runs:read' },
            { name: 'admin', token: admin, scopes: '*' },
        ]);
        receiver = await startReceiver();
        cluster = await startCluster({ durable: false, authTokensFile: join(dir, 'tokens.jsonl'), webhookSecretFile: join(dir, 'secret'), webhookBackoffMs: 20, webhookMaxAttempts: 4, webhookTimeoutMs: 2000 });
        const agent = await cluster.startAgent(defineAgent({
            name: 'hooks-echo',
            version: '1.0.0',
            capabilities: [{ name: 'hooks.echo' }, { name: 'hooks.fail' }],
            handlers: {
                'hooks.echo': (input) => ({ echoed: input }),
                'hooks.fail': () => {
                    throw new Error('the agent says no');
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
        base = `http://${cluster.orchestrator.httpAddress}`;
        client = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: admin });
        await client.registerWorkflow(JSON.stringify({ name: 'hooks-flow', steps: [{ id: 'echo', capability: 'hooks.echo', input: { topic: '${input.topic}' } }], output: { said: '${steps.echo.output}' } }));
    }, 30_000);
    afterAll(async () => {
        client?.close();
        await cluster?.close();
        await receiver?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('accepts a task with 202 and an id, then reports its result', async () => {
        const res = await post('/api/tasks', { capability: 'hooks.echo', input: { word: 'tide' } });
        expect(res.status).toBe(202);
        const accepted = (await res.json());
        expect(accepted).toMatchObject({ status: 'running', capability: 'hooks.echo' });
        expect(accepted.traceId).toMatch(/^[\da-f]{32}$/);
        const done = await waitFor(async () => {
            const body = (await (await get(`/api/tasks/${accepted.id}`)).json());
            return body.status === 'running' ? undefined : body;
        }, { timeoutMs: 10_000, what: 'the task to finish', intervalMs: 50 });
        expect(done).toMatchObject({ id: accepted.id, status: 'completed', output: { echoed: { word: 'tide' } } });
    });
    it('reports a failed task with its gRPC status, and several tasks at once', async () => {
        const ok = (await (await post('/api/tasks', { capability: 'hooks.echo', input: 1 })).json());
        const bad = (await (await post('/api/tasks', { capability: 'hooks.fail', input: null })).json());
        const both = await waitFor(async () => {
            const res = await post('/api/tasks/aggregate', { ids: [ok.id, bad.id, 'no-such-task'] });
            const body = (await res.json());
            return body.tasks.some((t) => t.status === 'running') ? undefined : body;
        }, { timeoutMs: 10_000, what: 'both tasks to finish', intervalMs: 50 });
        expect(both.tasks).toMatchObject([
            { id: ok.id, status: 'completed', output: { echoed: 1 } },
            { id: bad.id, status: 'failed', error: { code: 'UNKNOWN', message: expect.any(String) } },
            { id: 'no-such-task', status: 'unknown' },
        ]);
    });
    it('answers 404 for an unknown id and for another caller’s task', async () => {
        expect((await get('/api/tasks/00000000-0000-0000-0000-000000000000')).status).toBe(404);
        const mine = (await (await post('/api/tasks', { capability: 'hooks.echo', input: 2 })).json());
        expect((await get(`/api/tasks/${mine.id}`, other)).status).toBe(404);
    });
    it('answers 400 for bad bodies, 404 for an unknown capability, 413 for an oversized body', async () => {
        expect((await post('/api/tasks', { input: 1 })).status).toBe(400);
        expect((await post('/api/tasks', { capability: 'hooks.echo', timeout_ms: -1 })).status).toBe(400);
        expect((await post('/api/tasks/aggregate', { ids: [] })).status).toBe(400);
        expect((await post('/api/tasks', { capability: 'hooks.nobody' })).status).toBe(404);
        const huge = await post('/api/tasks', { capability: 'hooks.echo', input: 'x'.repeat(90 * 1024 * 1024) });
        expect(huge.status).toBe(413);
    });
    it('refuses a callback_url that is not http(s) or carries credentials with 400 naming why', async () => {
        for (const url of ['file:///etc/passwd', 'gopher://127.0.0.1/', 'not a url', 'http://user:pw@127.0.0.1/']) {
            const res = await post('/api/tasks', { capability: 'hooks.echo', callback_url: url });
            expect(res.status, url).toBe(400);
            expect((await res.json()).message).toMatch(/callback_url/);
        }
    });
    it('POSTs the signed result to callback_url, retrying a receiver that fails twice', async () => {
        receiver.hits.length = 0;
        receiver.answers.push(503, 500);
        const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
        const res = await fetch(`${base}/api/tasks`, {
            method: 'POST',
            headers: { ...auth(submitter), traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
            body: JSON.stringify({ capability: 'hooks.echo', input: { n: 7 }, callback_url: receiver.url }),
        });
        expect(res.status).toBe(202);
        const { id } = (await res.json());
        await waitFor(() => (receiver.hits.length >= 3 ? true : undefined), { timeoutMs: 10_000, what: 'a third callback attempt' });
        const third = receiver.hits[2];
        expect(verifySignature(Buffer.from(SECRET), third.body, third.signature)).toBe(true);
        expect(verifySignature(Buffer.from('another-secret-0123456789'), third.body, third.signature)).toBe(false);
        const payload = JSON.parse(third.body);
        expect(payload).toMatchObject({ kind: 'task', id, status: 'completed', output: { echoed: { n: 7 } }, traceId });
        expect(third.traceparent).toMatch(new RegExp(`^00-${traceId}-`));
        const report = await waitFor(async () => {
            const body = (await (await get(`/api/tasks/${id}`)).json());
            return body.callback.done ? body : undefined;
        }, { timeoutMs: 10_000, what: 'the callback to be done', intervalMs: 50 });
        expect(report.callback).toEqual({ url: receiver.url, attempts: 3, delivered: true, done: true });
        expect(receiver.hits).toHaveLength(3);
    });
    it('gives up after a 4xx refusal and says so in the report', async () => {
        receiver.hits.length = 0;
        receiver.answers.push(410);
        const { id } = (await (await post('/api/tasks', { capability: 'hooks.echo', input: 0, callback_url: receiver.url })).json());
        const report = await waitFor(async () => {
            const body = (await (await get(`/api/tasks/${id}`)).json());
            return body.callback.done ? body : undefined;
        }, { timeoutMs: 10_000, what: 'the callback to be done', intervalMs: 50 });
        expect(report.callback).toEqual({ url: receiver.url, attempts: 1, delivered: false, done: true, lastError: 'HTTP 410' });
    });
    it('needs a token (401) with the tasks:submit scope (403)', async () => {
        const none = await fetch(`${base}/api/tasks`, { method: 'POST', body: '{}' });
        expect(none.status).toBe(401);
        expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect((await post('/api/tasks', { capability: 'hooks.echo' }, reader)).status).toBe(403);
        expect((await get('/api/tasks/x', reader)).status).toBe(403);
        expect((await post('/api/tasks/aggregate', { ids: ['x'] }, 'wrong')).status).toBe(401);
    });
    it('gRPC StartRun with callback_url: the run’s signed result arrives, and GetRun shows the delivery', async () => {
        receiver.hits.length = 0;
        receiver.answers.push(502);
        const started = await client.startRun({ workflow: 'hooks-flow', input: { topic: 'tides' }, callbackUrl: receiver.url });
        await waitFor(() => (receiver.hits.length >= 2 ? true : undefined), { timeoutMs: 15_000, what: 'the run callback, retried once' });
        const hit = receiver.hits[1];
        expect(verifySignature(Buffer.from(SECRET), hit.body, hit.signature)).toBe(true);
        expect(JSON.parse(hit.body)).toMatchObject({ kind: 'run', runId: started.runId, workflow: 'hooks-flow', status: 'completed', output: { said: { echoed: { topic: 'tides' } } }, error: null, traceId: started.traceId });
        const report = await waitFor(async () => {
            const r = (await client.getRun(started.runId));
            return r.callback?.done ? r : undefined;
        }, { timeoutMs: 5000, what: 'GetRun to show the delivered callback' });
        expect(report.callback).toEqual({ url: receiver.url, attempts: 2, delivered: true, done: true });
    });
    it('gRPC SubmitTask with callback_url: the result is returned and also POSTed, signed', async () => {
        receiver.hits.length = 0;
        const result = await client.submitTask({ capability: 'hooks.echo', input: 'x', callbackUrl: receiver.url });
        expect(result.output).toEqual({ echoed: 'x' });
        await waitFor(() => (receiver.hits.length >= 1 ? true : undefined), { timeoutMs: 5000, what: 'the SubmitTask callback' });
        const hit = receiver.hits[0];
        expect(verifySignature(Buffer.from(SECRET), hit.body, hit.signature)).toBe(true);
        expect(JSON.parse(hit.body)).toMatchObject({ kind: 'task', capability: 'hooks.echo', status: 'completed', output: { echoed: 'x' } });
    });
    it('gRPC: a bad callback_url is INVALID_ARGUMENT before any work starts', async () => {
        for (const callbackUrl of ['ftp://127.0.0.1/', 'nope', 'http://a:b@127.0.0.1/']) {
            await expect(client.startRun({ workflow: 'hooks-flow', input: { topic: 't' }, callbackUrl }), callbackUrl).rejects.toMatchObject({ code: 3 });
            await expect(client.submitTask({ capability: 'hooks.echo', input: 1, callbackUrl }), callbackUrl).rejects.toMatchObject({ code: 3 });
        }
    });
    it('signs with the secret a call names (callback_secret_id), and refuses an unknown one', async () => {
        receiver.hits.length = 0;
        const res = await post('/api/tasks', { capability: 'hooks.echo', input: 'p', callback_url: receiver.url, callback_secret_id: 'partner' });
        expect(res.status).toBe(202);
        await waitFor(() => (receiver.hits.length >= 1 ? true : undefined), { timeoutMs: 5000, what: 'the partner callback' });
        const hit = receiver.hits[0];
        expect(verifySignature(Buffer.from(PARTNER_SECRET), hit.body, hit.signature)).toBe(true);
        expect(verifySignature(Buffer.from(SECRET), hit.body, hit.signature)).toBe(false);
        const unknown = await post('/api/tasks', { capability: 'hooks.echo', callback_url: receiver.url, callback_secret_id: 'nobody' });
        expect(unknown.status).toBe(400);
        const message = (await unknown.json()).message;
        expect(message).toContain('ids: default, partner');
        expect(message).not.toContain(PARTNER_SECRET);
        await expect(client.startRun({ workflow: 'hooks-flow', input: { topic: 't' }, callbackUrl: receiver.url, callbackSecretId: 'nobody' })).rejects.toMatchObject({ code: 3 });
    });
    it('HTTP POST /api/runs with callback_url: the run is called back, GET /api/runs/{id} shows the delivery', async () => {
        receiver.hits.length = 0;
        const res = await post('/api/runs', { workflow: 'hooks-flow', input: { topic: 'sea' }, callback_url: receiver.url, callback_secret_id: 'partner' }, admin);
        expect(res.status).toBe(201);
        const { runId } = (await res.json());
        const report = await waitFor(async () => {
            const r = (await (await get(`/api/runs/${runId}`, admin)).json());
            return r.callback?.done ? r : undefined;
        }, { timeoutMs: 10_000, what: 'the run callback to be done', intervalMs: 50 });
        expect(report.callback).toEqual({ url: receiver.url, attempts: 1, delivered: true, done: true });
        const hit = receiver.hits[0];
        expect(verifySignature(Buffer.from(PARTNER_SECRET), hit.body, hit.signature)).toBe(true);
        expect(JSON.parse(hit.body)).toMatchObject({ kind: 'run', runId, status: 'completed' });
        expect((await post('/api/runs', { workflow: 'hooks-flow', input: { topic: 'x' }, callback_url: 'file:///etc/passwd' }, admin)).status).toBe(400);
    });
});
//# sourceMappingURL=http-tasks.int.test.js.map
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_PATHS } from '../../src/orchestrator/api/http-routes.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
import { startCluster } from '../helpers/cluster.js';
import { checkResponse } from '../helpers/openapi-check.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * `GET /api/openapi.json` against real answers: every route answers with a status,
 * content type and body its description allows (test/helpers/openapi-check.ts: a small
 * checker of statuses, content types and required fields/types — no full OpenAPI
 * validator is among our dependencies), and every known route is described.
 */
describe('the OpenAPI document matches what the HTTP endpoint answers', () => {
    let cluster;
    let dir;
    let base;
    let doc;
    const token = generateToken();
    const narrow = generateToken();
    const seen = [];
    /** Sends a request, checks the answer against the document, returns status and JSON body. */
    async function call(method, path, options = {}) {
        const t = options.token === undefined ? token : options.token;
        const res = await fetch(`${base}${path}`, {
            method,
            headers: { ...(t ? { authorization: `Bearer ${t}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
        const contentType = res.headers.get('content-type');
        const body = contentType?.startsWith('text/event-stream') || contentType?.startsWith('audio/') ? '' : await res.text();
        if (!body)
            await res.body?.cancel();
        expect(checkResponse(doc, method, path.split('?')[0] ?? path, res.status, contentType, body), `${method} ${path} → ${res.status}`).toEqual([]);
        seen.push(`${method} ${res.status}`);
        return { status: res.status, json: () => JSON.parse(body) };
    }
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-openapi-'));
        await writeTokensFile(dir, [{ name: 'all', token, scopes: '*' }, { name: 'narrow', token: narrow, scopes: 'agents:read' }]);
        cluster = await startCluster({ durable: false, authTokensFile: join(dir, 'tokens.jsonl') });
        const agent = await cluster.startAgent(defineAgent({ name: 'oa-echo', version: '1.0.0', capabilities: [{ name: 'oa.echo' }], handlers: { 'oa.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        const client = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token });
        await client.registerWorkflow(JSON.stringify({ name: 'oa-flow', steps: [{ id: 'echo', capability: 'oa.echo', input: { topic: '${input.topic}' } }] }));
        client.close();
        base = `http://${cluster.orchestrator.httpAddress}`;
        const res = await fetch(`${base}/api/openapi.json`);
        expect(res.status).toBe(200);
        doc = (await res.json());
    }, 30_000);
    afterAll(async () => {
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('is OpenAPI 3.1, served without a token, and describes every known route', async () => {
        expect(doc.openapi).toBe('3.1.0');
        await call('GET', '/api/openapi.json', { token: null });
        const documented = Object.keys(doc.paths).sort();
        const known = KNOWN_PATHS.split(', ').filter((p) => p !== '/').sort();
        expect(documented).toEqual(known);
    });
    it('health and operations routes', async () => {
        for (const path of ['/healthz', '/readyz', '/health', '/metrics', '/api/config'])
            expect((await call('GET', path, { token: null })).status).toBeLessThan(500);
    });
    it('run routes: start, report, events, and their errors', async () => {
        const started = await call('POST', '/api/runs', { body: { workflow: 'oa-flow', input: { topic: 'x' } } });
        expect(started.status).toBe(201);
        const { runId } = started.json();
        await waitFor(async () => (await call('GET', `/api/runs/${runId}`)).json().status === 'completed', { timeoutMs: 10_000, what: 'the run to complete', intervalMs: 50 });
        expect((await call('GET', `/api/runs/${runId}/events`)).status).toBe(200);
        expect((await call('POST', '/api/runs', { body: { input: 1 } })).status).toBe(400);
        expect((await call('POST', '/api/runs', { body: { workflow: 'nope' } })).status).toBe(404);
        expect((await call('GET', '/api/runs/no-such-run')).status).toBe(404);
        expect((await call('GET', `/api/runs/${runId}`, { token: null })).status).toBe(401);
        expect((await call('GET', `/api/runs/${runId}`, { token: narrow })).status).toBe(403);
    });
    it('task routes: submit, read, aggregate, and their errors', async () => {
        const accepted = await call('POST', '/api/tasks', { body: { capability: 'oa.echo', input: { a: 1 } } });
        expect(accepted.status).toBe(202);
        const { id } = accepted.json();
        await waitFor(async () => (await call('GET', `/api/tasks/${id}`)).json().status === 'completed', { timeoutMs: 10_000, what: 'the task to complete', intervalMs: 50 });
        expect((await call('POST', '/api/tasks/aggregate', { body: { ids: [id, 'nope'] } })).status).toBe(200);
        expect((await call('POST', '/api/tasks', { body: { capability: 'oa.echo', callback_url: 'ftp://x/' } })).status).toBe(400);
        expect((await call('POST', '/api/tasks', { body: { capability: 'oa.echo', callback_url: 'http://127.0.0.1:1/' } })).status).toBe(409);
        expect((await call('POST', '/api/tasks', { body: { capability: 'oa.none' } })).status).toBe(404);
        expect((await call('POST', '/api/tasks/aggregate', { body: { ids: 'x' } })).status).toBe(400);
        expect((await call('GET', '/api/tasks/nope')).status).toBe(404);
        expect((await call('POST', '/api/tasks', { token: null, body: {} })).status).toBe(401);
        expect((await call('POST', '/api/tasks', { token: narrow, body: {} })).status).toBe(403);
    });
    it('console routes: agents, agent mode, workflows, rollouts, dead letters, cancel, and their errors', async () => {
        const agents = await call('GET', '/api/agents?include_left=true');
        expect(agents.status).toBe(200);
        const instanceId = agents.json().agents[0].agent.instanceId;
        expect((await call('GET', '/api/agents/events')).status).toBe(200);
        expect((await call('GET', '/api/agents', { token: null })).status).toBe(401);
        expect((await call('POST', `/api/agents/${instanceId}/mode`, { body: { mode: 'maintenance' } })).status).toBe(200);
        expect((await call('POST', `/api/agents/${instanceId}/mode`, { body: { mode: 'active' } })).status).toBe(200);
        expect((await call('POST', `/api/agents/${instanceId}/mode`, { body: { mode: 'asleep' } })).status).toBe(400);
        expect((await call('POST', '/api/agents/nope/mode', { body: { mode: 'active' } })).status).toBe(404);
        expect((await call('POST', '/api/agents/%E0%A4%A/mode', { body: { mode: 'active' } })).status).toBe(400); // a bad escape is the caller's, not a 500
        expect((await call('POST', `/api/agents/${instanceId}/mode`, { token: narrow, body: { mode: 'active' } })).status).toBe(403);
        expect((await call('GET', '/api/workflows')).status).toBe(200);
        // Rollouts need durable state: this orchestrator is not durable (the data is checked in console-fleet.int.test.ts).
        expect((await call('GET', '/api/rollouts')).status).toBe(409);
        expect((await call('GET', '/api/rollouts/oa.echo', { token: narrow })).status).toBe(409);
        expect((await call('GET', '/api/rollouts/%E0%A4%A')).status).toBe(400);
        expect((await call('GET', '/api/rollouts', { token: null })).status).toBe(401);
        expect((await call('GET', '/api/workflows/oa-flow/versions')).status).toBe(200);
        expect((await call('GET', '/api/workflows/nope/versions')).status).toBe(404);
        expect((await call('GET', '/api/dead-letters?limit=5')).status).toBe(200);
        expect((await call('GET', '/api/dead-letters?limit=0')).status).toBe(400);
        expect((await call('POST', '/api/dead-letters/nope/replay', { body: { mode: 'step' } })).status).toBe(404);
        expect((await call('POST', '/api/dead-letters/nope/replay', { body: { mode: 'later' } })).status).toBe(400);
        expect((await call('POST', '/api/dead-letters/nope/replay', { body: { mode: 'from_step' } })).status).toBe(404);
        expect((await call('POST', '/api/dead-letters/nope/discard', { body: {} })).status).toBe(404);
        expect((await call('POST', '/api/runs/nope/cancel', { body: {} })).status).toBe(404);
        expect((await call('POST', '/api/runs/nope/cancel', { body: { reason: 5 } })).status).toBe(400);
        const console = await fetch(`${base}/console`);
        expect(checkResponse(doc, 'GET', '/console', console.status, console.headers.get('content-type'), await console.text())).toEqual([]);
    });
    it('the checker itself refuses an undocumented status and a body missing a required field', () => {
        expect(checkResponse(doc, 'GET', '/api/tasks/x', 418, 'application/json', '{}')).toEqual(['GET /api/tasks/{id} answered 418, which is not documented']);
        expect(checkResponse(doc, 'GET', '/api/tasks/x', 200, 'application/json', '{"id":"x"}').length).toBeGreaterThan(0);
        expect(checkResponse(doc, 'GET', '/api/tasks/x', 200, 'text/plain', 'x')).toHaveLength(1);
    });
});
//# sourceMappingURL=openapi.int.test.js.map
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
import { startCluster } from '../helpers/cluster.js';
/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
const CHROMIUM = process.env.TROUPE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * The web page against an orchestrator with API auth: opened as `/#token=...` it
 * starts a run (Authorization header) and follows its events (SSE with
 * `?access_token=`); opened without a token it says it needs one.
 */
describe('the web page with an API token, in Chromium', () => {
    let cluster;
    let browser;
    let dir;
    const token = generateToken();
    const admin = generateToken();
    beforeAll(async () => {
        if (!existsSync(CHROMIUM))
            throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set TROUPE_CHROMIUM)`);
        dir = await mkdtemp(join(tmpdir(), 'troupe-page-auth-'));
        await writeTokensFile(dir, [
            { name: 'page', token: token, scopes: 'runs:start runs:read', workflows: ['page-echo'] },
            { name: 'admin', token: admin, scopes: '*' },
        ]);
        [cluster, browser] = await Promise.all([
            startCluster({ authTokensFile: join(dir, 'tokens.jsonl'), durable: false }),
            chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
        ]);
        const agent = await cluster.startAgent(defineAgent({ name: 'page-echo', version: '1.0.0', capabilities: [{ name: 'page.echo' }], handlers: { 'page.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        const client = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: admin });
        await client.registerWorkflow(JSON.stringify({ name: 'page-echo', steps: [{ id: 'echo', capability: 'page.echo', input: { topic: '${input.topic}' } }] }));
        client.close();
    }, 30_000);
    afterAll(async () => {
        await browser?.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('runs a workflow with the token from the fragment, and hides the token from the address bar', async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (err) => errors.push(err.message));
        await page.goto(`http://${cluster.orchestrator.httpAddress}/?workflow=page-echo#token=${token}`);
        expect(page.url()).not.toContain(token);
        await page.fill('#topic', 'tides');
        await page.click('#go');
        await page.waitForFunction('document.body.dataset.runEndedAt !== undefined', undefined, { timeout: 20_000 });
        const state = await page.evaluate(`({
      status: document.getElementById('status').textContent,
      steps: [...document.querySelectorAll('#steps li')].map((li) => [li.dataset.step, li.dataset.status]),
    })`);
        expect(state).toEqual({ status: 'completed', steps: [['echo', 'completed']] });
        expect(errors).toEqual([]);
        await page.close();
    });
    it('serves /api/config without a token (the page reads it first; it holds no secret)', async () => {
        const res = await fetch(`http://${cluster.orchestrator.httpAddress}/api/config`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ jaegerUiUrl: null, traceSource: 'run' });
    });
    it('GET /api/runs/{id}/trace passes the run-read guard (token, scope, workflow limit) before anything else', async () => {
        const client = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: admin });
        try {
            await client.registerWorkflow(JSON.stringify({ name: 'page-other', steps: [{ id: 'echo', capability: 'page.echo', input: {} }] }));
            const mine = await client.startRun({ workflow: 'page-echo', input: { topic: 'a' } });
            const other = await client.startRun({ workflow: 'page-other', input: {} });
            const trace = async (runId, bearer) => {
                const res = await fetch(`http://${cluster.orchestrator.httpAddress}/api/runs/${runId}/trace`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
                return [res.status, (await res.json())];
            };
            expect((await trace(mine.runId))[0]).toBe(401);
            expect((await trace(other.runId, token))[0]).toBe(403); // the token is limited to page-echo
            expect((await trace('no-such-run', admin))[0]).toBe(404);
            // Allowed, but this orchestrator reads no traces: 409 saying which setting to set.
            const [status, body] = await trace(mine.runId, token);
            expect(status).toBe(409);
            expect(body).toMatchObject({ error: 'FAILED_PRECONDITION' });
            expect(body.message).toContain('TROUPE_JAEGER_QUERY_URL');
        }
        finally {
            client.close();
        }
    });
    it('says it needs a token when opened without one', async () => {
        const page = await browser.newPage();
        await page.goto(`http://${cluster.orchestrator.httpAddress}/?workflow=page-echo`);
        await page.fill('#topic', 'tides');
        await page.click('#go');
        await page.waitForFunction(`document.getElementById('status').dataset.status === 'unauthenticated'`, undefined, { timeout: 10_000 });
        expect(await page.textContent('#meta')).toMatch(/UNAUTHENTICATED: .*#token=/);
        await page.close();
    });
});
//# sourceMappingURL=web-page-auth.int.test.js.map
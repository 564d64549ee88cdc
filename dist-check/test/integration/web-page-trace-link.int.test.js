import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
const CHROMIUM = process.env.TROUPE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const JAEGER_UI = 'http://jaeger.example:16686';
/**
 * The web page links each run to its trace in the Jaeger UI, at the base URL the
 * orchestrator is configured with (TROUPE_JAEGER_UI_URL → `jaegerUiUrl`, served by
 * `GET /api/config`); without one, there is no link.
 */
describe('the web page\'s link to the run\'s trace in Jaeger, in Chromium', () => {
    let cluster;
    let browser;
    let profile;
    beforeAll(async () => {
        if (!existsSync(CHROMIUM))
            throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set TROUPE_CHROMIUM)`);
        profile = await mkdtemp(join(tmpdir(), 'troupe-page-trace-'));
        [cluster, browser] = await Promise.all([
            // A trailing slash, as people paste it: the page's link has no double slash.
            startCluster({ jaegerUiUrl: `${JAEGER_UI}/` }),
            chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
        ]);
        const agent = await cluster.startAgent(defineAgent({ name: 'page-echo', version: '1.0.0', capabilities: [{ name: 'page.echo' }], handlers: { 'page.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        await cluster.client.registerWorkflow(JSON.stringify({ name: 'page-echo', steps: [{ id: 'echo', capability: 'page.echo', input: { topic: '${input.topic}' } }] }));
    }, 30_000);
    afterAll(async () => {
        await browser?.close();
        await cluster?.close();
        if (profile)
            await rm(profile, { recursive: true, force: true });
    });
    /** Starts a run from the page and waits for it to end; resolves with the run's id and the link's href (null when none). */
    async function runFromPage(page) {
        const errors = [];
        page.on('pageerror', (err) => errors.push(err.message));
        await page.goto(`http://${cluster.orchestrator.httpAddress}/?workflow=page-echo`);
        await page.click('#go');
        await page.waitForFunction('document.body.dataset.runEndedAt !== undefined', undefined, { timeout: 20_000 });
        // The page decides on the link once it has its config (it says which in data-trace-link).
        await page.waitForFunction('document.body.dataset.traceLink !== undefined', undefined, { timeout: 10_000 });
        const state = await page.evaluate(`({
      runId: document.body.dataset.runId,
      href: document.getElementById('trace-link')?.getAttribute('href') ?? null,
      text: document.getElementById('trace-link')?.textContent ?? null,
      status: document.getElementById('status').textContent,
    })`);
        expect(state.status).toBe('completed');
        expect(errors).toEqual([]);
        return state;
    }
    it('links a run to <jaeger ui>/trace/<its trace id>', async () => {
        const page = await browser.newPage();
        const { runId, href, text } = await runFromPage(page);
        const report = (await cluster.client.getRun(runId));
        expect(report.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(href).toBe(`${JAEGER_UI}/trace/${report.traceId}`);
        expect(text).toBe('view the trace in Jaeger');
        expect(await page.getAttribute('#trace-link', 'target')).toBe('_blank');
        await page.close();
    });
    it('shows no link when the orchestrator has no Jaeger UI configured', async () => {
        const page = await browser.newPage();
        await page.route('**/api/config', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"jaegerUiUrl":null}' }));
        const { href } = await runFromPage(page);
        expect(href).toBeNull();
        await page.close();
    });
    it('serves the setting at GET /api/config, trailing slash trimmed; a bad URL stops start-up', async () => {
        const res = await fetch(`http://${cluster.orchestrator.httpAddress}/api/config`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json');
        expect(await res.json()).toEqual({ jaegerUiUrl: JAEGER_UI, traceSource: 'run' });
        expect((await fetch(`http://${cluster.orchestrator.httpAddress}/api/config`, { method: 'POST' })).status).toBe(405);
        await expect(startCluster({ jaegerUiUrl: 'javascript:alert(1)' }, cluster.nats)).rejects.toThrow(/jaegerUiUrl/);
    });
});
//# sourceMappingURL=web-page-trace-link.int.test.js.map
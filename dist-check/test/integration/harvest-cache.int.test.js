import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, nanos } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinAgents } from '../../src/agents/index.js';
import { fixturesDir } from '../../src/agents/web-harvester/fixtures.js';
import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { createWebHarvester } from '../../src/agents/web-harvester/index.js';
import { HARVEST_CACHE_BUCKET } from '../../src/agents/web-harvester/page-cache.js';
import { asView } from '../../src/cli/format/run-types.js';
import { formatRunReport } from '../../src/cli/format/run-report.js';
import { startCluster } from '../helpers/cluster.js';
// The web-harvester's page cache on a real nats-server, orchestrator and agent: a page
// fetched live is cached in troupe_harvest_cache; when the site then fails, the step
// completes with the cached copy (cached: true, cachedAt) and its report says so; past
// the TTL, or for a page never cached, the step fails as it always did.
const WORKFLOW = `
name: harvest-one
steps:
  - { id: harvest, capability: web.harvest, input: { urls: "\${input.urls}" }, timeout_ms: 20000, retry: { max_attempts: 1 } }
output: "\${steps.harvest.output}"
`.trim();
const EACH = `
name: harvest-each
steps:
  - { id: harvest, capability: web.harvest, for_each: "\${input.urls}", input: { urls: ["\${item}"] }, timeout_ms: 20000, retry: { max_attempts: 1 } }
output: "\${steps.harvest.output}"
`.trim();
const TTL_MS = 60_000;
describe('web-harvester page cache', () => {
    let cluster;
    let server;
    let base;
    let up = true;
    let now = Date.parse('2026-12-05T10:00:00Z');
    let nc;
    const article = readFileSync(`${fixturesDir()}/small-models-edge.html`);
    beforeAll(async () => {
        server = createServer((req, res) => {
            if (!up)
                res.writeHead(500).end('broken');
            else if (req.url?.split('?')[0] === '/article')
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
            else
                res.writeHead(404).end();
        });
        server.listen(0, '127.0.0.1');
        await once(server, 'listening');
        base = `http://127.0.0.1:${server.address().port}`;
        cluster = await startCluster({ instanceId: 'harvest-cache' });
        const agent = await cluster.startAgent(createWebHarvester({ live: true, env: {}, cacheTtlMs: TTL_MS, now: () => now }));
        await cluster.waitActive(agent.instanceId, 10_000);
        await cluster.client.registerWorkflow(WORKFLOW);
        await cluster.client.registerWorkflow(EACH);
        // The full-podcast workflow's other steps, in process: extractive script (no LLM), eSpeak NG voice.
        for (const name of ['script-weaver', 'voice-forge']) {
            const other = await cluster.startAgent(await builtinAgents[name]());
            await cluster.waitActive(other.instanceId, 10_000);
        }
        const podcast = (await builtinWorkflows()).find((w) => w.file.endsWith('full-podcast.yaml'));
        await cluster.client.registerWorkflow(podcast.text);
        nc = await connect({ servers: cluster.nats.url });
    }, 60_000);
    afterAll(async () => {
        await nc?.close();
        await cluster?.close();
        server?.close();
    });
    async function run(urls, workflow = 'harvest-one', extra = {}) {
        const { runId } = await cluster.client.startRun({ workflow, input: { urls, ...extra } });
        for await (const event of cluster.client.watchRun(runId))
            if (event.type.startsWith('run.') && event.type !== 'run.started')
                break;
        return asView(await cluster.client.getRun(runId));
    }
    const pagesOf = (report) => report.output.pages;
    const stepOf = (report) => report.steps.find((s) => s.id === 'harvest');
    it('caches a page fetched live, in a bucket kept at least the TTL', async () => {
        up = true;
        const report = await run([`${base}/article`]);
        expect(report.status).toBe('completed');
        expect(pagesOf(report)[0]).not.toHaveProperty('cached');
        expect(stepOf(report).warnings).toEqual([]);
        const jsm = await nc.jetstreamManager();
        const { config, state } = await jsm.streams.info(`KV_${HARVEST_CACHE_BUCKET}`);
        expect(config.max_age).toBe(nanos(TTL_MS));
        expect(state.messages).toBe(1);
    });
    it('answers a failed fetch from the cache, and the run report says so', async () => {
        up = true;
        const live = pagesOf(await run([`${base}/article`]))[0];
        const cachedAt = new Date(now).toISOString();
        up = false;
        now += 30_000;
        const report = await run([`${base}/article`]);
        expect(report.status).toBe('completed');
        expect(pagesOf(report)).toEqual([{ ...live, cached: true, cachedAt }]);
        const warning = `page ${base}/article could not be fetched (HTTP 500 Internal Server Error); used the copy cached at ${cachedAt}`;
        expect(stepOf(report).warnings).toEqual([warning]);
        // What `troupe run show` prints.
        expect(formatRunReport(report)).toContain(warning);
    });
    it('names the item of a for_each step whose page came from the cache', async () => {
        up = true;
        const url = `${base}/article?for=each`;
        await run([url]);
        const cachedAt = new Date(now).toISOString();
        up = false;
        const report = await run(['fixture:automated-podcast', url], 'harvest-each');
        expect(report.status).toBe('completed');
        expect(stepOf(report).warnings).toEqual([`item 1: page ${url} could not be fetched (HTTP 500 Internal Server Error); used the copy cached at ${cachedAt}`]);
        expect(report.output.map((o) => o.pages[0]?.cached ?? false)).toEqual([false, true]);
    });
    it('fails as before for a page never cached, and once the cached copy is older than the TTL', async () => {
        up = false;
        const never = await run([`${base}/never-fetched`]);
        expect(never.status).toBe('failed');
        expect(stepOf(never).error).toMatch(/no page could be harvested/);
        now += TTL_MS;
        const expired = await run([`${base}/article`]);
        expect(expired.status).toBe('failed');
        expect(stepOf(expired).error).toMatch(/no page could be harvested: .*HTTP 500/);
    });
    it('shows in the full-podcast workflow: the podcast is made from the cached page, and the report says so', async () => {
        const url = `${base}/article?for=podcast`;
        up = true;
        const fresh = await run([url], 'full-podcast', { topic: 'small models' });
        expect(fresh.status, JSON.stringify(fresh.error)).toBe('completed');
        const cachedAt = new Date(now).toISOString();
        up = false;
        now += 1000;
        const report = await run([url], 'full-podcast', { topic: 'small models' });
        expect(report.status).toBe('completed');
        const warning = `page ${url} could not be fetched (HTTP 500 Internal Server Error); used the copy cached at ${cachedAt}`;
        expect(stepOf(report).warnings).toEqual([warning]);
        expect(report.warnings).toContain(`harvest: ${warning}`);
        expect(report.steps.find((s) => s.id === 'weave')?.status).toBe('succeeded');
        expect(report.steps.find((s) => s.id === 'forge')?.status).toBe('succeeded');
        expect(formatRunReport(report)).toContain(warning);
    }, 60_000);
});
//# sourceMappingURL=harvest-cache.int.test.js.map
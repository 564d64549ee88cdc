import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken, hashToken } from '../../src/sdk/security/tokens.js';
import { startCluster } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
// ListRuns through its three doors (gRPC, HTTP, CLI) on a real durable orchestrator:
// pages that follow one another, filters, a workflow-limited token, and bad input.
const TOKENS = {
    admin: { token: generateToken(), scopes: '*' },
    onlyA: { token: generateToken(), scopes: 'runs:read:wf-a' },
};
describe('ListRuns: pages and filters over gRPC, HTTP and the CLI', () => {
    let dir;
    let cluster;
    let admin;
    const started = [];
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-list-'));
        const lines = Object.entries(TOKENS).map(([name, t]) => JSON.stringify({ name, sha256: hashToken(t.token), scopes: t.scopes }));
        await writeFile(join(dir, 'tokens.jsonl'), `${lines.join('\n')}\n`);
        cluster = await startCluster({ authTokensFile: join(dir, 'tokens.jsonl') });
        admin = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: TOKENS.admin.token, defaultTimeoutMs: 10_000 });
        const agent = await cluster.startAgent(defineAgent({ name: 'list-echo', version: '1.0.0', capabilities: [{ name: 'list.echo' }], handlers: { 'list.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        for (const name of ['wf-a', 'wf-b'])
            await admin.registerWorkflow(JSON.stringify({ name, steps: [{ id: 'echo', capability: 'list.echo', input: { v: 1 } }] }));
        for (let i = 0; i < 24; i++) {
            const { runId } = await admin.startRun({ workflow: i % 3 === 0 ? 'wf-b' : 'wf-a', input: {} });
            started.push(runId);
        }
        for (const id of started)
            for await (const e of admin.watchRun(id))
                if (e.type.startsWith('run.') && e.type !== 'run.started')
                    break;
    }, 60_000);
    afterAll(async () => {
        admin?.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('pages over gRPC: every run once, newest first, the last page without a token', async () => {
        const seen = [];
        let token = '';
        let pages = 0;
        do {
            const page = await admin.listRunsPage({ limit: 5 }, token);
            seen.push(...page.runs);
            token = page.nextPageToken;
            pages++;
        } while (token);
        expect(pages).toBe(5);
        expect(seen.map((r) => r.runId).sort()).toEqual([...started].sort());
        // Runs started in the same millisecond are ordered by run id, not by start order.
        expect(seen.map((r) => r.createdAt)).toEqual(seen.map((r) => r.createdAt).sort((a, b) => b - a));
        // listRuns follows pages up to its limit.
        expect((await admin.listRuns({ workflow: 'wf-b', limit: 100 })).length).toBe(8);
    });
    it('refuses a garbled token, a huge limit and a negative time with INVALID_ARGUMENT', async () => {
        await expect(admin.listRunsPage({ limit: 5 }, 'not-a-token')).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/page_token is not a token ListRuns returned/) });
        await expect(admin.listRunsPage({ limit: 5000 })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/limit must be an integer in 1…1000/) });
    });
    it('serves GET /api/runs with filters and tokens, only the workflows a token allows', async () => {
        const base = `http://${cluster.orchestrator.httpAddress}/api/runs`;
        const get = (query, who = 'admin') => fetch(`${base}?${query}`, { headers: { authorization: `Bearer ${TOKENS[who].token}` } });
        expect((await fetch(base)).status).toBe(401);
        const first = (await (await get('workflow=wf-a&status=completed&limit=10')).json());
        expect(first.runs).toHaveLength(10);
        expect(first.next_page_token).not.toBe('');
        const second = (await (await get(`workflow=wf-a&status=completed&limit=10&page_token=${first.next_page_token}`)).json());
        expect(second.runs).toHaveLength(6);
        expect(second.next_page_token).toBe('');
        const limited = (await (await get('limit=100', 'onlyA')).json());
        expect(limited.runs).toHaveLength(16);
        expect(new Set(limited.runs.map((r) => r.workflow))).toEqual(new Set(['wf-a']));
        const future = Date.now() + 3_600_000;
        expect((await (await get(`created_after=${future}`)).json()).runs).toEqual([]);
        const bad = await get('created_after=yesterday');
        expect(bad.status).toBe(400);
        expect(await bad.json()).toMatchObject({ error: 'INVALID_ARGUMENT', message: expect.stringMatching(/created_after must be a non-negative integer/) });
        expect((await get('page_token=%7B%7D')).status).toBe(400);
    });
    it('the CLI filters by time and explains a bad time', async () => {
        const env = { TROUPE_TOKEN: TOKENS.admin.token, TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const run = async (...args) => {
            const p = spawnTroupe(['runs', ...args], env);
            const code = await p.exited;
            return { code, out: p.stdoutText(), err: p.stderrText() };
        };
        const recent = await run('--since', '1h', '--workflow', 'wf-b', '--json');
        expect(recent.code).toBe(0);
        expect(JSON.parse(recent.out).length).toBe(8);
        const old = await run('--before', '2001-01-01T00:00:00Z', '--json');
        expect(JSON.parse(old.out)).toEqual([]);
        expect(await run('--since', 'last week')).toMatchObject({ code: 2, err: expect.stringMatching(/--since must be a duration ago/) });
        expect(await run('--since', '1h', '--before', '2h')).toMatchObject({ code: 2, err: expect.stringMatching(/--since must be earlier than --before/) });
    }, 30_000);
});
//# sourceMappingURL=list-runs.int.test.js.map
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
// The schedule API on a real orchestrator and nats-server, with API tokens on: the
// status codes of bad requests, scopes and workflow limits, the audit log, the HTTP
// route for consoles, and the real CLI.
const TOKENS = {
    admin: { token: generateToken(), scopes: '*' },
    reader: { token: generateToken(), scopes: 'schedules:read' },
    noStart: { token: generateToken(), scopes: 'schedules:write schedules:read' },
    limited: { token: generateToken(), scopes: 'schedules:write schedules:read runs:start:wf-a' },
};
describe('schedule API: validation, scopes, audit, HTTP and CLI', () => {
    let dir;
    let cluster;
    const clients = [];
    const as = (who) => {
        const c = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: TOKENS[who].token, defaultTimeoutMs: 10_000 });
        clients.push(c);
        return c;
    };
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-sched-'));
        const lines = Object.entries(TOKENS).map(([name, t]) => JSON.stringify({ name, sha256: hashToken(t.token), scopes: t.scopes }));
        await writeFile(join(dir, 'tokens.jsonl'), `${lines.join('\n')}\n`);
        cluster = await startCluster({ authTokensFile: join(dir, 'tokens.jsonl') });
        const agent = await cluster.startAgent(defineAgent({ name: 'sched-echo', version: '1.0.0', capabilities: [{ name: 'sched.echo' }], handlers: { 'sched.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        for (const name of ['wf-a', 'wf-b'])
            await as('admin').registerWorkflow(JSON.stringify({ name, steps: [{ id: 'echo', capability: 'sched.echo', input: { v: 1 } }] }));
        await as('admin').registerWorkflow(JSON.stringify({ name: 'wf-in', input: { required: ['topic'] }, steps: [{ id: 'echo', capability: 'sched.echo', input: { t: '${input.topic}' } }] }));
    });
    afterAll(async () => {
        for (const c of clients)
            c.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('refuses bad requests with a code and a message a person can act on', async () => {
        const admin = as('admin');
        const base = { name: 'bad', workflow: 'wf-a', cron: '*/5 * * * *' };
        const cases = [
            [{ ...base, cron: '61 * * * *' }, Status.INVALID_ARGUMENT, /cron "61 \* \* \* \*" is not valid/],
            [{ ...base, cron: '* * *' }, Status.INVALID_ARGUMENT, /has 3 field\(s\); give 5/],
            [{ ...base, timezone: 'Mars/Base' }, Status.INVALID_ARGUMENT, /not an IANA time zone/],
            [{ name: 'bad', workflow: 'wf-a', at: '2001-01-01T00:00:00Z' }, Status.INVALID_ARGUMENT, /is in the past/],
            [{ name: 'bad', workflow: 'wf-a', at: 'next tuesday' }, Status.INVALID_ARGUMENT, /not an RFC 3339 time/],
            [{ ...base, at: '2099-01-01T00:00:00Z' }, Status.INVALID_ARGUMENT, /not both/],
            [{ name: 'bad', workflow: 'wf-a' }, Status.INVALID_ARGUMENT, /give cron/],
            [{ ...base, name: 'no spaces please' }, Status.INVALID_ARGUMENT, /schedule name .* is not valid/],
            [{ ...base, workflow: 'nope' }, Status.NOT_FOUND, /workflow "nope" is not registered/],
            [{ ...base, workflow: 'wf-in', input: { other: 1 } }, Status.INVALID_ARGUMENT, /the input does not fit workflow wf-in: input\.topic: is required by workflow "wf-in"/],
        ];
        for (const [req, code, message] of cases) {
            await expect(admin.createSchedule(req), JSON.stringify(req)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
        }
        await admin.createSchedule({ ...base, name: 'dup' });
        await expect(admin.createSchedule({ ...base, name: 'dup' })).rejects.toMatchObject({ code: Status.ALREADY_EXISTS, message: expect.stringMatching(/exists already/) });
        for (const call of [() => admin.pauseSchedule('ghost'), () => admin.resumeSchedule('ghost'), () => admin.deleteSchedule('ghost'), () => admin.getSchedule('ghost')]) {
            await expect(call()).rejects.toMatchObject({ code: Status.NOT_FOUND, message: expect.stringMatching(/schedule "ghost" not found/) });
        }
        await admin.deleteSchedule('dup');
    });
    it('needs schedules:write and permission to start the workflow; workflow-limited tokens see their own; decisions are audited', async () => {
        const spec = { workflow: 'wf-a', cron: '0 3 * * *', timezone: 'Europe/Paris', input: { topic: 'tides' } };
        await expect(as('reader').createSchedule({ ...spec, name: 'r' })).rejects.toMatchObject({ code: Status.PERMISSION_DENIED, message: expect.stringMatching(/schedules:write/) });
        await expect(as('noStart').createSchedule({ ...spec, name: 'n' })).rejects.toMatchObject({ code: Status.PERMISSION_DENIED, message: expect.stringMatching(/runs:start/) });
        await expect(as('limited').createSchedule({ ...spec, name: 'l', workflow: 'wf-b' })).rejects.toMatchObject({ code: Status.PERMISSION_DENIED, message: expect.stringMatching(/wf-b/) });
        const created = await as('limited').createSchedule({ ...spec, name: 'nightly-a' });
        expect(created).toMatchObject({ name: 'nightly-a', workflow: 'wf-a', cron: '0 3 * * *', timezone: 'Europe/Paris', state: 'active', createdBy: 'limited', input: { topic: 'tides' } });
        expect(Date.parse(created.nextTick)).toBeGreaterThan(Date.now());
        await as('admin').createSchedule({ ...spec, name: 'nightly-b', workflow: 'wf-b' });
        expect((await as('limited').listSchedules()).map((s) => s.name)).toEqual(['nightly-a']);
        expect((await as('reader').listSchedules()).map((s) => s.name)).toEqual(['nightly-a', 'nightly-b']);
        await expect(as('limited').pauseSchedule('nightly-b')).rejects.toMatchObject({ code: Status.PERMISSION_DENIED });
        await expect(as('reader').pauseSchedule('nightly-a')).rejects.toMatchObject({ code: Status.PERMISSION_DENIED });
        expect((await as('limited').pauseSchedule('nightly-a')).state).toBe('paused');
        const audit = await cluster.orchestrator.auditLog.list({});
        const events = audit.filter((e) => e.action.includes('Schedule')).map((e) => `${e.actor} ${e.action} ${e.target ?? ''} ${e.outcome}`);
        expect(events).toEqual(expect.arrayContaining([
            'reader CreateSchedule r/wf-a denied',
            'noStart CreateSchedule n/wf-a denied',
            'limited CreateSchedule l/wf-b denied',
            'limited CreateSchedule nightly-a/wf-a ok',
            'limited PauseSchedule nightly-b denied',
            'limited PauseSchedule nightly-a ok',
        ]));
    });
    it('GET /api/schedules lists them for a console (scope schedules:read)', async () => {
        const url = `http://${cluster.orchestrator.httpAddress}/api/schedules`;
        expect((await fetch(url)).status).toBe(401);
        const res = await fetch(`${url}?workflow=wf-a`, { headers: { authorization: `Bearer ${TOKENS.reader.token}` } });
        expect(res.status).toBe(200);
        const body = (await res.json());
        expect(body.schedules.map((s) => [s.name, s.state])).toEqual([['nightly-a', 'paused']]);
    });
    it('the real CLI creates, lists, pauses, resumes and deletes, and explains bad input', async () => {
        const env = { TROUPE_TOKEN: TOKENS.admin.token, TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const run = async (...args) => {
            const p = spawnTroupe(['schedule', ...args], env);
            const code = await p.exited;
            return { code, out: p.stdoutText(), err: p.stderrText() };
        };
        const created = await run('create', 'cli-s', '--workflow', 'wf-a', '--cron', '*/5 * * * *', '--timezone', 'America/New_York', '--input', '{"topic":"cli"}');
        expect(created).toMatchObject({ code: 0, out: expect.stringMatching(/^created cli-s: wf-a, \*\/5 \* \* \* \* \(America\/New_York\), active, next \d{4}-/) });
        const listed = await run('list', '--json');
        expect(listed.code).toBe(0);
        expect(JSON.parse(listed.out).map((s) => s.name)).toContain('cli-s');
        const table = await run('list', '--workflow', 'wf-a');
        expect(table.out).toMatch(/^NAME\s+WORKFLOW\s+WHEN\s+STATE/);
        expect(table.out).toMatch(/cli-s\s+wf-a/);
        expect(await run('pause', 'cli-s')).toMatchObject({ code: 0, out: 'paused cli-s: wf-a, */5 * * * * (America/New_York), paused\n' });
        expect((await run('resume', 'cli-s')).out).toMatch(/^resumed cli-s: .*active, next /);
        expect((await run('delete', 'cli-s')).out).toMatch(/^deleted cli-s/);
        const bad = await run('create', 'x', '--workflow', 'wf-a', '--cron', '99 * * * *');
        expect(bad.code).toBe(1);
        expect(bad.err).toMatch(/error: INVALID_ARGUMENT: cron "99 \* \* \* \*" is not valid/);
        expect(await run('create', 'x', '--cron', '* * * * *')).toMatchObject({ code: 2, err: expect.stringMatching(/needs --workflow/) });
        expect(await run('create', 'x', '--workflow', 'wf-a', '--cron', '* * * * *', '--input', '{nope')).toMatchObject({ code: 2, err: expect.stringMatching(/--input/) });
        expect(await run('pase', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/did you mean 'pause'/) });
        expect(await run('delete', 'ghost')).toMatchObject({ code: 1, err: expect.stringMatching(/NOT_FOUND: schedule "ghost" not found/) });
    }, 60_000);
});
//# sourceMappingURL=schedules-api.int.test.js.map
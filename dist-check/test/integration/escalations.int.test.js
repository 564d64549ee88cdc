import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/orchestrator/webhooks/signature.js';
import { defineAgent, Status, UnavailableError } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Issue #15 point 7 on a real orchestrator, NATS, agent and receiver: a dead letter of a
// workflow with `on_dead_letter: escalate` is POSTed, signed, to the escalation receiver;
// `troupe alerts ack` and `resolve` move it on, and the receiver hears of each change.
const SECRET = 'escalation-secret-0123456789abcdef';
describe('escalations: on_dead_letter: escalate, troupe alerts ack and resolve', () => {
    let dir;
    let cluster;
    let receiver;
    const received = [];
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-esc-'));
        await writeFile(join(dir, 'secret'), SECRET);
        receiver = createServer((req, res) => {
            let body = '';
            req.on('data', (c) => (body += c.toString('utf8')));
            req.on('end', () => {
                const payload = JSON.parse(body);
                received.push({ ...payload, verified: verifySignature(Buffer.from(SECRET), body, req.headers['troupe-signature']) });
                res.writeHead(204).end();
            });
        });
        await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
        const port = receiver.address().port;
        cluster = await startCluster({ webhookSecretFile: join(dir, 'secret'), escalationUrl: `http://127.0.0.1:${port}/troupe` });
        const agent = await cluster.startAgent(defineAgent({
            name: 'esc-agent',
            version: '1.0.0',
            capabilities: [{ name: 'esc.broken' }, { name: 'esc.fine' }],
            handlers: {
                'esc.broken': () => {
                    throw new UnavailableError('always down');
                },
                'esc.fine': (input) => input,
            },
        }));
        await cluster.waitActive(agent.instanceId);
    });
    afterAll(async () => {
        await cluster?.close();
        await new Promise((resolve) => receiver?.close(resolve));
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('refuses a definition with an unknown on_dead_letter value', async () => {
        await expect(cluster.client.registerWorkflow('name: esc-bad\non_dead_letter: page-me\nsteps:\n  - { id: a, capability: esc.fine }\n')).rejects.toMatchObject({
            code: Status.INVALID_ARGUMENT,
            message: expect.stringMatching(/on_dead_letter: must be escalate or ignore/),
        });
    });
    it('escalates a dead letter once, signed; ack and resolve reach the receiver; the CLI explains bad moves', async () => {
        await cluster.client.registerWorkflow('name: esc-wf\non_dead_letter: escalate\nsteps:\n  - { id: down, capability: esc.broken, retry: { max_attempts: 2, initial_backoff_ms: 1 } }\n');
        await cluster.client.registerWorkflow('name: esc-quiet\nsteps:\n  - { id: down, capability: esc.broken, retry: { max_attempts: 1 } }\n');
        const { runId } = await cluster.client.startRun({ workflow: 'esc-wf', input: {} });
        const quiet = await cluster.client.startRun({ workflow: 'esc-quiet', input: {} });
        for (const id of [runId, quiet.runId])
            for await (const e of cluster.client.watchRun(id))
                if (e.type.startsWith('run.') && e.type !== 'run.started')
                    break;
        const [open] = await waitFor(async () => {
            const list = await cluster.client.listEscalations('open');
            return list.length > 0 && list;
        }, { timeoutMs: 10_000, what: 'an open escalation' });
        expect(open).toMatchObject({ state: 'open', runId, workflow: 'esc-wf', stepId: 'down', capability: 'esc.broken', reason: expect.stringMatching(/2 attempt\(s\) failed; last: UNAVAILABLE: always down/) });
        expect((await cluster.client.listEscalations()).map((e) => e.runId)).toEqual([runId]); // the quiet workflow does not escalate
        await waitFor(() => received.some((r) => r.id === open.id && r.state === 'open'), { timeoutMs: 10_000, what: 'the receiver to get the open escalation' });
        const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const cli = async (...args) => {
            const p = spawnTroupe(['alerts', ...args], env);
            const code = await p.exited;
            return { code, out: p.stdoutText(), err: p.stderrText() };
        };
        const table = await cli('list');
        expect(table.out).toMatch(/^ID\s+STATE\s+RAISED\s+WORKFLOW\/RUN\/STEP\s+REASON/);
        expect(table.out).toContain(`${open.id}  open`);
        expect(await cli('ack', open.id, '--note', 'looking')).toMatchObject({ code: 0, out: `${open.id}: acknowledged (esc-wf run ${runId}, step down)\n` });
        expect(await cli('resolve', open.id)).toMatchObject({ code: 0, out: expect.stringContaining('resolved') });
        expect(await cli('ack', open.id)).toMatchObject({ code: 1, err: expect.stringMatching(/FAILED_PRECONDITION: escalation ".*" is resolved; it cannot become acknowledged/) });
        expect(await cli('ack', 'esc-nope')).toMatchObject({ code: 1, err: expect.stringMatching(/NOT_FOUND: no escalation "esc-nope"/) });
        expect(await cli('list', '--state', 'closed')).toMatchObject({ code: 2, err: expect.stringMatching(/--state must be one of open, acknowledged, resolved/) });
        await waitFor(() => received.filter((r) => r.id === open.id).length >= 3, { timeoutMs: 10_000, what: 'the receiver to hear ack and resolve' });
        const mine = received.filter((r) => r.id === open.id);
        expect(mine.map((r) => r.state)).toEqual(['open', 'acknowledged', 'resolved']);
        expect(mine.every((r) => r.verified)).toBe(true);
        const [resolved] = await cluster.client.listEscalations('resolved');
        expect(resolved.history.map((h) => [h.state, h.by, h.note ?? ''])).toEqual([
            ['open', 'orchestrator', ''],
            ['acknowledged', 'anonymous', 'looking'],
            ['resolved', 'anonymous', ''],
        ]);
    }, 60_000);
});
describe('escalations without a receiver', () => {
    it('refuses to register a workflow that escalates, saying what to set', async () => {
        const cluster = await startCluster();
        try {
            await expect(cluster.client.registerWorkflow('name: esc-x\non_dead_letter: escalate\nsteps:\n  - { id: a, capability: esc.fine }\n')).rejects.toMatchObject({
                code: Status.FAILED_PRECONDITION,
                message: expect.stringMatching(/set TROUPE_ESCALATION_URL/),
            });
        }
        finally {
            await cluster.close();
        }
    });
});
//# sourceMappingURL=escalations.int.test.js.map
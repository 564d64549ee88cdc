import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { defineAgent, InvalidArgumentError, Status, TroupeError } from '../../src/sdk/index.js';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
import { startCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
async function failure(p) {
    const err = await p.then(() => undefined, (e) => e);
    if (!TroupeError.is(err))
        throw new Error(`expected a TroupeError, got ${String(err)}`);
    return err;
}
/**
 * ReplayDeadLetter, DiscardDeadLetter and ListWorkflowVersions over gRPC, the typed client and
 * the real CLI, against a durable orchestrator on a real nats-server: codes, workflow limits,
 * audit records.
 */
describe('dead-letter replay and discard, workflow versions (gRPC and CLI)', () => {
    let cluster;
    let dir;
    let admin;
    let limited;
    const healthy = { ok: false };
    const adminToken = generateToken();
    const limitedToken = generateToken();
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-dlq-'));
        await writeTokensFile(dir, [
            { name: 'admin', token: adminToken, scopes: '*' },
            { name: 'limited', token: limitedToken, scopes: 'runs:start runs:read runs:cancel workflows:read', workflows: ['dl-other'] },
        ]);
        cluster = await startCluster({ authTokensFile: join(dir, 'tokens.jsonl') });
        const agent = await cluster.startAgent(defineAgent({
            name: 'dl-agent',
            version: '1.0.0',
            capabilities: [{ name: 'dl.work' }],
            handlers: {
                'dl.work': (input) => {
                    if (!healthy.ok)
                        throw new InvalidArgumentError('not yet');
                    return { worked: input };
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
        admin = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: adminToken });
        limited = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: limitedToken });
        await admin.registerWorkflow(JSON.stringify({ name: 'dl-flow', steps: [{ id: 'work', capability: 'dl.work', input: { n: '${input.n}' } }] }));
    }, 30_000);
    afterAll(async () => {
        admin?.close();
        limited?.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    async function deadLetter(n) {
        healthy.ok = false;
        const { runId } = await admin.startRun({ workflow: 'dl-flow', input: { n } });
        const [record] = await waitFor(async () => {
            const records = (await admin.listDeadLetters({ runId }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        return { runId, taskId: record.taskId };
    }
    async function cli(argv) {
        let stdout = '';
        let stderr = '';
        const out = { isTTY: false, columns: 100, write: (s) => ((stdout += s), true) };
        const err = { isTTY: false, columns: 100, write: (s) => ((stderr += s), true) };
        const code = await main(argv, { stdout: out, stderr: err, env: { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress, TROUPE_TOKEN: adminToken } });
        return { code, stdout, stderr };
    }
    it('replays a step: the task runs again alone with its input and the record goes; a failed replay keeps it', async () => {
        const { runId, taskId } = await deadLetter(1);
        const again = await failure(admin.replayDeadLetter(taskId));
        expect(again.code).toBe(Status.INVALID_ARGUMENT); // the agent's own answer, still failing
        expect((await admin.listDeadLetters({ runId })).map((r) => r.taskId)).toEqual([taskId]);
        healthy.ok = true;
        const replayed = await admin.replayDeadLetter(taskId, 'step');
        expect(replayed).toEqual({ taskId: expect.any(String), output: { worked: { n: 1 } }, runId: '', reusedStepIds: [], fromStepId: '' });
        expect(replayed.taskId).not.toBe(taskId);
        expect(await admin.listDeadLetters({ runId })).toEqual([]);
        expect((await failure(admin.replayDeadLetter(taskId))).code).toBe(Status.NOT_FOUND);
        const audit = await admin.listAuditEvents({ action: 'ReplayDeadLetter' });
        expect(audit.map((e) => [e.actor, e.target, e.outcome])).toEqual([
            ['admin', taskId, 'error'],
            ['admin', taskId, 'ok'],
            ['admin', taskId, 'error'],
        ]);
    });
    it('replays a run: a new run of the workflow with the run\'s input', async () => {
        const { runId, taskId } = await deadLetter(2);
        healthy.ok = true;
        const { runId: fresh } = await admin.replayDeadLetter(taskId, 'run');
        expect(fresh).not.toBe(runId);
        await waitFor(async () => (await admin.getRun(fresh)).status === 'completed', { timeoutMs: 10_000, what: 'the new run' });
        expect(await admin.getRun(fresh)).toMatchObject({ workflow: 'dl-flow', steps: [{ id: 'work', output: { worked: { n: 2 } } }] });
    });
    it('discards, refuses bad ids and other workflows\' records', async () => {
        const { taskId } = await deadLetter(3);
        expect((await failure(admin.replayDeadLetter(''))).code).toBe(Status.INVALID_ARGUMENT);
        expect((await failure(admin.discardDeadLetter('a b'))).code).toBe(Status.INVALID_ARGUMENT);
        expect((await failure(admin.discardDeadLetter('no-such-task'))).code).toBe(Status.NOT_FOUND);
        const denied = await failure(limited.discardDeadLetter(taskId));
        expect(denied.code).toBe(Status.PERMISSION_DENIED);
        expect(denied.message).toMatch(/dl-other/);
        expect(await limited.listDeadLetters()).toEqual([]);
        expect(await admin.discardDeadLetter(taskId)).toMatchObject({ taskId, capability: 'dl.work', stepId: 'work' });
        expect((await admin.listDeadLetters()).map((r) => r.taskId)).not.toContain(taskId);
    });
    it('lists a workflow\'s versions, newest first; NOT_FOUND for an unknown name, PERMISSION_DENIED outside a token\'s workflows', async () => {
        await admin.registerWorkflow(JSON.stringify({ name: 'dl-flow', description: 'second', steps: [{ id: 'work', capability: 'dl.work', input: { n: '${input.n}' } }] }));
        const versions = (await admin.listWorkflowVersions('dl-flow'));
        expect(versions.map((v) => v.version)).toEqual([2, 1]);
        expect(versions[0].definition.description).toBe('second');
        expect((await failure(admin.listWorkflowVersions('nope'))).code).toBe(Status.NOT_FOUND);
        expect((await failure(admin.listWorkflowVersions(''))).code).toBe(Status.INVALID_ARGUMENT);
        expect((await failure(limited.listWorkflowVersions('dl-flow'))).code).toBe(Status.PERMISSION_DENIED);
    });
    it('the CLI: troupe dlq replay [--as-run], troupe dlq discard, troupe workflow versions', async () => {
        const first = await deadLetter(4);
        healthy.ok = true;
        const step = await cli(['dlq', 'replay', first.taskId]);
        expect(step).toMatchObject({ code: 0, stderr: '' });
        expect(step.stdout).toMatch(new RegExp(`^replayed ${first.taskId} as task \\S+: \\{"worked":\\{"n":4\\}\\}\\n$`));
        const second = await deadLetter(5);
        healthy.ok = true;
        expect((await cli(['dlq', 'replay', second.taskId, '--as-run'])).stdout).toMatch(new RegExp(`^replayed ${second.taskId} as run [\\w-]+\\n$`));
        const third = await deadLetter(6);
        expect(await cli(['dlq', 'discard', third.taskId])).toMatchObject({ code: 0, stdout: `discarded ${third.taskId}\n` });
        const missing = await cli(['dlq', 'discard', third.taskId]);
        expect(missing.code).not.toBe(0);
        expect(missing.stderr).toMatch(/NOT_FOUND.*no dead letter/);
        expect((await cli(['dlq', 'replay'])).stderr).toMatch(/needs a TASK-ID/);
        const versions = await cli(['workflow', 'versions', 'dl-flow', '--json']);
        expect(JSON.parse(versions.stdout).map((v) => v.version)).toEqual([2, 1]);
    });
});
//# sourceMappingURL=dead-letters-api.int.test.js.map
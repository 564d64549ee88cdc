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
 * ReplayDeadLetter mode from_step against a durable orchestrator, real agents and a real
 * nats-server: the steps that succeeded before the failed one are not called again, the
 * failed step and everything downstream run, and the new run's report says which were reused.
 */
describe('dead-letter replay from the failed step', () => {
    let cluster;
    let dir;
    let admin;
    let limited;
    const adminToken = generateToken();
    const limitedToken = generateToken();
    /** Calls of each capability, by the run input's `n`. */
    const calls = new Map();
    const count = (cap, input) => {
        const key = `${cap}:${JSON.stringify(input.n)}`;
        const n = (calls.get(key) ?? 0) + 1;
        calls.set(key, n);
        return n;
    };
    const callsOf = (cap, n) => calls.get(`${cap}:${n}`) ?? 0;
    const broken = new Set();
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-rfs-'));
        await writeTokensFile(dir, [
            { name: 'admin', token: adminToken, scopes: '*' },
            { name: 'limited', token: limitedToken, scopes: 'runs:start runs:read runs:cancel workflows:read', workflows: ['rfs-other'] },
        ]);
        cluster = await startCluster({ authTokensFile: join(dir, 'tokens.jsonl') });
        const work = (cap) => (input) => {
            const call = count(cap, input);
            if (broken.has(cap))
                throw new InvalidArgumentError(`${cap} is broken`);
            return { cap, call, saw: input };
        };
        const agent = await cluster.startAgent(defineAgent({
            name: 'rfs-agent',
            version: '1.0.0',
            capabilities: ['rfs.a', 'rfs.b', 'rfs.c', 'rfs.d'].map((name) => ({ name })),
            handlers: { 'rfs.a': work('rfs.a'), 'rfs.b': work('rfs.b'), 'rfs.c': work('rfs.c'), 'rfs.d': work('rfs.d') },
        }));
        await cluster.waitActive(agent.instanceId);
        admin = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: adminToken });
        limited = createOrchestratorClient(cluster.orchestrator.grpcAddress, { token: limitedToken });
        const n = '${input.n}';
        await admin.registerWorkflow(JSON.stringify({
            name: 'rfs-line',
            steps: [
                { id: 'a', capability: 'rfs.a', input: { n } },
                { id: 'b', capability: 'rfs.b', depends_on: ['a'], input: { n, a: '${steps.a.output}' } },
                { id: 'c', capability: 'rfs.c', depends_on: ['b'], input: { n, a: '${steps.a.output}', b: '${steps.b.output.call}' } },
            ],
            output: { a: '${steps.a.output.call}', c: '${steps.c.output.saw}' },
        }));
        await admin.registerWorkflow(JSON.stringify({
            name: 'rfs-diamond',
            steps: [
                { id: 'a', capability: 'rfs.a', input: { n } },
                { id: 'b', capability: 'rfs.b', depends_on: ['a'], input: { n } },
                { id: 'c', capability: 'rfs.c', depends_on: ['a'], input: { n } },
                { id: 'd', capability: 'rfs.d', depends_on: ['b', 'c'], input: { n, b: '${steps.b.output.call}', c: '${steps.c.output.call}' } },
            ],
        }));
    }, 30_000);
    afterAll(async () => {
        admin?.close();
        limited?.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    /** Runs `workflow` with input n while `cap` is broken; resolves once it failed and its dead letter is listed. */
    async function deadLetter(workflow, n, cap) {
        broken.add(cap);
        const { runId } = await admin.startRun({ workflow, input: { n } });
        const [record] = await waitFor(async () => {
            const records = (await admin.listDeadLetters({ runId }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        await waitFor(async () => (await admin.getRun(runId)).status === 'failed', { timeoutMs: 10_000, what: 'the run to fail' });
        return { runId, taskId: record.taskId };
    }
    async function finished(runId) {
        return waitFor(async () => {
            const report = (await admin.getRun(runId));
            return report.status !== 'pending' && report.status !== 'running' && report;
        }, { timeoutMs: 10_000, what: `run ${runId} to end` });
    }
    const stepOf = (report, id) => report.steps.find((s) => s.id === id);
    it('a → b → c with b dead-lettered: a is not called again, b and c run, c sees a\'s original output', async () => {
        const { runId, taskId } = await deadLetter('rfs-line', 1, 'rfs.b');
        const before = (await admin.getRun(runId));
        const aOutput = stepOf(before, 'a').output;
        expect(callsOf('rfs.a', 1)).toBe(1);
        broken.delete('rfs.b');
        const { runId: fresh, reusedStepIds, fromStepId } = await admin.replayDeadLetter(taskId, 'from_step');
        expect(fresh).not.toBe(runId);
        expect({ reusedStepIds, fromStepId }).toEqual({ reusedStepIds: ['a'], fromStepId: 'b' });
        const report = await finished(fresh);
        expect(report.status).toBe('completed');
        expect(callsOf('rfs.a', 1)).toBe(1); // not dispatched again
        expect(callsOf('rfs.b', 1)).toBe(2);
        expect(callsOf('rfs.c', 1)).toBe(1);
        expect(report.replayOf).toEqual({ runId, stepId: 'b' });
        expect(stepOf(report, 'a')).toMatchObject({ status: 'succeeded', reused: true, reusedFrom: runId, output: aOutput, tasks: [] });
        expect(stepOf(report, 'b')).not.toHaveProperty('reused');
        expect(stepOf(report, 'c').output).toEqual({ cap: 'rfs.c', call: 1, saw: { n: 1, a: aOutput, b: 2 } });
        expect(report.output).toEqual({ a: 1, c: { n: 1, a: aOutput, b: 2 } });
        expect(await admin.listDeadLetters({ runId })).toEqual([]);
        // The run's events say which step was reused, and from where.
        const events = [];
        for await (const event of admin.watchRun(fresh))
            events.push(event);
        expect(events.filter((e) => e.type === 'step.reused')).toEqual([expect.objectContaining({ stepId: 'a', detail: { fromRunId: runId } })]);
        expect(events.filter((e) => e.type === 'step.started').map((e) => e.stepId)).toEqual(['b', 'c']);
        // The record is gone: a second replay is NOT_FOUND; the audit log has the replay.
        expect((await failure(admin.replayDeadLetter(taskId, 'from_step'))).code).toBe(Status.NOT_FOUND);
        const audit = await admin.listAuditEvents({ action: 'ReplayDeadLetter' });
        expect(audit.filter((e) => e.target === taskId).map((e) => e.outcome)).toEqual(['ok', 'error']); // the replay, then the NOT_FOUND
    });
    it('a diamond with c dead-lettered: a and b are reused, c and d run again', async () => {
        const { runId, taskId } = await deadLetter('rfs-diamond', 2, 'rfs.c');
        broken.delete('rfs.c');
        const { runId: fresh } = await admin.replayDeadLetter(taskId, 'from_step');
        const report = await finished(fresh);
        expect(report.status).toBe('completed');
        expect(report.steps.map((s) => [s.id, s.status, s.reused === true])).toEqual([
            ['a', 'succeeded', true],
            ['b', 'succeeded', true],
            ['c', 'succeeded', false],
            ['d', 'succeeded', false],
        ]);
        expect([callsOf('rfs.a', 2), callsOf('rfs.b', 2), callsOf('rfs.c', 2), callsOf('rfs.d', 2)]).toEqual([1, 1, 2, 1]);
        expect(stepOf(report, 'd').output).toMatchObject({ saw: { n: 2, b: 1, c: 2 } });
        expect(report.replayOf).toEqual({ runId, stepId: 'c' });
    });
    it('a replay that fails again dead-letters the new run\'s task, and that one replays from its step too', async () => {
        const first = await deadLetter('rfs-line', 3, 'rfs.c');
        const { runId: second } = await admin.replayDeadLetter(first.taskId, 'from_step'); // c still broken
        expect((await finished(second)).status).toBe('failed');
        const [again] = (await admin.listDeadLetters({ runId: second }));
        broken.delete('rfs.c');
        const { runId: third } = await admin.replayDeadLetter(again.taskId, 'from_step');
        const report = await finished(third);
        expect(report.status).toBe('completed');
        // a and b ran once, in the first run; the second and third reused them.
        expect([callsOf('rfs.a', 3), callsOf('rfs.b', 3), callsOf('rfs.c', 3)]).toEqual([1, 1, 3]);
        expect(stepOf(report, 'a').reusedFrom).toBe(second);
    });
    it('reuses a for_each step\'s gathered list and an approval\'s payload without asking again', async () => {
        await admin.registerWorkflow(JSON.stringify({
            name: 'rfs-kinds',
            steps: [
                { id: 'each', capability: 'rfs.a', for_each: '${input.items}', input: { n: '${input.n}', item: '${item}' } },
                { id: 'approve', depends_on: ['each'], wait_for_signal: {} },
                { id: 'last', capability: 'rfs.d', depends_on: ['approve'], input: { n: '${input.n}', items: '${steps.each.output}', ok: '${steps.approve.output}' } },
            ],
        }));
        broken.add('rfs.d');
        const { runId } = await admin.startRun({ workflow: 'rfs-kinds', input: { n: 6, items: ['x', 'y'] } });
        await waitFor(async () => (await admin.getRun(runId)).steps[1].status === 'waiting', { timeoutMs: 10_000, what: 'the approval step to wait' });
        await admin.signalRun(runId, 'approve', { payload: { by: 'ann' } });
        const [record] = await waitFor(async () => {
            const records = (await admin.listDeadLetters({ runId }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        const each = stepOf((await admin.getRun(runId)), 'each').output;
        broken.delete('rfs.d');
        const { runId: fresh } = await admin.replayDeadLetter(record.taskId, 'from_step');
        const report = await finished(fresh); // no second approval needed
        expect(report.status).toBe('completed');
        expect(report.steps.map((s) => [s.id, s.reused === true])).toEqual([['each', true], ['approve', true], ['last', false]]);
        expect(callsOf('rfs.a', 6)).toBe(2); // the two items, in the first run only
        expect(stepOf(report, 'last').output).toMatchObject({ saw: { n: 6, items: each, ok: { by: 'ann' } } });
    });
    it('refuses garbage: unknown task, a task of no run, another workflow\'s record, a run no longer kept', async () => {
        expect((await failure(admin.replayDeadLetter('no-such-task', 'from_step'))).code).toBe(Status.NOT_FOUND);
        expect((await failure(admin.replayDeadLetter('bad id!', 'from_step'))).code).toBe(Status.INVALID_ARGUMENT);
        const stores = cluster.orchestrator.stores;
        await stores.deadLetters.add({ taskId: 'rfs-task-only', capability: 'rfs.a', attempts: [], input: { n: 9 }, failedAt: Date.now(), reason: 'test' });
        const alone = await failure(admin.replayDeadLetter('rfs-task-only', 'from_step'));
        expect(alone.code).toBe(Status.FAILED_PRECONDITION);
        expect(alone.message).toMatch(/belonged to no run; replay it as a step/);
        // The same over HTTP: 409 with the message, and a misspelt mode is the caller's 400.
        const http = (body) => fetch(`http://${cluster.orchestrator.httpAddress}/api/dead-letters/rfs-task-only/replay`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const conflict = await http({ mode: 'from_step' });
        expect(conflict.status).toBe(409);
        expect((await conflict.json()).message).toMatch(/belonged to no run/);
        const typo = await http({ mode: 'from-step' });
        expect(typo.status).toBe(400);
        expect((await typo.json()).message).toMatch(/"step", "run" or "from_step"; got "from-step"/);
        const { runId, taskId } = await deadLetter('rfs-line', 4, 'rfs.b');
        const denied = await failure(limited.replayDeadLetter(taskId, 'from_step'));
        expect(denied.code).toBe(Status.PERMISSION_DENIED);
        expect(denied.message).toMatch(/rfs-other/);
        // A dead letter whose run is gone (its record removed as retention would, not held in memory here).
        await stores.deadLetters.add({ taskId: 'rfs-orphan', runId: 'no-such-run', stepId: 'b', capability: 'rfs.b', attempts: [], input: { n: 4 }, failedAt: Date.now(), reason: 'test' });
        const gone = await failure(admin.replayDeadLetter('rfs-orphan', 'from_step'));
        expect(gone.code).toBe(Status.FAILED_PRECONDITION);
        expect(gone.message).toMatch(/run no-such-run .* is no longer kept .*replay the whole run instead \(mode run\)/);
        // A record naming a step its run's workflow does not have (edited in the store, say).
        await stores.deadLetters.add({ taskId: 'rfs-nostep', runId, stepId: 'zz', capability: 'rfs.b', attempts: [], input: { n: 4 }, failedAt: Date.now(), reason: 'test' });
        const nostep = await failure(admin.replayDeadLetter('rfs-nostep', 'from_step'));
        expect(nostep.code).toBe(Status.FAILED_PRECONDITION);
        expect(nostep.message).toMatch(/step "zz" of dead letter rfs-nostep is not in workflow rfs-line version 1/);
        await admin.discardDeadLetter('rfs-nostep');
        // Refusals keep the records.
        expect((await admin.listDeadLetters({ runId })).map((r) => r.taskId)).toEqual([taskId]);
        await admin.discardDeadLetter(taskId);
        await admin.discardDeadLetter('rfs-orphan');
        await admin.discardDeadLetter('rfs-task-only');
    });
    it('the CLI: troupe dlq replay --from-step, and --as-run with --from-step is a usage error', async () => {
        const cli = async (argv) => {
            let stdout = '';
            let stderr = '';
            const out = { isTTY: false, columns: 100, write: (s) => ((stdout += s), true) };
            const err = { isTTY: false, columns: 100, write: (s) => ((stderr += s), true) };
            const code = await main(argv, { stdout: out, stderr: err, env: { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress, TROUPE_TOKEN: adminToken } });
            return { code, stdout, stderr };
        };
        const { taskId } = await deadLetter('rfs-line', 5, 'rfs.b');
        const both = await cli(['dlq', 'replay', taskId, '--as-run', '--from-step']);
        expect(both.code).toBe(2);
        expect(both.stderr).toMatch(/--as-run and --from-step exclude each other/);
        expect((await cli(['dlq', 'discard', taskId, '--from-step'])).stderr).toMatch(/--from-step is for replay/);
        broken.delete('rfs.b');
        const replayed = await cli(['dlq', 'replay', taskId, '--from-step']);
        expect(replayed).toMatchObject({ code: 0, stderr: '' });
        const [, fresh] = /^replayed \S+ as run ([\w-]+) from step b; reused \(not run again\): a\n$/.exec(replayed.stdout) ?? [];
        expect(fresh).toBeDefined();
        expect((await finished(fresh)).status).toBe('completed');
        expect(callsOf('rfs.a', 5)).toBe(1);
    });
});
//# sourceMappingURL=dead-letter-replay-from-step.int.test.js.map
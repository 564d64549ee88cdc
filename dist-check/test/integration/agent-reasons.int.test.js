import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { waitFor } from '../helpers/wait-for.js';
// Issue #15 points 4 and 5 on a real orchestrator, NATS and gRPC agents: every state
// change carries its reason and actor (SetAgentMode shows the caller), a failing
// instance is demoted and comes back after a probe, and an output that breaks the
// capability's declared schema fails the attempt naming the JSON path.
function capture() {
    let text = '';
    return {
        write(chunk) {
            text += chunk;
            return true;
        },
        get text() {
            return text;
        },
    };
}
async function cli(cluster, argv) {
    const stdout = capture();
    const stderr = capture();
    const code = await main(argv, { stdout, stderr, env: { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress } });
    return { code, stdout: stdout.text, stderr: stderr.text };
}
const SEGMENTS_SCHEMA = {
    type: 'object',
    required: ['title', 'segments'],
    properties: { title: { type: 'string' }, segments: { type: 'array', items: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } } },
};
describe('agent lifecycle reasons, automatic demotion and output contracts', () => {
    let cluster;
    let good;
    let flaky;
    let flakyFails = true;
    beforeAll(async () => {
        cluster = await startCluster({ demoteBelowPercent: 50, demoteWindow: 4, demoteMinSamples: 4, demoteCooldownMs: 300, breakerFailureThreshold: 100 });
        const work = (fails) => defineAgent({
            name: 'worker',
            version: '1.0.0',
            capabilities: [{ name: 'work.do' }, { name: 'work.shape', outputSchema: SEGMENTS_SCHEMA }],
            handlers: {
                'work.do': () => {
                    if (fails())
                        throw new Error('flaky failure');
                    return 'done';
                },
                // Breaks its own contract when asked to.
                'work.shape': (input) => (input.bad ? { title: 'x', segments: [{ text: 'a' }, { text: 3 }] } : { title: 'x', segments: [{ text: 'a' }] }),
            },
        });
        good = await cluster.startAgent(work(() => false));
        flaky = await cluster.startAgent(work(() => flakyFails));
        await cluster.waitActive(good.instanceId);
        await cluster.waitActive(flaky.instanceId);
    });
    afterAll(async () => {
        await cluster?.close();
    });
    it('SetAgentMode is recorded with its reason and the caller; troupe agents --history shows it', async () => {
        await cluster.client.setAgentMode(good.instanceId, 'maintenance');
        await cluster.client.setAgentMode(good.instanceId, 'active');
        const info = (await cluster.client.listAgents({})).find((a) => a.instanceId === good.instanceId);
        expect(info.history.slice(-2)).toMatchObject([
            { state: 'maintenance', reason: 'SetAgentMode maintenance', actor: 'operator:anonymous' },
            { state: 'active', reason: 'SetAgentMode active', actor: 'operator:anonymous' },
        ]);
        expect(info.history[0]).toMatchObject({ state: 'joining', actor: 'agent' });
        const shown = await cli(cluster, ['agents', '--history', good.instanceId]);
        expect(shown.code).toBe(0);
        expect(shown.stdout).toMatch(/maintenance\s+operator:anonymous\s+SetAgentMode maintenance/);
        expect(shown.stdout).toMatch(/active\s+orchestrator\s+probe succeeded \(Describe answered\)/);
        const missing = await cli(cluster, ['agents', '--history', 'no-such-instance']);
        expect(missing.code).toBe(1);
        expect(missing.stderr).toContain('no agent instance "no-such-instance"');
    });
    it('demotes an instance whose success rate falls below the threshold, then returns it after a probe', async () => {
        // Dispatch only reaches the flaky instance while the good one is out of rotation;
        // the good one must be routable again for the flaky one to be demoted (never the last one).
        await cluster.client.setAgentMode(good.instanceId, 'maintenance');
        for (let i = 0; i < 4; i++)
            await expect(cluster.client.submitTask({ capability: 'work.do', input: i })).rejects.toThrow(/internal error/);
        expect(cluster.stateOf(flaky.instanceId)).toBe('active'); // the last routable instance is not demoted
        await cluster.client.setAgentMode(good.instanceId, 'active');
        const entry = cluster.orchestrator.registry.get(flaky.instanceId);
        // One more failure on the flaky instance (the window still holds 4 failures) demotes it.
        await waitFor(async () => {
            await cluster.client.submitTask({ capability: 'work.do', input: 'x' }).catch(() => undefined);
            return entry.state === 'maintenance';
        }, { timeoutMs: 5000, what: 'the flaky instance to be demoted' });
        const demoted = (await cluster.client.listAgents({})).find((a) => a.instanceId === flaky.instanceId);
        expect(demoted.history.at(-1)).toMatchObject({ state: 'maintenance', actor: 'auto-demotion', reason: 'demoted: success rate 0% < 50% over the last 4 tasks' });
        // While demoted, tasks go to the good instance only.
        for (let i = 0; i < 3; i++)
            expect((await cluster.client.submitTask({ capability: 'work.do', input: i })).agentInstanceId).toBe(good.instanceId);
        flakyFails = false;
        await waitFor(() => entry.state === 'active', { timeoutMs: 5000, what: 'the demoted instance to return after its probe' });
        const back = (await cluster.client.listAgents({})).find((a) => a.instanceId === flaky.instanceId);
        expect(back.history.at(-1)).toMatchObject({ state: 'active', actor: 'auto-demotion' });
        expect(back.history.at(-1)?.reason).toMatch(/^probe succeeded after \d+ ms in maintenance/);
    });
    it('fails an attempt whose output breaks the declared schema, naming the JSON path, and counts it against the instance', async () => {
        const listed = (await cluster.client.listAgents({ capability: 'work.shape' }))[0];
        expect(listed.capabilities.find((c) => c.name === 'work.shape')?.outputSchema).toEqual(SEGMENTS_SCHEMA);
        expect(listed.capabilities.find((c) => c.name === 'work.do')).not.toHaveProperty('outputSchema');
        const ok = await cluster.client.submitTask({ capability: 'work.shape', input: {} });
        expect(ok.output).toEqual({ title: 'x', segments: [{ text: 'a' }] });
        const failedBefore = cluster.orchestrator.registry.list().reduce((n, e) => n + e.failed, 0);
        const err = await cluster.client.submitTask({ capability: 'work.shape', input: { bad: true } }).catch((e) => e);
        expect(TroupeError.is(err) && err.code).toBe(Status.INTERNAL);
        expect(err.message).toContain('does not match its declared output schema: $.segments[1].text: Invalid input: expected string, received number');
        expect(cluster.orchestrator.registry.list().reduce((n, e) => n + e.failed, 0)).toBe(failedBefore + 1);
    });
    it('a run step with a retry policy retries a contract violation and fails with the path', async () => {
        await cluster.client.registerWorkflow('name: shape\nsteps:\n  - id: s\n    capability: work.shape\n    input: { bad: true }\n    retry: { max_attempts: 2, initial_backoff_ms: 10 }');
        const { runId } = await cluster.client.startRun({ workflow: 'shape', input: {} });
        const run = await waitFor(async () => {
            const r = (await cluster.client.getRun(runId));
            return r.status === 'failed' ? r : undefined;
        }, { timeoutMs: 10_000, intervalMs: 50, what: 'the run to fail' });
        const step = run.steps.find((s) => s.id === 's');
        expect(step.attempts).toBe(2);
        expect(step.error).toMatch(/^the output of "work\.shape" from worker \(worker-[0-9a-f]+\) does not match its declared output schema: \$\.segments\[1\]\.text: /);
    });
});
//# sourceMappingURL=agent-reasons.int.test.js.map
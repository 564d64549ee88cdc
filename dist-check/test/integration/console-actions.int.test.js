import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * One test per console action, in real Chromium against a real orchestrator and agents: the
 * button goes through the HTTP API (the RPC's scope and audit), and the effect is checked on
 * the gRPC API, as a CLI user would see it.
 */
describe('the console actions, in Chromium', () => {
    let stack;
    beforeAll(async () => {
        stack = await startConsoleStack();
    }, 90_000);
    afterAll(async () => {
        await stack?.close();
    });
    /** The status the API reports for a run. */
    const statusOf = async (runId) => (await stack.client.getRun(runId)).status;
    /** The state the API reports for an agent instance ('' once it left). */
    const stateOf = async (instanceId) => (await stack.client.listAgents({ includeLeft: true })).find((a) => a.instanceId === instanceId)?.state ?? '';
    /** The action's outcome as the page announces it. */
    const noticeOf = (page) => page.getByTestId('notice').innerText();
    /** A run of console-approve waiting at its `approve` step, opened in the console. */
    async function waitingRun() {
        const { runId } = await stack.client.startRun({ workflow: 'console-approve', input: { text: 'draft' } });
        const { page, errors } = await stack.open(`#/runs/${runId}`);
        await page.getByRole('button', { name: 'Approve approve' }).waitFor({ timeout: 10_000 });
        return { runId, page, errors };
    }
    /** A fresh dead letter of console-flaky (the agent failing), and its task id. */
    async function deadLetter() {
        stack.flaky.healthy = false;
        const { runId } = await stack.client.startRun({ workflow: 'console-flaky', input: { text: 'again' } });
        const [record] = await waitFor(async () => {
            const records = (await stack.client.listDeadLetters({ runId }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        return { runId, taskId: record.taskId };
    }
    /** An extra echo instance, active, listed in the agents view. */
    async function extraAgent(name) {
        const agent = await stack.cluster.startAgent(defineAgent({ name, version: '1.0.0', capabilities: [{ name: 'console.echo' }], handlers: { 'console.echo': (input) => input } }));
        await stack.cluster.waitActive(agent.instanceId, 10_000);
        const { page, errors } = await stack.open('#/agents');
        await page.locator(`tr[data-instance="${agent.instanceId}"][data-state="active"]`).waitFor();
        return { instanceId: agent.instanceId, page, errors };
    }
    it('cancels a run', async () => {
        const { runId, page, errors } = await waitingRun();
        await page.getByRole('button', { name: 'Cancel run' }).click();
        await expect.poll(() => statusOf(runId)).toBe('cancelled');
        await expect.poll(() => page.locator('.meta .badge').first().innerText()).toBe('cancelled');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('drains an agent', async () => {
        const { instanceId, page, errors } = await extraAgent('console-drain');
        await page.getByRole('button', { name: `Drain ${instanceId}` }).click();
        await expect.poll(() => stateOf(instanceId), { timeout: 10_000 }).toMatch(/^(draining|left)$/);
        // The change arrives over the agents' event stream.
        await page.locator(`tr[data-instance="${instanceId}"][data-state="draining"], tr[data-instance="${instanceId}"][data-state="left"]`).waitFor();
        expect(errors).toEqual([]);
        await page.close();
    });
    it('puts an agent into maintenance', async () => {
        const { instanceId, page, errors } = await extraAgent('console-maint');
        await page.getByRole('button', { name: `Maintenance ${instanceId}` }).click();
        await expect.poll(() => stateOf(instanceId)).toBe('maintenance');
        await page.locator(`tr[data-instance="${instanceId}"][data-state="maintenance"]`).waitFor();
        expect(await noticeOf(page)).toContain('done');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('activates an agent in maintenance', async () => {
        const { instanceId, page, errors } = await extraAgent('console-activate');
        await stack.client.setAgentMode(instanceId, 'maintenance');
        await page.locator(`tr[data-instance="${instanceId}"][data-state="maintenance"]`).waitFor();
        await page.getByRole('button', { name: `Activate ${instanceId}` }).click();
        await expect.poll(() => stateOf(instanceId)).toBe('active');
        await page.locator(`tr[data-instance="${instanceId}"][data-state="active"]`).waitFor();
        expect(errors).toEqual([]);
        await page.close();
    });
    it('replays a dead letter\'s step: the task runs again alone, and the record goes', async () => {
        const { taskId } = await deadLetter();
        stack.flaky.healthy = true;
        const { page, errors } = await stack.open('#/dead-letters');
        await page.getByRole('button', { name: `Replay step of ${taskId}` }).click();
        await expect.poll(() => noticeOf(page)).toMatch(/Replay step work: done/);
        expect((await stack.client.listDeadLetters()).map((r) => r.taskId)).not.toContain(taskId);
        await page.locator(`tr[data-task="${taskId}"]`).waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
        await page.close();
    });
    it('replays a dead letter\'s run: a new run of its workflow with its input, opened in the console', async () => {
        const { runId, taskId } = await deadLetter();
        stack.flaky.healthy = true;
        const { page, errors } = await stack.open('#/dead-letters');
        await page.getByRole('button', { name: `Replay run of ${taskId}` }).click();
        await page.waitForURL((url) => /#\/runs\/[\w-]+$/.test(url.hash) && !url.hash.endsWith(runId));
        const replayed = decodeURIComponent(new URL(page.url()).hash.replace('#/runs/', ''));
        await expect.poll(() => statusOf(replayed), { timeout: 10_000 }).toBe('completed');
        const report = (await stack.client.getRun(replayed));
        expect(report.workflow).toBe('console-flaky');
        expect(report.steps[0]?.output).toEqual({ done: { text: 'again' } });
        expect((await stack.client.listDeadLetters()).map((r) => r.taskId)).not.toContain(taskId);
        expect(errors).toEqual([]);
        await page.close();
    });
    it('replays a dead letter\'s run from its failed step: earlier steps are reused, shown as such on the new run', async () => {
        await stack.client.registerWorkflow(JSON.stringify({
            name: 'console-flaky-chain',
            steps: [
                { id: 'prepare', capability: 'console.echo', input: { text: '${input.text}' } },
                { id: 'work', capability: 'console.flaky', depends_on: ['prepare'], input: { text: '${steps.prepare.output.text}' } },
            ],
        }));
        stack.flaky.healthy = false;
        const { runId } = await stack.client.startRun({ workflow: 'console-flaky-chain', input: { text: 'chained' } });
        const [record] = await waitFor(async () => {
            const records = (await stack.client.listDeadLetters({ runId }));
            return records.length > 0 && records;
        }, { timeoutMs: 10_000, what: 'the dead letter' });
        stack.flaky.healthy = true;
        const { page, errors } = await stack.open('#/dead-letters');
        await page.getByRole('button', { name: `Replay run from step of ${record.taskId}` }).click();
        await page.waitForURL((url) => /#\/runs\/[\w-]+$/.test(url.hash) && !url.hash.endsWith(runId));
        const replayed = decodeURIComponent(new URL(page.url()).hash.replace('#/runs/', ''));
        await expect.poll(() => statusOf(replayed), { timeout: 10_000 }).toBe('completed');
        const report = (await stack.client.getRun(replayed));
        expect(report.replayOf).toEqual({ runId, stepId: 'work' });
        expect(report.steps.map((s) => [s.id, s.reused === true])).toEqual([['prepare', true], ['work', false]]);
        expect(report.steps[1]?.output).toEqual({ done: { text: 'chained' } });
        // The run page says what it replays, links back, and draws the reused step in its own state.
        await expect.poll(() => page.locator('.replay-of').innerText(), { timeout: 10_000 }).toMatch(new RegExp(`Replay of run ${runId} from step work; reused \\(not run again\\): prepare`));
        expect(await page.locator('.replay-of a').getAttribute('href')).toBe(`#/runs/${runId}`);
        await page.getByRole('img', { name: 'step prepare: reused' }).waitFor();
        expect((await stack.client.listDeadLetters()).map((r) => r.taskId)).not.toContain(record.taskId);
        expect(errors).toEqual([]);
        await page.close();
    });
    it('discards a dead letter', async () => {
        const { taskId } = await deadLetter();
        const { page, errors } = await stack.open('#/dead-letters');
        await page.getByRole('button', { name: `Discard ${taskId}` }).click();
        await expect.poll(async () => (await stack.client.listDeadLetters()).some((r) => r.taskId === taskId)).toBe(false);
        await page.locator(`tr[data-task="${taskId}"]`).waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
        await page.close();
    });
    it('approves a waiting step', async () => {
        const { runId, page, errors } = await waitingRun();
        await page.getByRole('button', { name: 'Approve approve' }).click();
        await expect.poll(() => statusOf(runId), { timeout: 10_000 }).toBe('completed');
        const report = (await stack.client.getRun(runId));
        expect(report.steps.find((s) => s.id === 'approve')).toMatchObject({ status: 'succeeded', output: { approvedBy: 'console' } });
        await expect.poll(() => page.locator('g.node[data-step="publish"]').getAttribute('data-status')).toBe('succeeded');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('rejects a waiting step', async () => {
        const { runId, page, errors } = await waitingRun();
        await page.getByRole('button', { name: 'Reject approve' }).click();
        await expect.poll(() => statusOf(runId), { timeout: 10_000 }).toBe('failed');
        await expect.poll(() => page.locator('g.node[data-step="approve"]').getAttribute('data-status')).toBe('failed');
        expect(errors).toEqual([]);
        await page.close();
    });
});
//# sourceMappingURL=console-actions.int.test.js.map
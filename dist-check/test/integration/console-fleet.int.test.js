import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { waitFor } from '../helpers/wait-for.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
/** An agent offering `fleet.work` at `version` (its agent version stays 1.0.0). */
const versioned = (name, version) => defineAgent({ name, version: '1.0.0', capabilities: [{ name: 'fleet.work', version }], handlers: { 'fleet.work': () => ({ version }) } });
/**
 * The console's fleet views in real Chromium against a real orchestrator (durable, real nats-server,
 * API tokens on) and real agents: child runs nested under their parent (run detail and runs list),
 * capability versions and a canary rollout (`GET /api/rollouts`, also checked over plain HTTP).
 */
describe('the console: child runs and versions & rollouts, in Chromium', () => {
    let stack;
    let dir;
    const admin = generateToken();
    const runsOnly = generateToken();
    let parentId;
    let childId;
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-console-fleet-'));
        await writeTokensFile(dir, [
            { name: 'admin', token: admin, scopes: '*' },
            { name: 'runs-only', token: runsOnly, scopes: 'runs:read' },
        ]);
        stack = await startConsoleStack({ authTokensFile: join(dir, 'tokens.jsonl') }, admin);
        for (const [name, version] of [['fleet-stable', '1.0.0'], ['fleet-canary', '2.0.0']]) {
            const agent = await stack.cluster.startAgent(versioned(name, version));
            await stack.cluster.waitActive(agent.instanceId, 20_000);
        }
        // The child waits for a signal, so the test sees it running, then finishing, from the parent's detail.
        await stack.client.registerWorkflow(JSON.stringify({ name: 'fleet-child', steps: [{ id: 'draft', capability: 'console.echo', input: { text: '${input.text}' } }, { id: 'approve', depends_on: ['draft'], wait_for_signal: {} }] }));
        await stack.client.registerWorkflow(JSON.stringify({ name: 'fleet-parent', steps: [{ id: 'prep', capability: 'console.echo', input: { text: 'hi' } }, { id: 'kid', depends_on: ['prep'], workflow: 'fleet-child', input: { text: '${steps.prep.output.text}' } }] }));
        ({ runId: parentId } = await stack.client.startRun({ workflow: 'fleet-parent', input: {} }));
        await waitFor(async () => {
            const kid = (await stack.client.getRun(parentId)).steps.find((s) => s.id === 'kid');
            childId = kid?.childRunIds?.[0] ?? '';
            if (!childId)
                return false;
            return (await stack.client.getRun(childId)).steps.some((s) => s.id === 'approve' && s.status === 'waiting');
        }, { timeoutMs: 20_000, what: 'the child run to wait for its signal' });
    }, 120_000);
    afterAll(async () => {
        await stack?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('run detail: a workflow step lists its child run, live, and links to it; the child links back to its parent', async () => {
        const { page, errors } = await stack.open(`#/runs/${parentId}`, admin);
        const row = page.locator(`tr[data-child="${childId}"]`);
        await row.waitFor();
        expect(await row.getAttribute('data-step')).toBe('kid');
        await expect.poll(() => row.getAttribute('data-status')).toBe('running');
        expect(await row.locator('td').nth(2).innerText()).toBe('fleet-child');
        await stack.shot(page, 'run-detail-children');
        // The child finishes: the row follows without a reload.
        await stack.client.signalRun(childId, 'approve', { payload: { ok: true } });
        await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('completed');
        await page.getByRole('link', { name: `child run ${childId} of step kid` }).click();
        await page.getByRole('heading', { name: `Run ${childId}` }).waitFor();
        const note = page.getByTestId('parent-run');
        expect(await note.innerText()).toBe(`child of ${parentId} (step kid)`);
        await stack.shot(page, 'run-detail-parent');
        // Keyboard: focus the parent link and follow it.
        await page.getByRole('link', { name: `parent run ${parentId}` }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: `Run ${parentId}` }).waitFor();
        await expect.poll(() => page.locator(`tr[data-child="${childId}"]`).getAttribute('data-status')).toBe('completed');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('runs list: a child follows its parent, indented, when both are on the page, else it names its parent', async () => {
        const { page, errors } = await stack.open('#/runs', admin);
        const rows = async () => Promise.all((await page.locator('tbody tr').all()).map(async (r) => [(await r.getAttribute('data-run')) ?? '', (await r.getAttribute('data-depth')) ?? '']));
        await expect.poll(async () => (await rows()).map(([id]) => id)).toContain(childId);
        const shown = await rows();
        const at = shown.findIndex(([id]) => id === parentId);
        expect(shown.slice(at, at + 2)).toEqual([
            [parentId, '0'],
            [childId, '1'],
        ]);
        expect(await page.getByRole('link', { name: `${childId}, child of ${parentId}` }).count()).toBe(1);
        await stack.shot(page, 'runs-nested');
        // Filtered to the child's workflow, the parent is not on the page: the child names it, with a link.
        await page.evaluate(`location.hash = '#/runs?workflow=fleet-child'`);
        const link = page.getByRole('link', { name: `parent run ${parentId}` });
        await link.waitFor();
        expect(await page.locator(`tr[data-run="${childId}"]`).getAttribute('data-depth')).toBe('0');
        await link.click();
        await page.getByRole('heading', { name: `Run ${parentId}` }).waitFor();
        expect(errors).toEqual([]);
        await page.close();
    });
    it('versions & rollouts: each capability version with its instances, and a rollout with its weights, state and last decision', async () => {
        await stack.client.setRollout({ capability: 'fleet.work', canary: '2.0.0', stable: '1.0.0', weight: 25 });
        const { page, errors } = await stack.open('#/rollouts', admin);
        const rollout = page.locator('tr[data-rollout="fleet.work"]');
        await rollout.waitFor();
        expect(await rollout.getAttribute('data-state')).toBe('active');
        expect(await rollout.getByTestId('weights').innerText()).toBe('stable 75 % · canary 25 %');
        const cells = await rollout.locator('td').allInnerTexts();
        expect(cells.slice(0, 3)).toEqual(['fleet.work', '1.0.0', '2.0.0']);
        expect(cells[6]).toMatch(/^set \d{4}-\d\d-\d\d \d\d:\d\d:\d\d by operator:admin$/);
        for (const version of ['1.0.0', '2.0.0']) {
            const v = page.locator(`tr[data-capability="fleet.work"][data-version="${version}"]`);
            await v.waitFor();
            expect(await v.locator('td').nth(3).innerText()).toBe(version === '1.0.0' ? 'fleet-stable' : 'fleet-canary');
        }
        await stack.shot(page, 'rollouts');
        // An abort elsewhere (the CLI, gRPC) shows at the next refresh, with its reason; the decisions open from the keyboard.
        await stack.client.abortRollout('fleet.work');
        await expect.poll(() => rollout.getAttribute('data-state'), { timeout: 10_000 }).toBe('aborted');
        expect(await rollout.getByTestId('weights').innerText()).toBe('stable 100 % · canary 0 %');
        await rollout.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => rollout.getByTestId('last-reason').isVisible()).toBe(true);
        expect(await rollout.getByTestId('last-reason').innerText()).toMatch(/abort/i);
        expect(await page.getByRole('list', { name: 'decisions of the fleet.work rollout' }).locator('li').count()).toBe(2);
        await stack.shot(page, 'rollouts-aborted');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('GET /api/rollouts[/{capability}] answers as ListRollouts / GetRollout, with the API’s errors', async () => {
        const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
        const get = async (path, token) => {
            const res = await fetch(`${stack.base}${path}`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
            return { status: res.status, body: (await res.json()) };
        };
        await stack.client.setRollout({ capability: 'fleet.work', canary: '2.0.0', weight: 10 });
        const grpc = await stack.client.getRollout('fleet.work');
        const list = await get('/api/rollouts', admin);
        expect(list.status).toBe(200);
        expect(list.body.rollouts).toEqual([expect.objectContaining({ capability: 'fleet.work', canary: '2.0.0', stable: '', weight: 10, state: 'active', updatedAt: grpc.updatedAt, updatedBy: 'operator:admin' })]);
        const one = await get('/api/rollouts/fleet.work', admin);
        expect(one.status).toBe(200);
        expect(one.body.rollout.decisions).toHaveLength(grpc.decisions.length);
        // Each request is a server span in the caller's trace.
        const span = () => stack.spans.getFinishedSpans().find((s) => s.name === 'GET /api/rollouts/{capability}' && s.spanContext().traceId === traceId);
        await expect.poll(span).toBeDefined(); // it ends just after the answer is written
        expect(span()?.attributes).toMatchObject({ 'http.request.method': 'GET', 'http.route': '/api/rollouts/{capability}', 'troupe.capability': 'fleet.work' });
        expect(await get('/api/rollouts/fleet.none', admin)).toMatchObject({ status: 404, body: { error: 'NOT_FOUND', message: expect.stringMatching(/has no rollout; start one with `troupe rollout set fleet.none/) } });
        // Garbage in the path: the capability check's INVALID_ARGUMENT, not a crash.
        for (const bad of ['..%2F..%2Fetc', 'BAD%20NAME!', '%E0%A4%A'])
            expect((await get(`/api/rollouts/${bad}`, admin)).status, bad).toBe(400);
        const denied = await get('/api/rollouts', runsOnly);
        expect(denied.status).toBe(403);
        expect(denied.body).toEqual({ error: 'PERMISSION_DENIED', message: expect.stringMatching(/needs the scope "agents:read"/) });
        expect((await get('/api/rollouts/fleet.work', runsOnly)).status).toBe(403);
        expect((await get('/api/rollouts', null)).status).toBe(401);
        // The console with that token: the view shows the refusal, not a broken page.
        const { page, errors } = await stack.open('#/rollouts', runsOnly);
        await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/^PERMISSION_DENIED: .*agents:read/);
        expect(errors).toEqual([]);
        await page.close();
    });
});
//# sourceMappingURL=console-fleet.int.test.js.map
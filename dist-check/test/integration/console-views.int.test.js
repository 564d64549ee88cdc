import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localInputToMs } from '../../web/console/src/format.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * Every view of the console (/console) in real Chromium against a real orchestrator (durable,
 * real nats-server) and real agents, asserting the real data each view shows; each view's
 * screenshot is kept in test-artifacts/console/.
 */
describe('the console views, in Chromium', () => {
    let stack;
    let finished;
    beforeAll(async () => {
        stack = await startConsoleStack();
        const { runId } = await stack.client.startRun({ workflow: 'console-flow', input: { text: 'Hello from the console.' } });
        for await (const e of stack.client.watchRun(runId))
            if (e.type.startsWith('run.') && e.type !== 'run.started' && e.type !== 'run.queued')
                break;
        finished = runId;
    }, 90_000);
    afterAll(async () => {
        await stack?.close();
    });
    it('is reached from the podcast page and used with the keyboard alone', async () => {
        const page = await stack.browser.newPage();
        const errors = [];
        page.on('pageerror', (err) => errors.push(err.message));
        await page.goto(`${stack.base}/`);
        await page.getByRole('link', { name: 'Operator console' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Agents' }).waitFor();
        // Tab order: the brand link, then the views in the header.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await page.evaluate('document.activeElement.textContent')).toBe('Runs');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Runs' }).waitFor();
        expect(page.url()).toMatch(/\/console#\/runs$/);
        expect(errors).toEqual([]);
        await page.close();
    });
    it('agents: every instance with its state, breaker, load, latency, success rate and state history', async () => {
        const { page, errors } = await stack.open('#/agents');
        const row = page.locator(`tr[data-instance="${stack.echo.instanceId}"]`);
        await row.waitFor();
        await expect.poll(() => row.getAttribute('data-state')).toBe('active');
        const cells = await row.locator('td').allInnerTexts();
        expect(cells[0]).toContain('console-echo');
        expect(cells[3]).toBe('closed'); // breaker
        expect(cells[6]).toMatch(/\d+\.\d %/); // success rate of the tasks it ran
        await row.getByText(stack.echo.instanceId).click(); // opens its details
        const history = row.getByRole('list', { name: `state history of ${stack.echo.instanceId}` });
        await expect.poll(() => history.innerText()).toMatch(/joining[\s\S]*active/);
        expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
        await page.getByText('state changes live').waitFor();
        await stack.shot(page, 'agents');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('runs: filtered by workflow, status and creation time, a page at a time', async () => {
        await stack.client.registerWorkflow(JSON.stringify({ name: 'console-list', steps: [{ id: 'one', capability: 'console.echo', input: { n: '${input.n}' } }] }));
        const ids = [];
        for (let n = 1; n <= 5; n++) {
            const { runId } = await stack.client.startRun({ workflow: 'console-list', input: { n } });
            await waitFor(async () => (await stack.client.getRun(runId)).status === 'completed', { timeoutMs: 10_000, what: `run ${n}` });
            ids.push(runId);
        }
        const newest = [...ids].reverse();
        const { page, errors } = await stack.open('#/runs?workflow=console-list&limit=2');
        const shown = async () => Promise.all((await page.locator('tbody tr').all()).map(async (r) => (await r.getAttribute('data-run')) ?? ''));
        await expect.poll(shown).toEqual(newest.slice(0, 2));
        await stack.shot(page, 'runs');
        const next = page.getByRole('button', { name: 'Next page' });
        const previous = page.getByRole('button', { name: 'Previous page' });
        expect(await previous.isDisabled()).toBe(true);
        await next.click();
        await expect.poll(shown).toEqual(newest.slice(2, 4));
        await next.click();
        await expect.poll(shown).toEqual(newest.slice(4));
        expect(await next.isDisabled()).toBe(true); // the last page
        await previous.click();
        await expect.poll(shown).toEqual(newest.slice(2, 4));
        // Filters from the form: the workflow and a status, kept in the address.
        await page.getByLabel('Status').selectOption('failed');
        await page.getByRole('button', { name: 'Filter' }).click();
        await page.waitForURL(/#\/runs\?workflow=console-list&status=failed&limit=2$/);
        await expect.poll(shown).toEqual([]);
        await page.getByLabel('Status').selectOption('completed');
        await page.getByRole('button', { name: 'Filter' }).click();
        await expect.poll(shown).toEqual(newest.slice(0, 2));
        // Creation time: from the third run on (inclusive), before the fifth (exclusive).
        const created = async (id) => (await stack.client.getRun(id)).createdAt;
        await page.evaluate(`location.hash = '#/runs?workflow=console-list&after=${await created(ids[2])}&before=${await created(ids[4])}'`);
        await expect.poll(shown).toEqual([ids[3], ids[2]]);
        // The form shows the address's time to the millisecond (Chromium normalises the value: no trailing zeros).
        expect(localInputToMs(await page.getByLabel('Created after').inputValue())).toBe(await created(ids[2]));
        await page.locator(`a[href="#/runs/${ids[3]}"]`).click();
        await page.getByRole('heading', { name: `Run ${ids[3]}` }).waitFor();
        expect(errors).toEqual([]);
        await page.close();
    });
    it('run detail: the DAG coloured by state, attempts with agents and timings, the output, the audio and the waterfall', async () => {
        const { page, errors } = await stack.open(`#/runs/${finished}`);
        await page.getByRole('heading', { name: `Run ${finished}` }).waitFor();
        const dag = page.getByRole('group', { name: `Steps of run ${finished}` });
        for (const step of ['prepare', 'speak', 'count'])
            await expect.poll(() => dag.locator(`[data-step="${step}"]`).getAttribute('data-status')).toBe('succeeded');
        await expect.poll(() => dag.locator('path.edge').count()).toBe(2); // prepare → speak, prepare → count (once the definition is read)
        const attempts = page.getByRole('table', { name: 'Attempts' });
        expect(await attempts.locator('tbody tr').count()).toBe(3);
        expect(await attempts.locator('tr[data-step="prepare"]').innerText()).toContain(stack.echo.instanceId);
        const output = JSON.parse(await page.getByLabel('Run output').innerText());
        expect(output.counted).toBe('counted');
        expect(output.audio_ms).toBeGreaterThan(0);
        const audio = page.getByLabel('Audio of the run');
        await audio.waitFor();
        expect(await audio.getAttribute('src')).toBe(`/runs/${finished}/audio`);
        // The player can load it: the browser reads the WAV's duration.
        const seconds = await page.evaluate(`new Promise((resolve, reject) => {
      const el = document.querySelector('audio');
      el.onloadedmetadata = () => resolve(el.duration);
      el.onerror = () => reject(new Error('audio failed to load'));
      el.load();
    })`);
        expect(seconds).toBeCloseTo(output.audio_ms / 1000, 0);
        const waterfall = page.getByRole('table', { name: 'Trace waterfall' });
        expect(await waterfall.locator('tbody tr').count()).toBe(1 + 3 + 3); // the run, 3 steps, 3 attempts
        const report = (await (await fetch(`${stack.base}/api/runs/${finished}`)).json());
        expect(report.traceId).toMatch(/^(?!0+$)[0-9a-f]{32}$/);
        expect(await page.getByRole('link', { name: 'Open in Jaeger' }).getAttribute('href')).toBe(`http://jaeger.invalid:16686/trace/${report.traceId}`);
        await stack.shot(page, 'run-detail');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('run detail follows a run live: the waiting step turns orange, then green once approved elsewhere', async () => {
        const { runId } = await stack.client.startRun({ workflow: 'console-approve', input: { text: 'live' } });
        const { page, errors } = await stack.open(`#/runs/${runId}`);
        const node = page.locator('g.node[data-step="approve"]');
        await expect.poll(() => node.getAttribute('data-status'), { timeout: 10_000 }).toBe('waiting');
        await stack.client.signalRun(runId, 'approve', { payload: { ok: true } });
        await expect.poll(() => page.locator('g.node[data-step="publish"]').getAttribute('data-status'), { timeout: 10_000 }).toBe('succeeded');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('dead letters: each failed task with its run, step, capability, attempts and reason', async () => {
        const { runId } = await stack.client.startRun({ workflow: 'console-flaky', input: { text: 'letter' } });
        await waitFor(async () => (await stack.client.listDeadLetters({ runId })).length === 1, { timeoutMs: 10_000, what: 'the dead letter' });
        const [record] = (await stack.client.listDeadLetters({ runId }));
        const { page, errors } = await stack.open('#/dead-letters');
        const row = page.locator(`tr[data-task="${record.taskId}"]`);
        await row.waitFor();
        const text = await row.innerText();
        expect(text).toContain(runId);
        expect(text).toContain('work');
        expect(text).toContain('console.flaky');
        expect(text).toContain('the flaky service is not ready yet');
        await stack.shot(page, 'dead-letters');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('workflows: each definition with its versions and diagram', async () => {
        await stack.client.registerWorkflow(JSON.stringify({ ...WORKFLOW_V2 }));
        const { page, errors } = await stack.open('#/workflows/console-flow');
        await page.locator('tr[data-workflow="console-approve"]').waitFor();
        expect(await page.locator('tr[data-workflow="console-flow"]').innerText()).toContain('v2');
        const diagram = page.getByRole('group', { name: 'Diagram of console-flow v2' });
        await diagram.waitFor();
        expect(await diagram.locator('g.node').count()).toBe(4);
        expect(await page.getByLabel('Definition of console-flow v1').count()).toBe(1);
        expect(await page.getByLabel('Definition of console-flow v2').innerText()).toContain('"extra"');
        await stack.shot(page, 'workflows');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('schedules: each schedule with its workflow, cron, state and next tick', async () => {
        await stack.client.createSchedule({ name: 'console-nightly', workflow: 'console-approve', cron: '0 3 * * *', timezone: 'UTC', input: { text: 'nightly' } });
        const { page, errors } = await stack.open('#/schedules');
        const row = page.locator('tr[data-schedule="console-nightly"]');
        await row.waitFor();
        const text = await row.innerText();
        expect(text).toContain('console-approve');
        expect(text).toContain('0 3 * * *');
        expect(text).toContain('active');
        expect(text).toMatch(/\d{4}-\d\d-\d\d 0?\d:00:00|\d{4}-\d\d-\d\d \d\d:00:00/);
        await stack.shot(page, 'schedules');
        expect(errors).toEqual([]);
        await page.close();
    });
});
const WORKFLOW_V2 = {
    name: 'console-flow',
    steps: [
        { id: 'prepare', capability: 'console.echo', input: { text: '${input.text}' } },
        { id: 'speak', capability: 'tts.synthesize', stream: true, depends_on: ['prepare'], input: { text: '${steps.prepare.output.text}', voice: 'en-us' } },
        { id: 'count', capability: 'console.echo', depends_on: ['prepare'], input: { text: 'counted' } },
        { id: 'extra', capability: 'console.echo', depends_on: ['speak', 'count'], input: { text: 'extra' } },
    ],
};
//# sourceMappingURL=console-views.int.test.js.map
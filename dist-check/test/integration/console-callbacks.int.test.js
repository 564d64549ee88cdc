import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleStack } from '../helpers/console-stack.js';
/**
 * Issue #14.7: a run's completion webhook, and its failure, are visible in the console. A real
 * receiver answers 503 on one path (every POST fails; 2 attempts allowed) and 204 on another;
 * the run detail shows each delivery's state, attempts and last error as the orchestrator reports it.
 */
describe('the console: run callbacks, delivered and failed, in Chromium', () => {
    let stack;
    let dir;
    let receiver;
    let base;
    const posts = [];
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-console-cb-'));
        await writeFile(join(dir, 'secret'), 'console-callback-secret-0123456789');
        receiver = createServer((req, res) => {
            posts.push(req.url ?? '');
            req.resume();
            req.on('end', () => res.writeHead(req.url === '/up' ? 204 : 503).end());
        });
        await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
        base = `http://127.0.0.1:${receiver.address().port}`;
        stack = await startConsoleStack({ webhookSecretFile: join(dir, 'secret'), webhookMaxAttempts: 2, webhookBackoffMs: 20 });
        await stack.client.registerWorkflow(JSON.stringify({ name: 'console-cb', steps: [{ id: 'say', capability: 'console.echo', input: { text: '${input.text}' } }] }));
    }, 120_000);
    afterAll(async () => {
        await stack?.close();
        await new Promise((resolve) => receiver?.close(resolve));
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('shows a failed delivery with its attempts and the last error, and a delivered one', async () => {
        const failing = await stack.client.startRun({ workflow: 'console-cb', input: { text: 'down' }, callbackUrl: `${base}/down` });
        const { page, errors } = await stack.open(`#/runs/${failing.runId}`);
        const note = page.getByTestId('callback');
        // Read again every 2 s while the delivery is not done, so the page moves on by itself.
        await expect.poll(async () => note.textContent(), { timeout: 20_000 }).toMatch(/failed\s*2 attempts · last error: HTTP 503/);
        expect(await note.textContent()).toContain(`${base}/down`);
        await stack.shot(page, 'run-detail-callback-failed');
        expect(posts.filter((p) => p === '/down')).toHaveLength(2);
        const fine = await stack.client.startRun({ workflow: 'console-cb', input: { text: 'up' }, callbackUrl: `${base}/up` });
        await page.evaluate(`location.hash = '#/runs/${fine.runId}'`);
        await expect.poll(async () => page.getByTestId('callback').textContent(), { timeout: 20_000 }).toMatch(/delivered\s*1 attempt$/);
        expect(errors).toEqual([]);
        await page.close();
    });
});
//# sourceMappingURL=console-callbacks.int.test.js.map
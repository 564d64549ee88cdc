import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
/**
 * Issue #14.7: webhook failures are visible in the console. A real receiver answers 503 on
 * `/down` (2 attempts allowed) and 204 on `/up`; two runs and an HTTP task post there, and the
 * Webhooks view (`GET /api/webhooks`) lists each delivery with its state, attempts and last error.
 */
describe('the console: the Webhooks view, in Chromium', () => {
    let stack;
    let dir;
    let receiver;
    let hooks;
    const posts = [];
    const admin = generateToken();
    const reader = generateToken();
    const watcher = generateToken();
    const ids = { failedRun: '', deliveredRun: '', failedTask: '' };
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-console-hooks-'));
        await writeFile(join(dir, 'secret'), 'console-webhooks-secret-0123456789');
        await writeTokensFile(dir, [
            { name: 'admin', token: admin, scopes: '*' },
            { name: 'reader', token: reader, scopes: 'runs:read' },
            { name: 'watcher', token: watcher, scopes: 'agents:read' },
        ]);
        receiver = createServer((req, res) => {
            posts.push(req.url ?? '');
            req.resume();
            req.on('end', () => res.writeHead(req.url === '/up' ? 204 : 503).end());
        });
        await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
        hooks = `http://127.0.0.1:${receiver.address().port}`;
        stack = await startConsoleStack({ webhookSecretFile: join(dir, 'secret'), webhookMaxAttempts: 2, webhookBackoffMs: 20, authTokensFile: join(dir, 'tokens.jsonl') }, admin);
        await stack.client.registerWorkflow(JSON.stringify({ name: 'console-hooks', steps: [{ id: 'say', capability: 'console.echo', input: { text: '${input.text}' } }] }));
        ids.failedRun = (await stack.client.startRun({ workflow: 'console-hooks', input: { text: 'down' }, callbackUrl: `${hooks}/down` })).runId;
        ids.deliveredRun = (await stack.client.startRun({ workflow: 'console-hooks', input: { text: 'up' }, callbackUrl: `${hooks}/up` })).runId;
        const task = await fetch(`${stack.base}/api/tasks`, {
            method: 'POST',
            headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
            body: JSON.stringify({ capability: 'console.echo', input: { text: 'task' }, callback_url: `${hooks}/down` }),
        });
        expect(task.status).toBe(202);
        ids.failedTask = (await task.json()).id;
    }, 120_000);
    afterAll(async () => {
        await stack?.close();
        await new Promise((resolve) => receiver?.close(resolve));
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    const list = async (token, query = '') => {
        const res = await fetch(`${stack.base}/api/webhooks${query}`, { headers: { authorization: `Bearer ${token}` } });
        return { status: res.status, body: (await res.json()) };
    };
    it('lists failed and delivered run and task deliveries with their state and last error, filtered by state', async () => {
        const { page, errors } = await stack.open('#/agents', admin);
        // Keyboard: the Webhooks link is the header's last view.
        await page.getByRole('navigation', { name: 'Console views' }).getByRole('link', { name: 'Webhooks' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
        const table = page.getByRole('table', { name: 'Webhook deliveries' });
        const row = (id) => table.locator(`tr[data-delivery="${id}"]`);
        // Read again every 3 s: the rows move on to their final state by themselves.
        await expect.poll(async () => row(ids.failedRun).innerText(), { timeout: 20_000 }).toMatch(/^run\s+.*console-hooks\s+.*\/down\s+failed\s+2\s+HTTP 503/s);
        await expect.poll(async () => row(ids.failedTask).innerText(), { timeout: 20_000 }).toMatch(/^task\s+.*console\.echo\s+.*\/down\s+failed\s+2\s+HTTP 503/s);
        await expect.poll(async () => row(ids.deliveredRun).innerText(), { timeout: 20_000 }).toMatch(/^run\s+.*\/up\s+delivered\s+1\s+—/s);
        expect(await table.locator('tbody tr').count()).toBe(3);
        await stack.shot(page, 'webhooks');
        await page.getByLabel('State').selectOption('failed');
        await page.waitForURL(/#\/webhooks\?state=failed$/);
        await expect.poll(async () => table.locator('tbody tr').count()).toBe(2);
        expect(await row(ids.deliveredRun).count()).toBe(0);
        // A run's id leads to its detail, where the same delivery shows.
        await row(ids.failedRun).getByRole('link', { name: ids.failedRun }).click();
        await expect.poll(async () => page.getByTestId('callback').textContent()).toMatch(/failed\s*2 attempts · last error: HTTP 503/);
        expect(posts.filter((p) => p === '/down')).toHaveLength(4);
        expect(posts.filter((p) => p === '/up')).toHaveLength(1);
        expect(errors).toEqual([]);
        await page.close();
    });
    it('answers GET /api/webhooks by scope: 403 without runs:read, runs but not others’ tasks with it', async () => {
        const denied = await list(watcher);
        expect(denied.status).toBe(403);
        expect(denied.body).toMatchObject({ error: 'PERMISSION_DENIED' });
        expect(denied.body.message).toMatch(/runs:read/);
        await expect.poll(async () => (await list(admin, '?state=failed')).body.deliveries?.map((d) => d.id).sort(), { timeout: 20_000 }).toEqual([ids.failedRun, ids.failedTask].sort());
        const asReader = await list(reader);
        expect(asReader.status).toBe(200);
        expect(asReader.body.deliveries?.map((d) => d.kind)).toEqual(['run', 'run']); // the task is admin's
        const one = await list(admin, '?limit=1');
        expect(one.body.deliveries).toHaveLength(1);
        expect(one.body.deliveries?.[0]?.id).toBe(ids.failedTask); // newest first
        expect(JSON.stringify(one.body)).not.toMatch(/secret|console-webhooks/);
        // gRPC SubmitTask keeps no task record: its delivery is in the log all the same.
        const grpcTask = await stack.client.submitTask({ capability: 'console.echo', input: { text: 'grpc' }, callbackUrl: `${hooks}/up` });
        await expect
            .poll(async () => (await list(admin, '?state=delivered')).body.deliveries?.find((d) => d.id === grpcTask.taskId), { timeout: 20_000 })
            .toMatchObject({ kind: 'task', id: grpcTask.taskId, state: 'delivered', attempts: 1 });
        expect((await list(reader)).body.deliveries?.some((d) => d.id === grpcTask.taskId)).toBe(false);
        for (const bad of ['?state=lost', '?limit=0', '?limit=abc', '?limit=1001']) {
            const res = await list(admin, bad);
            expect(res.status, bad).toBe(400);
            expect(res.body.error).toBe('INVALID_ARGUMENT');
        }
        const post = await fetch(`${stack.base}/api/webhooks`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
        expect(post.status).toBe(405);
        expect((await fetch(`${stack.base}/api/webhooks`)).status).toBe(401);
        const head = await fetch(`${stack.base}/api/webhooks`, { method: 'HEAD', headers: { authorization: `Bearer ${admin}` } });
        expect(head.status).toBe(200);
        expect(await head.text()).toBe('');
        const long = await list(admin, `?state=${'x'.repeat(5000)}`);
        expect(long.status).toBe(400);
        expect(long.body.message?.length).toBeLessThan(200);
    });
    it('shows the API’s message to a token without runs:read', async () => {
        const { page, errors } = await stack.open('#/webhooks', watcher);
        await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^PERMISSION_DENIED: .*runs:read.*this token lacks the scope/);
        expect(errors).toEqual([]);
        await page.close();
    });
});
//# sourceMappingURL=console-webhooks.int.test.js.map
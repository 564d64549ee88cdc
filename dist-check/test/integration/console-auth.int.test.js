import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../../src/sdk/security/tokens.js';
import { startConsoleStack } from '../helpers/console-stack.js';
import { writeTokensFile } from '../helpers/tokens-file.js';
/**
 * The console with API tokens on: without a token it asks for one (and works once given one);
 * a token without a view's scope sees the API's PERMISSION_DENIED message, not a broken page;
 * an action it lacks the scope for is refused and audited, as over gRPC.
 */
describe('the console with API tokens, in Chromium', () => {
    let stack;
    let dir;
    const admin = generateToken();
    const reader = generateToken();
    const watcher = generateToken();
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-console-auth-'));
        await writeTokensFile(dir, [
            { name: 'admin', token: admin, scopes: '*' },
            { name: 'reader', token: reader, scopes: 'runs:read' },
            { name: 'watcher', token: watcher, scopes: 'agents:read' },
        ]);
        stack = await startConsoleStack({ authTokensFile: join(dir, 'tokens.jsonl'), durable: false }, admin);
    }, 90_000);
    afterAll(async () => {
        await stack?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('asks for a token without one, and shows the agents once one is given', async () => {
        const { page, errors } = await stack.open('#/agents');
        await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^UNAUTHENTICATED: .*paste an API token above/);
        await page.getByLabel('API token').fill(admin);
        await page.getByRole('button', { name: 'Use token' }).click();
        await page.locator(`tr[data-instance="${stack.echo.instanceId}"]`).waitFor();
        expect(await page.getByLabel('API token').inputValue()).toBe(''); // not left on screen
        await stack.shot(page, 'auth-token-given');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('shows PERMISSION_DENIED with the scope that is missing to an under-scoped token', async () => {
        const { page, errors } = await stack.open('#/agents', reader);
        await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^PERMISSION_DENIED: .*agents:read.*this token lacks the scope/);
        await page.getByRole('heading', { name: 'Agents' }).waitFor(); // the page itself still works
        await page.getByRole('link', { name: 'Dead letters' }).click();
        await page.getByRole('heading', { name: 'Dead letters' }).waitFor();
        await page.getByText('No dead letters.').waitFor(); // runs:read is enough there
        await stack.shot(page, 'auth-permission-denied');
        expect(errors).toEqual([]);
        await page.close();
    });
    it('refuses an action the token has no scope for, and audits the refusal as it audits a console action', async () => {
        const { page, errors } = await stack.open('#/agents', watcher);
        await page.getByRole('button', { name: `Maintenance ${stack.echo.instanceId}` }).click();
        await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/failed: PERMISSION_DENIED: .*agents:admin/);
        expect(stack.cluster.stateOf(stack.echo.instanceId)).toBe('active');
        // The admin's own click goes through, recorded under the RPC's name, as over gRPC.
        const adminPage = await stack.open('#/agents', admin);
        await adminPage.page.getByRole('button', { name: `Maintenance ${stack.echo.instanceId}` }).click();
        await expect.poll(() => stack.cluster.stateOf(stack.echo.instanceId)).toBe('maintenance');
        await stack.client.setAgentMode(stack.echo.instanceId, 'active');
        const events = await stack.client.listAuditEvents({});
        expect(events).toContainEqual(expect.objectContaining({ actor: 'watcher', action: `POST /api/agents/{id}/mode`, outcome: 'denied' }));
        expect(events).toContainEqual(expect.objectContaining({ actor: 'admin', action: 'SetAgentMode', target: stack.echo.instanceId, outcome: 'ok' }));
        expect(errors).toEqual([]);
        expect(adminPage.errors).toEqual([]);
        await page.close();
        await adminPage.page.close();
    });
});
//# sourceMappingURL=console-auth.int.test.js.map
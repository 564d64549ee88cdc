import { afterEach, describe, expect, it } from 'vitest';
import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
/**
 * A fresh orchestrator is not empty: `troupe orchestrator` registers the bundled
 * workflows whose names are not stored yet (on by default), and never adds a version
 * over an operator's own.
 */
describe('bundled workflows on a fresh orchestrator', () => {
    let nats;
    const procs = [];
    const clients = [];
    afterEach(async () => {
        for (const c of clients.splice(0))
            c.close();
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.splice(0).map((p) => p.exited));
        await nats?.stop();
        nats = undefined;
    });
    async function orchestrator(...flags) {
        nats ??= await startNatsServer();
        const proc = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1', ...flags]);
        procs.push(proc);
        const [, address = ''] = await proc.waitForLine(/orchestrator listening on (\S+)/, 20_000);
        const client = createOrchestratorClient(address);
        clients.push(client);
        return { proc, client };
    }
    const versions = async (client) => Object.fromEntries((await client.listWorkflows()).map((w) => [w.name, w.version]));
    it('registers each bundled workflow once, and keeps an operator’s newer version across restarts', async () => {
        const bundled = (await builtinWorkflows()).length;
        const first = await orchestrator();
        expect(await versions(first.client)).toEqual({ 'full-podcast': 1, 'landing-snippets': 1 });
        expect(bundled).toBe(2);
        // An operator replaces full-podcast with their own (it needs its capability known: an echo agent).
        const echo = spawnTroupe(['agent', 'echo', '--nats', nats.url]);
        procs.push(echo);
        const [, echoId = ''] = await echo.waitForLine(/agent \S+ \((\S+)\) listening on/, 20_000);
        await waitFor(async () => (await first.client.listAgents()).some((a) => a.instanceId === echoId && a.state === 'active'), { timeoutMs: 10_000, what: 'the echo agent', intervalMs: 25 });
        await first.client.registerWorkflow('name: full-podcast\nsteps:\n  - { id: a, capability: echo.say }\n');
        first.proc.kill('SIGTERM');
        await first.proc.exited;
        const second = await orchestrator();
        expect(await versions(second.client)).toEqual({ 'full-podcast': 2, 'landing-snippets': 1 });
    });
    it('registers nothing with --no-bundled-workflows', async () => {
        const { client } = await orchestrator('--no-bundled-workflows');
        expect(await versions(client)).toEqual({});
    });
});
//# sourceMappingURL=bundled-workflows.int.test.js.map
/**
 * The podcast demo through `troupe up` and its bundled fleet file: nats-server and an
 * orchestrator (with the bundled workflows) as in production, then `troupe up` on
 * src/agents/fleet/podcast.yaml; a full-podcast run completes on the agents it started
 * (voice-forge by its time rule in the daytime, on demand at night). The file is used as
 * shipped except for its CPU thresholds: a shared test machine runs past 200% load per CPU,
 * where the guard rightly holds every on-demand start (fleet.int.test.ts tests that).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
describe('the podcast demo through troupe up', () => {
    let nats;
    let orchestrator;
    let client;
    let up;
    beforeAll(async () => {
        nats = await startNatsServer();
        const seedWorkflows = (await builtinWorkflows()).map((w) => w.text);
        orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent' }, { logger: testLogger, seedWorkflows });
        client = createOrchestratorClient(orchestrator.grpcAddress);
        const bundled = readFileSync(resolve(import.meta.dirname, '../../src/agents/fleet/podcast.yaml'), 'utf8');
        const cpu = /^ {2}cpu: .*$/m;
        expect(bundled).toMatch(cpu);
        const file = join(mkdtempSync(join(tmpdir(), 'troupe-podcast-fleet-')), 'podcast.yaml');
        writeFileSync(file, bundled.replace(cpu, '  cpu: { warning: 9999, critical: 10000 }'));
        up = spawnTroupe(['up', file, '--nats', nats.url, '--orchestrator', orchestrator.grpcAddress], { TROUPE_HEARTBEAT_MS: '200' });
    });
    afterAll(async () => {
        up.kill('SIGTERM');
        expect(await up.exited).toBe(0);
        expect(up.output()).toMatch(/fleet podcast stopped/);
        client.close();
        await orchestrator.stop();
        await nats.stop();
    });
    it('starts the agents in dependency order and completes a full-podcast run', async () => {
        await up.waitForLine(/fleet: podcast: start order: topic-discovery, web-harvester → script-weaver, snippet-craft → voice-forge, ui-composer/, 30_000);
        await up.waitForLine(/fleet: script-weaver: dependencies active \(web\.harvest\); starting/, 60_000);
        await waitFor(async () => (await client.getQueues('script.weave'))[0]?.routableInstances, { timeoutMs: 60_000, what: 'script-weaver to serve', intervalMs: 200 });
        const { runId } = await client.startRun({ workflow: 'full-podcast', input: { topic: 'AI agents' } });
        const report = await waitFor(async () => {
            const r = (await client.getRun(runId));
            return r.status === 'completed' || r.status === 'failed' || r.status === 'cancelled' ? r : undefined;
        }, { timeoutMs: 120_000, what: 'the podcast run to end', intervalMs: 250 });
        expect(report.status, JSON.stringify(report).slice(0, 3000)).toBe('completed');
        expect(up.output()).toMatch(/fleet: voice-forge: (scale 0 → 1 \((schedule|demand)\)|dependencies active)/);
        const cli = spawnTroupe(['fleet', '--json', '--nats', nats.url]);
        expect(await cli.exited, cli.output()).toBe(0);
        const status = JSON.parse(cli.stdoutText());
        expect(status.fleet).toBe('podcast');
        expect(status.agents.map((a) => a.name)).toEqual(['topic-discovery', 'web-harvester', 'script-weaver', 'voice-forge', 'snippet-craft', 'ui-composer']);
        for (const name of ['topic-discovery', 'web-harvester', 'script-weaver', 'voice-forge']) {
            expect(status.agents.find((a) => a.name === name), name).toMatchObject({ state: 'running', restarts: 0 });
        }
        expect(status.agents.find((a) => a.name === 'ui-composer')).toMatchObject({ desired: 0, actual: 0 });
    });
});
//# sourceMappingURL=fleet-podcast.int.test.js.map
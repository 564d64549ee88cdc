import { IncomingMessage } from 'node:http';
import * as net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { ATTR, SPAN, startTelemetry } from '../../src/sdk/telemetry/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Capability versions and canary rollouts on a real nats-server, real orchestrators (two, on
// one store) and real agents: ranges route only to matching instances; rollouts split traffic,
// roll a worse canary back by themselves, and every orchestrator applies the same rollout.
/** An agent offering `capability` at `version`, answering which version ran; `behave` may fail or slow it. */
function versioned(name, capability, version, behave = () => undefined) {
    return defineAgent({
        name,
        version: '1.0.0',
        maxConcurrency: 64,
        capabilities: [{ name: capability, version }],
        handlers: { [capability]: async () => (await behave(), { version }) },
    });
}
/** Runs `n` SubmitTasks of `capability` and counts the versions that answered (failures under 'error'). */
async function spread(client, capability, n) {
    const counts = {};
    for (let i = 0; i < n; i++) {
        const key = await client.submitTask({ capability, input: { i }, timeoutMs: 5000 }).then((r) => r.output.version, () => 'error');
        counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
}
describe('capability versions and rollouts', () => {
    let cluster;
    let second;
    let secondClient;
    let canaryFails = false;
    let canaryDelayMs = 0;
    const agents = {};
    const spans = new InMemorySpanExporter();
    let telemetry;
    beforeAll(async () => {
        telemetry = await startTelemetry({ serviceName: 'versions-test', env: {}, prometheus: true, spanProcessors: [new SimpleSpanProcessor(spans)] });
        cluster = await startCluster({ defaultTimeoutMs: 10_000 });
        const start = async (key, def) => {
            agents[key] = await cluster.startAgent(def);
            await cluster.waitActive(agents[key].instanceId);
        };
        await start('v1', versioned('echo-v1', 'ver.echo', '1.4.0'));
        await start('v2', versioned('echo-v2', 'ver.echo', '2.3.0'));
        await start('stable', versioned('work-stable', 'ver.work', '2.0.0'));
        let calls = 0;
        await start('canary', versioned('work-canary', 'ver.work', '2.1.0', async () => {
            // 3 of every 5 fail while canaryFails: worse than the stable, yet never enough in a row to open the breaker.
            if (canaryFails && calls++ % 5 < 3)
                throw new Error('canary regression');
            if (canaryDelayMs > 0)
                await sleep(canaryDelayMs); // the agent's own (slow) work, not test synchronisation
        }));
    });
    afterAll(async () => {
        secondClient?.close();
        await second?.stop();
        await cluster?.close();
        await telemetry?.shutdown();
    });
    it('routes a version range only to matching instances: tasks, workflow steps, ListAgents', async () => {
        expect(await spread(cluster.client, 'ver.echo@^2', 10)).toEqual({ '2.3.0': 10 });
        expect(await spread(cluster.client, 'ver.echo@~1.4', 10)).toEqual({ '1.4.0': 10 });
        expect(Object.keys(await spread(cluster.client, 'ver.echo', 10)).sort()).toEqual(['1.4.0', '2.3.0']);
        await cluster.client.registerWorkflow(JSON.stringify({ name: 'ver-flow', steps: [{ id: 'two', capability: 'ver.echo@^2' }, { id: 'one', capability: 'ver.echo@1.x', depends_on: ['two'] }] }));
        const { runId } = await cluster.client.startRun({ workflow: 'ver-flow', input: {} });
        const report = (await waitFor(async () => {
            const r = (await cluster.client.getRun(runId));
            return r.status === 'completed' && r;
        }, { timeoutMs: 10_000, what: 'ver-flow to complete' }));
        const step = (id) => report.steps.find((s) => s.id === id);
        expect(step('two').output).toEqual({ version: '2.3.0' });
        expect(step('two').tasks.flatMap((t) => t.attempts).map((a) => a.instanceId)).toEqual([agents.v2.instanceId]);
        expect(step('one').output).toEqual({ version: '1.4.0' });
        const attemptSpans = spans.getFinishedSpans().filter((sp) => sp.name === SPAN.TASK && sp.attributes[ATTR.RUN_ID] === runId);
        expect(attemptSpans.map((sp) => [sp.attributes[ATTR.CAPABILITY], sp.attributes[ATTR.CAPABILITY_VERSION]]).sort()).toEqual([
            ['ver.echo@1.x', '1.4.0'],
            ['ver.echo@^2', '2.3.0'],
        ]);
        const listed = await cluster.client.listAgents({ capability: 'ver.echo@>=2' });
        expect(listed.map((a) => a.instanceId)).toEqual([agents.v2.instanceId]);
        expect(listed[0].capabilities).toEqual([expect.objectContaining({ name: 'ver.echo', version: '2.3.0' })]);
    });
    it('a range nobody runs: SubmitTask fails at once, a step waits for one until its deadline, then names the range and the versions running', async () => {
        await expect(cluster.client.submitTask({ capability: 'ver.echo@^3', input: {} })).rejects.toMatchObject({
            code: Status.UNAVAILABLE,
            message: 'no instance of "ver.echo" matching ^3 is running (running versions: 1.4.0, 2.3.0); start one, or ask for another version range',
        });
        await cluster.client.registerWorkflow(JSON.stringify({ name: 'ver-three', steps: [{ id: 'three', capability: 'ver.echo@^3', timeout_ms: 1500 }] }));
        const failed = await cluster.client.startRun({ workflow: 'ver-three', input: {} });
        const report = await waitFor(async () => {
            const r = (await cluster.client.getRun(failed.runId));
            return r.status === 'failed' && r;
        }, { timeoutMs: 10_000, what: 'ver-three to fail' });
        expect(JSON.stringify(report)).toMatch(/no instance of \\"ver\.echo\\" matching \^3 is running \(running versions: 1\.4\.0, 2\.3\.0\)/);
        // A step waiting for ^3 goes on as soon as a 3.x instance joins.
        await cluster.client.registerWorkflow(JSON.stringify({ name: 'ver-three-later', steps: [{ id: 'three', capability: 'ver.echo@^3', timeout_ms: 20_000 }] }));
        const waiting = await cluster.client.startRun({ workflow: 'ver-three-later', input: {} });
        await waitFor(async () => (await cluster.client.getRun(waiting.runId)).steps[0]?.status === 'running', { timeoutMs: 5000, what: 'the step to wait' });
        const v3 = await cluster.startAgent(versioned('echo-v3', 'ver.echo', '3.0.0'));
        const done = await waitFor(async () => {
            const r = (await cluster.client.getRun(waiting.runId));
            return r.status === 'completed' && r;
        }, { timeoutMs: 10_000, what: 'ver-three-later to complete once 3.0.0 joined' });
        expect(JSON.stringify(done)).toContain('3.0.0');
        await v3.drain('test over');
    });
    it('refuses bad ranges and bad rollout requests with INVALID_ARGUMENT / NOT_FOUND / FAILED_PRECONDITION and a message to act on', async () => {
        const c = cluster.client;
        await expect(c.submitTask({ capability: 'ver.echo@latest!', input: {} })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/"latest!" is not a valid semver range/) });
        await expect(c.submitTask({ capability: 'ver.echo@', input: {} })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/empty version range/) });
        await expect(c.registerWorkflow(JSON.stringify({ name: 'bad-range', steps: [{ id: 'a', capability: 'ver.echo@^^2' }] }))).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/steps\[0\]\.capability: the version range "\^\^2" is not a valid semver range/) });
        await expect(c.listAgents({ capability: 'ver.echo@!' })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT });
        const cases = [
            [{ capability: 'ver.nope', canary: '2.1.0', weight: 10 }, Status.NOT_FOUND, /no agent offers capability "ver.nope"; known capabilities: .*ver\.work/],
            [{ capability: 'ver.work@^2', canary: '2.1.0', weight: 10 }, Status.INVALID_ARGUMENT, /has a version range; name the capability alone/],
            [{ capability: 'ver.work', canary: 'newest', weight: 10 }, Status.INVALID_ARGUMENT, /canary: the version range "newest" is not a valid semver range/],
            [{ capability: 'ver.work', canary: '', weight: 10 }, Status.INVALID_ARGUMENT, /canary is required/],
            [{ capability: 'ver.work', canary: '2.1.0', weight: 150 }, Status.INVALID_ARGUMENT, /weight must be a whole percent from 0 to 100/],
            [{ capability: 'ver.work', canary: '2.1.0', weight: 10, policy: { maxSuccessDrop: 5 } }, Status.INVALID_ARGUMENT, /policy\.max_success_drop must be a fraction/],
        ];
        for (const [req, code, message] of cases)
            await expect(c.setRollout(req), JSON.stringify(req)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
        for (const call of [() => c.getRollout('ver.work'), () => c.promoteRollout('ver.work'), () => c.abortRollout('ver.work')]) {
            await expect(call()).rejects.toMatchObject({ code: Status.NOT_FOUND, message: expect.stringMatching(/"ver\.work" has no rollout; start one with `troupe rollout set ver\.work/) });
        }
        expect(await c.listRollouts()).toEqual([]);
    });
    it('splits traffic by weight, promotes and aborts; a task with a range ignores the rollout', async () => {
        const c = cluster.client;
        // min_samples high: this test is about the split, not the decision.
        const set = await c.setRollout({ capability: 'ver.work', canary: '2.1.0', weight: 50, policy: { minSamples: 1000, window: 1000 } });
        expect(set).toMatchObject({ capability: 'ver.work', canary: '2.1.0', stable: '', weight: 50, state: 'active', updatedBy: 'operator:anonymous' });
        const half = await spread(c, 'ver.work', 200);
        expect(half['2.1.0']).toBeGreaterThan(60);
        expect(half['2.0.0']).toBeGreaterThan(60);
        expect(half['2.1.0'] + half['2.0.0']).toBe(200);
        expect(await spread(c, 'ver.work@2.0.0', 10)).toEqual({ '2.0.0': 10 });
        const measured = await c.getRollout('ver.work');
        expect(measured.canaryStats.samples + measured.stableStats.samples).toBe(210);
        expect(await c.promoteRollout('ver.work')).toMatchObject({ state: 'promoted', weight: 100 });
        expect(await spread(c, 'ver.work', 20)).toEqual({ '2.1.0': 20 });
        await expect(c.abortRollout('ver.work')).rejects.toMatchObject({ code: Status.FAILED_PRECONDITION, message: expect.stringMatching(/was promoted already/) });
        await c.setRollout({ capability: 'ver.work', canary: '2.1.0', stable: '2.0.0', weight: 30 });
        expect(await c.abortRollout('ver.work')).toMatchObject({ state: 'aborted', weight: 0 });
        expect(await spread(c, 'ver.work', 20)).toEqual({ '2.0.0': 20 });
        await expect(c.promoteRollout('ver.work')).rejects.toMatchObject({ code: Status.FAILED_PRECONDITION, message: expect.stringMatching(/was aborted .*set it again/) });
    });
    it('rolls a canary whose success rate drops back by itself, with its reason logged, audited and visible; traffic returns to stable', async () => {
        const c = cluster.client;
        canaryFails = true;
        try {
            await c.setRollout({ capability: 'ver.work', canary: '2.1.0', weight: 50, policy: { minSamples: 10, window: 20 } });
            const rolledBack = await waitFor(async () => {
                await spread(c, 'ver.work', 5);
                const r = await c.getRollout('ver.work');
                return r.state === 'rolled_back' && r;
            }, { timeoutMs: 20_000, what: 'the failing canary to be rolled back' });
            expect(rolledBack.weight).toBe(0);
            expect(rolledBack.reason).toMatch(/^canary 2\.1\.0 success \d+% < stable 100% − 10% \(over \d+ and \d+ tasks\)$/);
            expect(rolledBack.decisions.at(-1)).toMatchObject({ decision: 'rolled_back', actor: `auto-rollback:${cluster.orchestrator.instanceId}`, reason: rolledBack.reason });
            expect(await spread(c, 'ver.work', 30)).toEqual({ '2.0.0': 30 });
            const audit = await cluster.orchestrator.auditLog.list({ action: 'RolloutRolledBack' });
            expect(audit.at(-1)).toMatchObject({ actor: `auto-rollback:${cluster.orchestrator.instanceId}`, target: 'ver.work', outcome: 'ok', reason: rolledBack.reason });
            expect(audit.at(-1).traceId).toMatch(/^[0-9a-f]{32}$/);
            const operator = await cluster.orchestrator.auditLog.list({ action: 'SetRollout' });
            expect(operator.at(-1)).toMatchObject({ actor: 'anonymous', target: 'ver.work@2.1.0', outcome: 'ok' });
            // Traced and counted: the rollback's span (its trace is the audit event's), the version on task spans, the metric.
            const rollbackSpan = spans.getFinishedSpans().find((sp) => sp.name === SPAN.ROLLOUT_ROLLBACK);
            expect(rollbackSpan?.spanContext().traceId).toBe(audit.at(-1).traceId);
            expect(rollbackSpan?.attributes).toMatchObject({ [ATTR.CAPABILITY]: 'ver.work', [ATTR.ROLLOUT_CANARY]: '2.1.0' });
            const taskSpans = spans.getFinishedSpans().filter((sp) => sp.attributes[ATTR.CAPABILITY_VERSION] !== undefined && sp.attributes[ATTR.ROLLOUT_SIDE] !== undefined);
            expect(new Set(taskSpans.map((sp) => `${String(sp.attributes[ATTR.CAPABILITY_VERSION])}/${String(sp.attributes[ATTR.ROLLOUT_SIDE])}`))).toEqual(new Set(['2.0.0/stable', '2.1.0/canary']));
            const metrics = await new Promise((resolve) => {
                const res = { statusCode: 200, setHeader: () => undefined, writeHead() { return this; }, end: (body) => resolve(body ?? '') };
                telemetry.metricsHandler(new IncomingMessage(new net.Socket()), res);
            });
            expect(metrics).toMatch(/^troupe_rollout_decisions_total\{(?=[^}]*decision="rolled_back")(?=[^}]*troupe_capability="ver\.work")[^}]*\} 1$/m);
            expect(metrics).toMatch(/^troupe_rollout_decisions_total\{(?=[^}]*decision="set")(?=[^}]*troupe_capability="ver\.work")[^}]*\} [1-9]$/m);
        }
        finally {
            canaryFails = false;
        }
    });
    it('rolls back a canary that is slower by more than the latency ratio', async () => {
        const c = cluster.client;
        canaryDelayMs = 60;
        try {
            await c.setRollout({ capability: 'ver.work', canary: '2.1.0', weight: 50, policy: { minSamples: 10, window: 20, maxLatencyRatio: 2 } });
            const rolledBack = await waitFor(async () => {
                await spread(c, 'ver.work', 5);
                const r = await c.getRollout('ver.work');
                return r.state === 'rolled_back' && r;
            }, { timeoutMs: 30_000, what: 'the slow canary to be rolled back' });
            expect(rolledBack.reason).toMatch(/^canary 2\.1\.0 latency p50 \d+ ms > 2 × stable \S+ ms/);
            expect(rolledBack.canaryStats.latencyP50Ms).toBeGreaterThan(50);
        }
        finally {
            canaryDelayMs = 0;
        }
    });
    it('a second orchestrator on the same store sees and applies the same rollout', async () => {
        second = await startOrchestrator({ natsUrl: cluster.nats.url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 200, logLevel: 'silent', defaultTimeoutMs: 10_000 }, { logger: testLogger });
        secondClient = createOrchestratorClient(second.grpcAddress);
        const other = secondClient;
        expect(await other.getRollout('ver.work')).toMatchObject({ state: 'rolled_back' });
        for (const key of ['stable', 'canary'])
            await waitFor(() => second.registry.get(agents[key].instanceId)?.state === 'active', { timeoutMs: 5000, what: `${key} on the second orchestrator` });
        expect(await spread(other, 'ver.work', 20)).toEqual({ '2.0.0': 20 }); // rolled back: stable only, there too
        // Set on the first; the second follows through its watch.
        await cluster.client.setRollout({ capability: 'ver.work', canary: '2.1.0', weight: 100 });
        await waitFor(async () => (await spread(other, 'ver.work', 1))['2.1.0'] === 1, { timeoutMs: 5000, what: 'the second orchestrator to route to the canary' });
        expect(await spread(other, 'ver.work', 20)).toEqual({ '2.1.0': 20 });
    });
    it('the CLI shows capability versions and rollout state', async () => {
        const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const set = spawnTroupe(['rollout', 'set', 'ver.work', '--canary', '2.1.0', '--weight', '10', '--max-success-drop', '0.2'], env);
        expect(await set.exited).toBe(0);
        expect(set.stdoutText()).toBe('ver.work: canary 2.1.0 at 10%, active (canary 2.1.0 at 10% (stable: every version but 2.1.0))\n');
        const list = spawnTroupe(['rollout', 'list'], env);
        expect(await list.exited).toBe(0);
        expect(list.stdoutText()).toMatch(/CAPABILITY\s+CANARY\s+STABLE\s+WEIGHT\s+STATE[^\n]*\nver\.work\s+2\.1\.0\s+not 2\.1\.0\s+10%\s+active/);
        const bad = spawnTroupe(['rollout', 'set', 'ver.work', '--canary', '2.1.0', '--weight', 'lots'], env);
        expect(await bad.exited).not.toBe(0);
        expect(bad.stderrText()).toMatch(/--weight must be a number; got 'lots'/);
        const agentsTable = spawnTroupe(['agents', '--capability', 'ver.work'], env);
        expect(await agentsTable.exited).toBe(0);
        expect(agentsTable.stdoutText()).toMatch(/ver\.work@2\.1\.0/);
        // Under the table: the rollout of the capability listed, both sides with their weights, its state and last decision.
        expect(agentsTable.stdoutText()).toMatch(/\nrollouts \(troupe rollout list for what was measured\):\n {2}ver\.work {2}stable not 2\.1\.0 90% \/ canary 2\.1\.0 10%, active \(set by operator:anonymous at \d{4}-[^:]+:\d\d:[\d.]+Z: canary 2\.1\.0 at 10%/);
        const otherTable = spawnTroupe(['agents', '--capability', 'ver.echo'], env);
        expect(await otherTable.exited).toBe(0);
        expect(otherTable.stdoutText()).not.toMatch(/rollouts/); // ver.echo has none
    });
});
//# sourceMappingURL=versions.int.test.js.map
/**
 * A NATS outage loses nothing. Real processes: nats-server, an orchestrator and an
 * agent (children), both reaching NATS through the fault-injection proxy, so the
 * outage is a partition (sockets open, nothing answers), not a dead server.
 *
 * - 50 durable runs whose steps take 1–2 s; NATS paused for 3 s mid-way: every run
 *   completes, every step in ONE attempt (none failed because of the outage).
 * - StartRun during the outage answers UNAVAILABLE "NATS is unreachable" within 2 s.
 * - SIGTERM to an agent and to the orchestrator while NATS is paused: both exit
 *   within their drain deadline.
 * The 30 s outage is a `npm run chaos` drill (too long for the suite).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status } from '../../src/sdk/errors.js';
import { startTcpProxy } from '../../src/sdk/testing/index.js';
import { startAgent as startInProcessAgent } from '../../src/sdk/agent/agent-server.js';
import echo from '../../src/agents/echo/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const RUNS = 50;
const BEAT = '500';
const OUTAGE_MS = 3000;
const DRAIN_MS = 2000;
const FIXTURE = './test/fixtures/durable-agent.mjs';
const WORKFLOW = `
name: outage-chain
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 30000 }
  - { id: two, capability: probe.step, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: 30000 }
output: "\${steps.two.output.n}"
`.trim();
const doneCount = (agent) => agent.output().match(/^EXEC done /gm)?.length ?? 0;
function startOrchestrator(natsUrl, instanceId) {
    return spawnDurableOrchestrator(natsUrl, instanceId, { TROUPE_HEARTBEAT_MS: BEAT });
}
function startAgent(natsUrl) {
    return spawnTroupe(['agent', FIXTURE, '--nats', natsUrl], {
        TROUPE_HEARTBEAT_MS: BEAT,
        TROUPE_DRAIN_TIMEOUT_MS: String(DRAIN_MS),
        DURABLE_STEP_MIN_MS: '1000',
        DURABLE_STEP_MAX_MS: '2000',
    });
}
/** Exit time of `proc` after SIGTERM, in ms. */
async function sigtermExitMs(proc) {
    const t0 = performance.now();
    proc.kill('SIGTERM');
    await proc.exited;
    return performance.now() - t0;
}
describe('a NATS outage (proxy paused) loses nothing', () => {
    let nats;
    let proxy;
    const procs = [];
    const clients = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        proxy = await startTcpProxy({ target: nats.url });
    }, 30_000);
    // A test that fails mid-outage must not leave the next one without NATS.
    afterEach(() => proxy.heal());
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await proxy?.close();
        await nats?.stop();
    });
    /** How the outage begins and ends: a pause keeps sockets open; a cut resets them and refuses reconnects. */
    const OUTAGES = {
        pause: { begin: async () => proxy.pause(), end: async () => proxy.resume() },
        cut: {
            begin: async () => {
                await proxy.refuse();
                proxy.cut();
            },
            end: () => proxy.heal(),
        },
    };
    it.each(Object.keys(OUTAGES))(`finishes ${RUNS} runs across a ${OUTAGE_MS / 1000} s outage (%s) with no failed attempt; StartRun meanwhile answers UNAVAILABLE within 2 s; SIGTERM exits`, async (kind) => {
        const outage = OUTAGES[kind];
        const agent = startAgent(proxy.url());
        const orch = startOrchestrator(proxy.url(), `orch-outage-${kind}`);
        procs.push(agent, orch);
        const address = (await orch.waitForLine(/orchestrator listening on (\S+)/, 20_000))[1];
        const client = createOrchestratorClient(address);
        clients.push(client);
        await waitFor(async () => (await client.listAgents()).some((a) => a.state === 'active'), { timeoutMs: 10_000, what: 'the agent to be active' });
        await client.registerWorkflow(WORKFLOW);
        const runIds = [];
        for (let i = 0; i < RUNS; i++)
            runIds.push((await client.startRun({ workflow: 'outage-chain', input: { n: i }, idempotencyKey: `outage-${kind}-${i}` })).runId);
        // Pause once the first steps are finishing: the second steps are dispatched during the outage.
        await waitFor(() => doneCount(agent) >= 10, { timeoutMs: 20_000, what: 'steps to finish' });
        const logBefore = orch.output().length;
        await outage.begin();
        const pausedAt = performance.now();
        // StartRun right as the outage begins (before the orchestrator may have noticed it): answered within 2 s.
        const answer = await client.startRun({ workflow: 'outage-chain', input: { n: -1 }, idempotencyKey: `during-outage-${kind}` }, { deadline: new Date(Date.now() + 10_000) }).then(() => ({ code: Status.OK, message: '' }), (err) => ({ code: err.code, message: err.message }));
        const startRunMs = performance.now() - pausedAt;
        console.log(`StartRun during the outage (${kind}): ${Status[answer.code]} in ${startRunMs.toFixed(0)} ms: ${answer.message}`);
        expect(startRunMs).toBeLessThan(2000);
        // A cut connection fails StartRun at once, possibly before the link watcher has logged it: wait for the line.
        await waitFor(() => orch.output().slice(logBefore).includes('NATS link down'), { timeoutMs: 5000, what: 'the orchestrator to log the link down', intervalMs: 20 });
        if (answer.code !== Status.OK) {
            expect(answer.code).toBe(Status.UNAVAILABLE);
            expect(answer.message).toMatch(/NATS is unreachable/);
        }
        // The outage length is what this test is about, not a synchronisation.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (performance.now() - pausedAt))));
        await outage.end();
        const reports = new Map();
        await waitFor(async () => {
            for (const id of runIds) {
                if (reports.get(id)?.status === 'completed' || reports.get(id)?.status === 'failed')
                    continue;
                reports.set(id, (await client.getRun(id, { deadline: new Date(Date.now() + 5000) })));
            }
            return [...reports.values()].every((r) => r.status === 'completed' || r.status === 'failed');
        }, { timeoutMs: 60_000, intervalMs: 250, what: `all ${RUNS} runs to finish` });
        const failed = [...reports].filter(([, r]) => r.status !== 'completed');
        expect(failed.map(([id, r]) => `${id}: ${r.error}`)).toEqual([]);
        const extraAttempts = [...reports].flatMap(([id, r]) => r.steps.flatMap((s) => (s.tasks ?? []).flatMap((t) => t.attempts.filter((a) => a.outcome !== 'succeeded').map((a) => `${id}/${s.id}: ${a.outcome} ${a.message}`))));
        expect(extraAttempts).toEqual([]);
        expect(orch.output()).not.toMatch(/illegal transition/);
        console.log(`outage (${kind}) ${OUTAGE_MS} ms: ${RUNS - failed.length}/${RUNS} runs completed, ${extraAttempts.length} failed attempts`);
        // Shutdown with NATS down: both exit within their deadlines.
        await outage.begin();
        const agentExitMs = await sigtermExitMs(agent);
        console.log(`agent SIGTERM with NATS down: exited in ${agentExitMs.toFixed(0)} ms (drain timeout ${DRAIN_MS} ms)`);
        expect(agentExitMs).toBeLessThan(DRAIN_MS + 1000); // the drain timeout, plus the exit grace at most
        const orchExitMs = await sigtermExitMs(orch);
        console.log(`orchestrator SIGTERM with NATS down: exited in ${orchExitMs.toFixed(0)} ms`);
        expect(orchExitMs).toBeLessThan(15_000);
        await outage.end();
    }, 120_000);
    it('the announce sidecar exits on SIGTERM while NATS is paused', async () => {
        const target = await startInProcessAgent(echo, { host: '127.0.0.1', port: 0, logLevel: 'silent' });
        const sidecar = spawnTroupe(['announce', '--grpc', target.address, '--nats', proxy.url(), '--heartbeat-ms', BEAT]);
        procs.push(sidecar);
        try {
            await sidecar.waitForLine(/announcing echo/, 20_000);
            proxy.pause();
            const exitMs = await sigtermExitMs(sidecar);
            console.log(`announce sidecar SIGTERM with NATS down: exited (${await sidecar.exited}) in ${exitMs.toFixed(0)} ms`);
            expect(sidecar.output()).toMatch(/stopped: the sidecar was stopped/); // its own handler ran, not the default action
            expect(exitMs).toBeLessThan(5000);
        }
        finally {
            proxy.resume();
            await target.drain('test over');
        }
    }, 60_000);
});
//# sourceMappingURL=nats-outage.int.test.js.map
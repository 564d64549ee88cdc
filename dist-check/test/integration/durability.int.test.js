import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Durable state end to end: the orchestrator and the agent are child processes,
// the orchestrator is killed with SIGKILL while runs are in flight and restarted
// with the same instance id; every run must complete, and no (run, step) may be
// executed to completion twice except a redo of the in-flight attempt with the
// SAME idempotency key (`run_id/step_id/attempt`).
const RUNS = 50;
const BEAT = '200';
const FIXTURE = './test/fixtures/durable-agent.mjs';
const WORKFLOW = `
name: durable-chain
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 20000, retry: { max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 2000, multiplier: 2 } }
  - { id: two, capability: probe.step, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: 20000, retry: { max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 2000, multiplier: 2 } }
  - { id: three, capability: probe.step, depends_on: [two], input: { n: "\${steps.two.output.n}" }, timeout_ms: 20000, retry: { max_attempts: 20, initial_backoff_ms: 200, max_backoff_ms: 2000, multiplier: 2 } }
output: "\${steps.three.output.n}"
`.trim();
/** Every `EXEC <phase> <run>/<step>/<attempt>` line the agent printed. */
function executions(agent) {
    const out = [];
    for (const m of agent.output().matchAll(/^EXEC (start|done) (\S+)\/(\S+)\/(\d+)$/gm)) {
        out.push({ phase: m[1], runId: m[2], stepId: m[3], attempt: Number(m[4]), key: `${m[2]}/${m[3]}/${m[4]}` });
    }
    return out;
}
/** (run, step) pairs completed with more than one distinct idempotency key. */
function doubleCompletions(agent) {
    const keys = new Map();
    for (const e of executions(agent)) {
        if (e.phase !== 'done')
            continue;
        const id = `${e.runId}/${e.stepId}`;
        const set = keys.get(id) ?? new Set();
        set.add(e.key);
        keys.set(id, set);
    }
    return [...keys].filter(([, set]) => set.size > 1).map(([id, set]) => `${id}: ${[...set].join(', ')}`);
}
async function statuses(client, runIds) {
    const out = new Map();
    await Promise.all(runIds.map(async (id) => {
        try {
            const report = (await client.getRun(id, { deadline: new Date(Date.now() + 5000) }));
            out.set(id, report.status === 'failed' ? `failed: ${report.error}; ${JSON.stringify(report.steps)}` : (report.status ?? '?'));
        }
        catch (err) {
            out.set(id, `error: ${err.message}`);
        }
    }));
    return out;
}
describe('durable runs (orchestrator and agent as processes)', () => {
    let nats;
    let agent;
    const procs = [];
    const clients = [];
    beforeAll(async () => {
        nats = await startNatsServer();
        agent = spawnTroupe(['agent', FIXTURE, '--nats', nats.url], { TROUPE_HEARTBEAT_MS: BEAT });
        procs.push(agent);
        await agent.waitForLine(/agent \S+ \((\S+)\) listening on/, 20_000);
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it('resumes every run after a kill -9 of the orchestrator, without executing a step twice', async () => {
        const first = spawnDurableOrchestrator(nats.url, 'orch-crash');
        procs.push(first);
        const client = createOrchestratorClient(await orchestratorAddress(first));
        clients.push(client);
        await waitFor(async () => (await client.listAgents()).some((a) => a.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await client.registerWorkflow(WORKFLOW);
        const runIds = [];
        for (let i = 0; i < RUNS; i++) {
            const started = await client.startRun({ workflow: 'durable-chain', input: { n: i * 10 }, idempotencyKey: `crash-${i}` });
            runIds.push(started.runId);
        }
        // Kill while runs are in flight: once a third of all step executions have finished.
        await waitFor(() => executions(agent).filter((e) => e.phase === 'done').length >= RUNS, { timeoutMs: 20_000, what: 'runs to make progress' });
        first.kill('SIGKILL');
        await first.exited;
        const atKill = executions(agent);
        const doneAtKill = atKill.filter((e) => e.phase === 'done').length;
        expect(doneAtKill).toBeLessThan(RUNS * 3); // some work was really left
        const startsAtKill = atKill.filter((e) => e.phase === 'start').length;
        const second = spawnDurableOrchestrator(nats.url, 'orch-crash');
        procs.push(second);
        const client2 = createOrchestratorClient(await orchestratorAddress(second));
        clients.push(client2);
        // (b) StartRun with a key used before the crash answers with the same run.
        const again = await client2.startRun({ workflow: 'durable-chain', input: { n: 0 }, idempotencyKey: 'crash-0' });
        expect(again).toMatchObject({ runId: runIds[0], existing: true });
        let last = new Map();
        await waitFor(async () => {
            last = await statuses(client2, runIds);
            return [...last.values()].every((s) => s === 'completed');
        }, { timeoutMs: 30_000, intervalMs: 250, what: `all ${RUNS} runs to complete after the restart` }).catch((err) => {
            throw new Error(`${err.message}: ${JSON.stringify(Object.fromEntries([...last].filter(([, s]) => s !== 'completed')))}`);
        });
        for (const [i, runId] of runIds.entries()) {
            const report = (await client2.getRun(runId));
            expect(report.output).toBe(i * 10 + 3);
            expect(report.steps.map((s) => s.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
        }
        expect(doubleCompletions(agent)).toEqual([]);
        // The attempts in flight at the kill were redone after the restart with the same key.
        const after = executions(agent).slice(startsAtKill + doneAtKill).filter((e) => e.phase === 'start');
        const startedBefore = new Set(atKill.filter((e) => e.phase === 'start').map((e) => e.key));
        expect(after.filter((e) => startedBefore.has(e.key)).length).toBeGreaterThan(0);
        // Every step of every run was executed (at least once) to completion.
        const completed = new Set(executions(agent).filter((e) => e.phase === 'done').map((e) => `${e.runId}/${e.stepId}`));
        expect(completed.size).toBe(RUNS * 3);
        expect(second.output()).not.toMatch(/illegal transition/);
        second.kill('SIGTERM');
        await second.exited;
    }, 90_000);
    it('finishes runs in flight across a restart of nats-server (same store)', async () => {
        const orch = spawnDurableOrchestrator(nats.url, 'orch-nats');
        procs.push(orch);
        const client = createOrchestratorClient(await orchestratorAddress(orch));
        clients.push(client);
        await waitFor(async () => (await client.listAgents()).some((a) => a.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await client.registerWorkflow(WORKFLOW);
        const before = executions(agent).filter((e) => e.phase === 'done').length;
        const runIds = [];
        for (let i = 0; i < 20; i++)
            runIds.push((await client.startRun({ workflow: 'durable-chain', input: { n: i }, idempotencyKey: `nats-${i}` })).runId);
        await waitFor(() => executions(agent).filter((e) => e.phase === 'done').length >= before + 20, { timeoutMs: 20_000, what: 'runs to make progress' });
        await nats.restart();
        let last = new Map();
        await waitFor(async () => {
            // While NATS is back but the orchestrator has not reconnected yet, reads answer UNAVAILABLE: a client retries.
            last = await statuses(client, runIds).catch((err) => {
                if (TroupeError.is(err) && err.code === Status.UNAVAILABLE)
                    return last;
                throw err;
            });
            return [...last.values()].every((s) => s === 'completed');
        }, { timeoutMs: 30_000, intervalMs: 250, what: 'all runs to complete after the NATS restart' }).catch((err) => {
            throw new Error(`${err.message}: ${JSON.stringify(Object.fromEntries(last))}`);
        });
        expect(doubleCompletions(agent)).toEqual([]);
        // The records survived the restart too: a new StartRun with an old key is answered from the store.
        // (Retried while the orchestrator's own NATS link is still coming back: StartRun answers UNAVAILABLE then.)
        const again = await waitFor(() => client.startRun({ workflow: 'durable-chain', input: { n: 0 }, idempotencyKey: 'nats-3' }).catch((err) => {
            if (TroupeError.is(err) && err.code === Status.UNAVAILABLE)
                return false;
            throw err;
        }), { timeoutMs: 10_000, intervalMs: 100, what: 'StartRun to be answered after the NATS restart' });
        expect(again).toMatchObject({ runId: runIds[3], existing: true });
        orch.kill('SIGTERM');
        await orch.exited;
    }, 90_000);
    it('fails over: a survivor adopts the runs of a kill -9ed orchestrator once its leases expire', async () => {
        const leaseEnv = { TROUPE_LEASE_TTL_MS: '2000', TROUPE_LEASE_RENEW_MS: '400' };
        const a = spawnDurableOrchestrator(nats.url, 'orch-a', leaseEnv);
        const b = spawnDurableOrchestrator(nats.url, 'orch-b', leaseEnv);
        procs.push(a, b);
        const clientA = createOrchestratorClient(await orchestratorAddress(a));
        const clientB = createOrchestratorClient(await orchestratorAddress(b));
        clients.push(clientA, clientB);
        await waitFor(async () => (await clientA.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        const before = executions(agent).filter((e) => e.phase === 'done').length;
        const runIds = [];
        for (let i = 0; i < 20; i++)
            runIds.push((await clientA.startRun({ workflow: 'durable-chain', input: { n: i }, idempotencyKey: `failover-${i}` })).runId);
        await waitFor(() => executions(agent).filter((e) => e.phase === 'done').length >= before + 20, { timeoutMs: 20_000, what: 'runs to make progress' });
        a.kill('SIGKILL');
        await a.exited;
        // The key is claimed durably: the survivor answers with A's run.
        expect(await clientB.startRun({ workflow: 'durable-chain', input: { n: 0 }, idempotencyKey: 'failover-5' })).toMatchObject({ runId: runIds[5], existing: true });
        let last = new Map();
        await waitFor(async () => {
            last = await statuses(clientB, runIds);
            return [...last.values()].every((s) => s === 'completed');
        }, { timeoutMs: 30_000, intervalMs: 250, what: 'the survivor to complete every run' }).catch((err) => {
            throw new Error(`${err.message}: ${JSON.stringify(Object.fromEntries(last))}`);
        });
        const listed = await clientB.listRuns({ workflow: 'durable-chain', limit: 1000 });
        expect(listed.filter((r) => runIds.includes(r.runId)).length).toBeGreaterThan(0);
        expect(doubleCompletions(agent)).toEqual([]);
        b.kill('SIGTERM');
        await b.exited;
    }, 90_000);
});
//# sourceMappingURL=durability.int.test.js.map
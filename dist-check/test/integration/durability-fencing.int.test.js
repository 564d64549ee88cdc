import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/orchestrator/store/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnDurableOrchestrator, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Fencing end to end: orchestrator A owns a few runs whose steps are in flight at a
// slow, deduplicating agent; A is paused with SIGSTOP (a GC pause, a partition)
// longer than its instance lease TTL. B marks A's lease taken over, adopts the runs
// (writing its own owner and epoch into each record) and finishes them. When A is
// resumed with SIGCONT it must not overwrite B's records: its lease renewal finds the
// lease taken over, or its next write is fenced (compare-and-set on the record's
// revision); it logs that and drops the runs. Every step is executed once per idempotency key at
// the agent, and under one key only.
const RUNS = 4;
const BEAT = '200';
const LEASE_ENV = { TROUPE_LEASE_TTL_MS: '1500', TROUPE_LEASE_RENEW_MS: '400' };
const FIXTURE = './test/fixtures/dedup-agent.mjs';
const A_ID = 'orch-fence-a';
const B_ID = 'orch-fence-b';
const WORKFLOW = `
name: fenced-chain
steps:
  - { id: one, capability: probe.slow, input: { n: "\${input.n}" }, timeout_ms: 30000, retry: { max_attempts: 3, initial_backoff_ms: 200 } }
  - { id: two, capability: probe.slow, depends_on: [one], input: { n: "\${steps.one.output.n}" }, timeout_ms: 30000, retry: { max_attempts: 3, initial_backoff_ms: 200 } }
output: "\${steps.two.output.n}"
`.trim();
/** Every `EXEC <phase> <run>/<step>/<attempt>` line the agent printed. */
function executions(agent) {
    return [...agent.output().matchAll(/^EXEC (start|join|done) ((\S+)\/(\S+))\/(\d+)$/gm)].map((m) => ({
        phase: m[1],
        runStep: m[2],
        key: `${m[2]}/${m[5]}`,
    }));
}
function startOrchestrator(natsUrl, instanceId) {
    // info: B's "resuming run" lines; A's drops are warnings.
    return spawnDurableOrchestrator(natsUrl, instanceId, { TROUPE_HEARTBEAT_MS: BEAT, TROUPE_LOG_LEVEL: process.env.TROUPE_TEST_LOG ?? 'info', ...LEASE_ENV });
}
/** The log lines of `proc` that mention `runId` and match `pattern`. */
function logLines(proc, runId, pattern) {
    return proc
        .output()
        .split('\n')
        .filter((line) => line.includes(runId) && pattern.test(line));
}
describe('fencing a paused owner (orchestrators and agent as processes)', () => {
    let nats;
    let agent;
    let observerNc;
    let observer;
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
        observer?.close();
        await observerNc?.close().catch(() => undefined);
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it('a SIGSTOPped owner cannot overwrite the runs a survivor adopted and finished', async () => {
        const a = startOrchestrator(nats.url, A_ID);
        const b = startOrchestrator(nats.url, B_ID);
        procs.push(a, b);
        const clientA = createOrchestratorClient(await orchestratorAddress(a));
        const clientB = createOrchestratorClient(await orchestratorAddress(b));
        clients.push(clientA, clientB);
        for (const client of [clientA, clientB]) {
            await waitFor(async () => (await client.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        }
        await clientA.registerWorkflow(WORKFLOW);
        // A read-only view of the store (no lease timer).
        observerNc = await connect({ servers: nats.url });
        observer = await openStores(observerNc, { owner: 'test-observer', leaseRenewEveryMs: 0 });
        const record = async (runId) => {
            const stored = await observer.runs.get(runId);
            if (!stored)
                throw new Error(`run ${runId} has no record`);
            return stored.record;
        };
        const runIds = [];
        for (let i = 0; i < RUNS; i++) {
            runIds.push((await clientA.startRun({ workflow: 'fenced-chain', input: { n: i * 10 }, idempotencyKey: `fence-${i}` })).runId);
        }
        // Pause A while every run's first step is executing at the agent.
        await waitFor(() => runIds.every((id) => executions(agent).some((e) => e.phase === 'start' && e.runStep === `${id}/one`)), {
            timeoutMs: 10_000,
            what: 'every run to be mid-step',
        });
        a.kill('SIGSTOP');
        const before = new Map();
        for (const id of runIds)
            before.set(id, await record(id));
        for (const r of before.values()) {
            expect(r.owner).toBe(A_ID);
            expect(r.status).not.toMatch(/completed|failed|cancelled/);
        }
        const executedBeforePause = executions(agent).filter((e) => e.phase === 'done').length;
        expect(executedBeforePause).toBeLessThan(RUNS * 2); // work was really left
        // B adopts every run once A's leases expire…
        await waitFor(async () => (await Promise.all(runIds.map(record))).every((r) => r.owner === B_ID), {
            timeoutMs: 15_000,
            intervalMs: 100,
            what: 'B to adopt every run of the paused A',
        });
        for (const id of runIds)
            await b.waitForLine(new RegExp(`${id}[^\\n]*resuming run|resuming run[^\\n]*${id}`), 5000);
        // …and finishes them while A is still paused.
        await waitFor(async () => (await Promise.all(runIds.map(record))).every((r) => r.status === 'completed'), {
            timeoutMs: 20_000,
            intervalMs: 100,
            what: 'B to complete every adopted run',
        });
        const finishedByB = new Map();
        for (const id of runIds)
            finishedByB.set(id, await record(id));
        // Wake A: it must notice the lost lease or have its write fenced, and drop every run.
        a.kill('SIGCONT');
        await waitFor(() => runIds.every((id) => logLines(a, id, /dropping run/).length > 0), {
            timeoutMs: 10_000,
            intervalMs: 50,
            what: 'A to drop every run after waking up',
        }).catch((err) => {
            throw new Error(`${err.message}; A's output:\n${a.output()}`);
        });
        for (const id of runIds) {
            expect(logLines(a, id, /dropping run/).join('\n')).toMatch(/its lease was lost|fenced/);
        }
        // A is awake and serving again; the store still holds B's final records, untouched.
        expect(Array.isArray(await clientA.listAgents())).toBe(true);
        for (const id of runIds) {
            const stored = await observer.runs.get(id);
            expect(stored).toBeDefined();
            const r = stored.record;
            expect(r.owner).toBe(B_ID);
            expect(r.status).toBe('completed');
            expect(r.updatedAt).toBe(finishedByB.get(id).updatedAt);
            expect(await observer.owners.list(A_ID)).not.toContain(id); // A did not index it again
        }
        for (const [i, id] of runIds.entries()) {
            const report = (await clientB.getRun(id));
            expect(report).toMatchObject({ status: 'completed', output: i * 10 + 2 });
        }
        // At the agent: one execution per idempotency key, and one key per (run, step).
        const execs = executions(agent).filter((e) => runIds.some((id) => e.runStep.startsWith(`${id}/`)));
        const startsPerKey = new Map();
        const keysPerStep = new Map();
        for (const e of execs) {
            if (e.phase !== 'start')
                continue;
            startsPerKey.set(e.key, (startsPerKey.get(e.key) ?? 0) + 1);
            keysPerStep.set(e.runStep, (keysPerStep.get(e.runStep) ?? new Set()).add(e.key));
        }
        expect([...startsPerKey].filter(([, n]) => n > 1)).toEqual([]);
        expect([...keysPerStep].filter(([, keys]) => keys.size > 1).map(([step, keys]) => `${step}: ${[...keys].join(', ')}`)).toEqual([]);
        expect(keysPerStep.size).toBe(RUNS * 2);
        // B redid the attempts in flight at the pause with the same key: the agent joined them.
        expect(execs.some((e) => e.phase === 'join')).toBe(true);
        expect(b.output()).not.toMatch(/illegal transition/);
        expect(a.output()).not.toMatch(/illegal transition/);
    }, 90_000);
});
//# sourceMappingURL=durability-fencing.int.test.js.map
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status } from '../../src/sdk/errors.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Overload is refused at the door, never accepted and failed later: a burst of
// concurrent StartRun calls against a real orchestrator process (durable, task
// queue of 1,000, 100 tasks in flight, at most 500 active runs) and a fast agent.
// Every call is answered: OK (and that run completes) or RESOURCE_EXHAUSTED naming
// the limit; the two counts add up to the burst. Peak orchestrator memory (VmHWM)
// stays under 500 MB. TROUPE_TEST_BURST sets the burst size (default 10,000).
// (That admitted steps wait for queue room rather than fail is unit-tested in
// test/unit/run-admission.test.ts.)
const BURST = Number(process.env.TROUPE_TEST_BURST ?? 10_000);
const MAX_ACTIVE = 500;
const FIXTURE = './test/fixtures/durable-agent.mjs';
const WORKFLOW = `
name: burst
steps:
  - { id: one, capability: probe.step, input: { n: "\${input.n}" }, timeout_ms: 60000, retry: { max_attempts: 10, initial_backoff_ms: 500 } }
output: "\${steps.one.output.n}"
`.trim();
/** Peak resident memory of a process in MB, from /proc/<pid>/status (VmHWM). */
function peakRssMb(pid) {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (!match)
        throw new Error(`no VmHWM for ${pid}`);
    return Number(match[1]) / 1024;
}
describe('admission control under a StartRun burst (orchestrator and agent as processes)', () => {
    let nats;
    const procs = [];
    let client;
    let orch;
    beforeAll(async () => {
        nats = await startNatsServer();
        // Default heartbeats: a busy orchestrator must not take its agent for dead (that is not what is tested here).
        const agent = spawnTroupe(['agent', FIXTURE, '--nats', nats.url], { DURABLE_STEP_MIN_MS: '1', DURABLE_STEP_MAX_MS: '5' });
        procs.push(agent);
        await agent.waitForLine(/listening on/, 20_000);
        orch = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0'], {
            TROUPE_HTTP_PORT: '-1',
            TROUPE_DISCOVERY_WAIT_MS: '300',
            TROUPE_DURABLE: 'true',
            TROUPE_QUEUE_CAPACITY: '1000',
            TROUPE_MAX_CONCURRENT_TASKS: '100',
            TROUPE_MAX_ACTIVE_RUNS: String(MAX_ACTIVE),
            TROUPE_LOG_LEVEL: 'warn',
        });
        procs.push(orch);
        client = createOrchestratorClient((await orch.waitForLine(/orchestrator listening on (\S+)/, 20_000))[1]);
        await waitFor(async () => (await client.listAgents()).some((x) => x.state === 'active'), { timeoutMs: 5000, what: 'the agent to be active' });
        await client.registerWorkflow(WORKFLOW);
    }, 40_000);
    afterAll(async () => {
        client?.close();
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it(`answers ${BURST} concurrent StartRuns with OK or RESOURCE_EXHAUSTED, and every accepted run completes`, async () => {
        const started = Date.now();
        const results = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => client.startRun({ workflow: 'burst', input: { n: i } }, { deadline: new Date(Date.now() + 60_000) })));
        const answeredIn = Date.now() - started;
        const accepted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.runId] : []));
        const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        const other = rejected.filter((e) => e.code !== Status.RESOURCE_EXHAUSTED);
        expect(other.map((e) => `${e.code}: ${e.message}`).slice(0, 5)).toEqual([]);
        expect(accepted.length + rejected.length).toBe(BURST);
        expect(accepted.length).toBeGreaterThanOrEqual(Math.min(BURST, MAX_ACTIVE));
        if (rejected.length > 0)
            expect(rejected[0].message).toMatch(/limit of 500 runs \(TROUPE_MAX_ACTIVE_RUNS\); retry later/);
        // Every accepted run completes: none is failed for a full queue.
        const statuses = new Map();
        await waitFor(async () => {
            const pending = accepted.filter((id) => statuses.get(id) !== 'completed');
            for (let i = 0; i < pending.length; i += 200) {
                await Promise.all(pending.slice(i, i + 200).map(async (id) => statuses.set(id, (await client.getRun(id)).status ?? '?')));
            }
            return accepted.every((id) => statuses.get(id) === 'completed') || [...statuses.values()].some((s) => s === 'failed');
        }, { timeoutMs: 120_000, intervalMs: 500, what: 'every accepted run to finish' });
        const failed = accepted.filter((id) => statuses.get(id) === 'failed');
        const why = await Promise.all(failed.slice(0, 3).map(async (id) => JSON.stringify(await client.getRun(id)).slice(0, 1500)));
        expect(why).toEqual([]);
        const notCompleted = accepted.filter((id) => statuses.get(id) !== 'completed');
        expect(notCompleted.slice(0, 5).map((id) => `${id}: ${statuses.get(id)}`)).toEqual([]);
        const rss = peakRssMb(orch.child.pid);
        console.log(`burst of ${BURST}: ${accepted.length} accepted (all completed), ${rejected.length} RESOURCE_EXHAUSTED, answered in ${answeredIn} ms, all done in ${Date.now() - started} ms, orchestrator peak RSS ${rss.toFixed(0)} MB`);
        expect(rss).toBeLessThanOrEqual(500);
    }, 240_000);
});
//# sourceMappingURL=overload-admission.int.test.js.map
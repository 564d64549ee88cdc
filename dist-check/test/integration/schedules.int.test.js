import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { orchestratorAddress, spawnAgent, spawnDurableOrchestrator } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
// Issue #14.2 on real processes: one nats-server, an echo agent and two durable
// orchestrator processes sharing it. Schedules tick every second (6-field cron).
/** Seconds in (from, to]: the ticks an every-second cron has in that span. */
function ticksBetween(fromMs, toMs) {
    return Math.floor(toMs / 1000) - Math.floor(fromMs / 1000);
}
const ORCH_ENV = { TROUPE_SCHEDULE_PENDING_GRACE_MS: '1000', TROUPE_LOG_LEVEL: 'info', TROUPE_LEASE_TTL_MS: '2000' };
describe('durable schedules across orchestrator processes', () => {
    let nats;
    let agent;
    const orchestrators = [];
    const clients = [];
    async function orchestrator(id) {
        const proc = spawnDurableOrchestrator(nats.url, id, ORCH_ENV);
        orchestrators.push(proc);
        const client = createOrchestratorClient(await orchestratorAddress(proc), { defaultTimeoutMs: 15_000 });
        clients.push(client);
        return { proc, client };
    }
    async function runsOf(client, workflow) {
        return (await client.listRuns({ workflow, limit: 10_000 }));
    }
    /** Every tick from creation to lastTick fired, was missed, or failed; every fired tick is one run. */
    async function expectExactlyOnce(client, s, workflow) {
        const ticks = ticksBetween(Date.parse(s.createdAt), Date.parse(s.lastTick));
        expect(s.firedCount + s.missedCount + s.failedCount).toBe(ticks);
        expect((await runsOf(client, workflow)).length).toBe(s.firedCount);
    }
    beforeAll(async () => {
        nats = await startNatsServer();
        agent = await spawnAgent('echo', nats.url);
    }, 60_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        for (const p of [...orchestrators, agent]) {
            p?.kill('SIGKILL');
            await p?.exited;
        }
        await nats?.stop();
    });
    it('two orchestrators: one run per tick; a killed one leaves the ticks to the other; pause, resume, delete, --at; the missed-tick policy after all were down', async () => {
        const a = await orchestrator('sched-a');
        const b = await orchestrator('sched-b');
        await waitFor(async () => (await a.client.listAgents({ capability: 'echo.say' })).some((i) => i.state === 'active'), { timeoutMs: 10_000, what: 'echo on A' });
        for (const name of ['tick-w', 'ctl-w', 'once-w']) {
            await a.client.registerWorkflow(JSON.stringify({ name, steps: [{ id: 'say', capability: 'echo.say', input: { tick: '${input.n}' } }] }));
        }
        // Every second, on two orchestrators.
        await a.client.createSchedule({ name: 'tick', workflow: 'tick-w', cron: '* * * * * *', input: { n: 1 } });
        const afterFive = await waitFor(async () => {
            const s = await b.client.getSchedule('tick');
            return s.firedCount >= 5 && s;
        }, { timeoutMs: 20_000, intervalMs: 100, what: '5 ticks' });
        await waitFor(async () => (await runsOf(a.client, 'tick-w')).length >= afterFive.firedCount, { timeoutMs: 5000, what: 'the runs listed' });
        // Both fired some ticks (each logs "schedule fired" with the run's trace id).
        await a.proc.waitForLine(/"msg":"schedule fired"/, 10_000);
        await b.proc.waitForLine(/"msg":"schedule fired"/, 10_000);
        expect(a.proc.output()).toMatch(/"trace_id":"[0-9a-f]{32}"[^\n]*"msg":"schedule fired"|"msg":"schedule fired"[^\n]*"trace_id":"[0-9a-f]{32}"/);
        // Kill A mid-stream (SIGKILL): B goes on, a tick A claimed and never finished is redone once.
        a.proc.kill('SIGKILL');
        await a.proc.exited;
        const killedAt = await b.client.getSchedule('tick');
        await waitFor(async () => (await b.client.getSchedule('tick')).firedCount >= killedAt.firedCount + 4, { timeoutMs: 20_000, intervalMs: 100, what: '4 more ticks on B alone' });
        // Pause: no runs. A control schedule ticking meanwhile shows time went by.
        const paused = await b.client.pauseSchedule('tick');
        expect(paused.state).toBe('paused');
        await b.client.createSchedule({ name: 'ctl', workflow: 'ctl-w', cron: '* * * * * *', input: { n: 2 } });
        const pausedState = await b.client.getSchedule('tick');
        const pausedRuns = (await runsOf(b.client, 'tick-w')).length;
        await waitFor(async () => (await b.client.getSchedule('ctl')).firedCount >= 3, { timeoutMs: 15_000, intervalMs: 100, what: 'the control schedule to tick 3 times' });
        expect((await b.client.getSchedule('tick')).firedCount).toBe(pausedState.firedCount);
        expect((await runsOf(b.client, 'tick-w')).length).toBe(pausedRuns);
        // Over both orchestrators and the kill: every tick once, one run per fired tick.
        await expectExactlyOnce(b.client, pausedState, 'tick-w');
        expect(pausedState.firedCount).toBeGreaterThanOrEqual(9);
        // Resume: runs again, from now (the paused ticks are neither run nor counted missed).
        const resumed = await b.client.resumeSchedule('tick');
        expect(resumed.state).toBe('active');
        await waitFor(async () => (await b.client.getSchedule('tick')).firedCount >= pausedState.firedCount + 2, { timeoutMs: 15_000, intervalMs: 100, what: 'ticks after resume' });
        expect((await b.client.getSchedule('tick')).missedCount).toBe(pausedState.missedCount);
        // Delete: once it returns, no run of it starts.
        const deleted = await b.client.deleteSchedule('tick');
        const runsAtDelete = (await runsOf(b.client, 'tick-w')).length;
        expect(runsAtDelete).toBe(deleted.firedCount);
        const ctlNow = (await b.client.getSchedule('ctl')).firedCount;
        await waitFor(async () => (await b.client.getSchedule('ctl')).firedCount >= ctlNow + 3, { timeoutMs: 15_000, intervalMs: 100, what: 'three more control ticks' });
        expect((await runsOf(b.client, 'tick-w')).length).toBe(runsAtDelete);
        await expect(b.client.getSchedule('tick')).rejects.toMatchObject({ code: 5 });
        // --at: exactly one run, then done (kept for listing).
        await b.client.createSchedule({ name: 'once', workflow: 'once-w', at: new Date(Date.now() + 1500), input: { n: 3 } });
        const once = await waitFor(async () => {
            const s = await b.client.getSchedule('once');
            return s.state === 'done' && s.firedCount === 1 && s;
        }, { timeoutMs: 15_000, intervalMs: 100, what: 'the one-off run' });
        expect(once.lastRunId).not.toBe('');
        expect((await runsOf(b.client, 'once-w')).map((r) => r.runId)).toEqual([once.lastRunId]);
        // All orchestrators down for a few ticks, then one back: one catch-up run for the latest
        // missed tick (within one interval), the older ones counted missed.
        const beforeOutage = await b.client.getSchedule('ctl');
        b.proc.kill('SIGKILL');
        await b.proc.exited;
        const downAt = Date.now();
        await waitFor(() => Date.now() - downAt >= 3000, { timeoutMs: 5000, intervalMs: 100, what: 'three ticks to pass with no orchestrator' });
        const c = await orchestrator('sched-c');
        const after = await waitFor(async () => {
            const s = await c.client.getSchedule('ctl');
            return s.missedCount > beforeOutage.missedCount && s;
        }, { timeoutMs: 20_000, intervalMs: 100, what: 'the missed ticks to be counted' });
        expect(after.missedCount - beforeOutage.missedCount).toBeGreaterThanOrEqual(2);
        await waitFor(async () => (await runsOf(c.client, 'ctl-w')).length >= after.firedCount, { timeoutMs: 5000, what: 'ctl runs listed' });
        await c.client.pauseSchedule('ctl');
        const settled = await waitFor(async () => {
            const s = await c.client.getSchedule('ctl');
            return s.state === 'paused' && s;
        }, { timeoutMs: 5000, what: 'ctl paused' });
        await expectExactlyOnce(c.client, settled, 'ctl-w');
        expect(c.proc.output()).toMatch(/"msg":"schedule ticks missed"/);
    }, 180_000);
});
//# sourceMappingURL=schedules.int.test.js.map
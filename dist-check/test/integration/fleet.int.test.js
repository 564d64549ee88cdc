/**
 * `troupe up` on real processes: a real nats-server and orchestrator, the built CLI as
 * the supervisor, real agent processes. Kill an agent and see it restarted; a crash loop
 * stopped with a reason (status, metric); a queue scale-up, then a scale-down after the
 * cooldown; a dependency start order; an on-demand start for a waiting task.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCluster } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
import { connect, headers as natsHeaders } from 'nats';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
const SLOW_AGENT = resolve(import.meta.dirname, '../fixtures/slow-agent.mjs');
const dir = mkdtempSync(join(tmpdir(), 'troupe-fleet-'));
let cluster;
let up;
beforeAll(async () => {
    cluster = await startCluster();
});
afterEach(async () => {
    if (up) {
        up.kill('SIGTERM');
        await up.exited;
        up = undefined;
    }
});
afterAll(() => cluster?.close());
/** Writes a fleet file and starts `troupe up` on it against the test cluster. */
function startFleet(name, yaml, extraArgs = [], env = {}) {
    const file = join(dir, `${name}.yaml`);
    // A shared test machine runs hot: thresholds the host cannot cross, unless a test sets its own.
    const resources = yaml.includes('resources:') ? '' : 'resources: { cpu: { warning: 9999, critical: 10000 }, memory: { warning: 99.9, critical: 100 } }\n';
    writeFileSync(file, `version: 1\nname: ${name}\npoll_ms: 200\n${resources}${yaml}`);
    up = spawnTroupe(['up', file, '--nats', cluster.nats.url, '--orchestrator', cluster.orchestrator.grpcAddress, ...extraArgs], { TROUPE_HEARTBEAT_MS: '200', ...env });
    return up;
}
/** `troupe fleet --json` against the test NATS. */
async function fleetStatus() {
    const cli = spawnTroupe(['fleet', '--json', '--nats', cluster.nats.url]);
    expect(await cli.exited, cli.output()).toBe(0);
    return JSON.parse(cli.stdoutText());
}
/** Instance ids the supervisor reported as started for `agent`, in order. */
function started(proc, agent) {
    return [...proc.output().matchAll(new RegExp(`fleet: ${agent}: instance (\\S+) started \\(pid (\\d+)\\)`, 'g'))].map((m) => m[1] ?? '');
}
describe('troupe up', () => {
    it('restarts an agent killed with SIGKILL, and the new instance serves tasks', async () => {
        const proc = startFleet('heal', `agents:\n  echo:\n    agent: echo\n    restart: { backoff_ms: 200 }\n`);
        const first = await proc.waitForLine(/fleet: echo: instance (\S+) started \(pid (\d+)\)/, 20_000);
        await waitFor(() => cluster.orchestrator.registry.get(first[1] ?? '')?.routable, { timeoutMs: 15_000, what: 'the first echo instance to be routable' });
        process.kill(Number(first[2]), 'SIGKILL');
        await proc.waitForLine(/fleet: echo: instance crashed \(signal SIGKILL\); restarting in 200 ms/, 10_000);
        const second = await waitFor(() => started(proc, 'echo')[1], { timeoutMs: 20_000, what: 'a second echo instance' });
        expect(second).not.toBe(first[1]);
        await waitFor(() => cluster.orchestrator.registry.get(second)?.routable, { timeoutMs: 15_000, what: 'the restarted instance to be routable' });
        const result = await cluster.client.submitTask({ capability: 'echo.say', input: { after: 'restart' }, timeoutMs: 10_000 });
        expect(result.output).toEqual({ after: 'restart' });
        const status = await fleetStatus();
        const echo = status.agents.find((a) => a.name === 'echo');
        expect(echo).toMatchObject({ state: 'running', desired: 1, actual: 1, restarts: 1, lastCrash: 'signal SIGKILL' });
    });
    it('stops a crash loop with a reason, in the status and the metrics', async () => {
        const proc = startFleet('loop', `agents:\n  crashy:\n    command: ["${process.execPath}", "-e", "process.exit(3)"]\n    restart: { backoff_ms: 50, crash_loop: { crashes: 3, window_ms: 60000 } }\n`, ['--metrics-port', '0']);
        const metricsUrl = (await proc.waitForLine(/metrics (http:\/\/\S+\/metrics)/, 20_000))[1] ?? '';
        await proc.waitForLine(/fleet: crashy: CRASH LOOP, stopped: crash loop: 3 crashes within 60000 ms \(last: exit code 3\); restarts stopped/, 20_000);
        const status = await fleetStatus();
        const crashy = status.agents.find((a) => a.name === 'crashy');
        expect(crashy).toMatchObject({ state: 'crashLoop', actual: 0, restarts: 2 });
        expect(crashy?.crashLoopReason).toMatch(/3 crashes/);
        expect(started(proc, 'crashy')).toHaveLength(3);
        const metrics = await (await fetch(metricsUrl)).text();
        expect(metrics).toMatch(/^troupe_fleet_agent_crash_looped\{[^}]*agent="crashy"[^}]*\} 1$/m);
        expect(metrics).toMatch(/^troupe_fleet_crash_loops_total\{[^}]*agent="crashy"[^}]*\} 1$/m);
        expect(metrics).toMatch(/^troupe_fleet_restarts_total\{[^}]*agent="crashy"[^}]*\} 2$/m);
        expect(metrics).toMatch(/^troupe_fleet_resource_guard_level\{[^}]*\} [012]$/m);
        // Still stopped a few polls later: no instance was started again.
        await waitFor(async () => (await fleetStatus()).agents.find((a) => a.name === 'crashy')?.state === 'crashLoop', { timeoutMs: 5000, what: 'the status again' });
        expect(started(proc, 'crashy')).toHaveLength(3);
        // An operator resets it: it starts again (and loops again, being what it is).
        const wrong = spawnTroupe(['fleet', 'reset', 'nosuch', '--nats', cluster.nats.url]);
        expect(await wrong.exited).toBe(1);
        expect(wrong.stderrText()).toMatch(/no agent "nosuch" in fleet loop \(agents: crashy\)/);
        const reset = spawnTroupe(['fleet', 'reset', 'crashy', '--nats', cluster.nats.url]);
        expect(await reset.exited, reset.output()).toBe(0);
        expect(reset.stdoutText()).toMatch(/agent "crashy" reset; starting 1 instance/);
        await waitFor(() => (proc.output().match(/CRASH LOOP, stopped/g) ?? []).length === 2, { timeoutMs: 20_000, what: 'the second crash loop' });
        expect(started(proc, 'crashy')).toHaveLength(6);
    });
    it('scales up under queue load, then down after the cooldown', async () => {
        const proc = startFleet('scale', `agents:\n  slow:\n    agent: ${SLOW_AGENT}\n    capabilities: [slow.work]\n    min: 1\n    max: 2\n    scale:\n      up: { queue_depth: 2 }\n      up_interval_ms: 0\n      cooldown_ms: 1500\n`);
        const first = (await proc.waitForLine(/fleet: slow: instance (\S+) started/, 20_000))[1] ?? '';
        await waitFor(() => cluster.orchestrator.registry.get(first)?.routable, { timeoutMs: 15_000, what: 'the first slow instance' });
        const tasks = Array.from({ length: 8 }, () => ({ capability: 'slow.work', input: { ms: 700 }, timeoutMs: 60_000 }));
        const outcomes = [];
        const load = (async () => {
            for await (const o of cluster.client.submitMany(tasks, { concurrency: 8 }))
                outcomes.push(o.ok ? { ok: true, instance: o.result.output.instance } : { ok: false });
        })();
        // The signal the supervisor reads: GetQueues counts the tasks waiting for an instance, and the oldest wait.
        const queue = await waitFor(async () => (await cluster.client.getQueues('slow.work')).find((q) => q.waiting >= 2), { timeoutMs: 10_000, what: 'a queue of slow.work', intervalMs: 20 });
        expect(queue.oldestWaitMs).toBeGreaterThan(0);
        expect(queue.inFlight).toBeGreaterThanOrEqual(1);
        expect(queue.routableInstances).toBeGreaterThanOrEqual(1);
        await proc.waitForLine(/fleet: slow: scale 1 → 2 \(queue\): queue depth \d+ ≥ 2/, 20_000);
        const second = await waitFor(() => started(proc, 'slow')[1], { timeoutMs: 20_000, what: 'a second slow instance' });
        await load;
        expect(outcomes.every((o) => o.ok)).toBe(true);
        expect(new Set(outcomes.map((o) => o.instance))).toEqual(new Set([first, second]));
        await proc.waitForLine(/fleet: slow: scale 2 → 1 \(idle\): no task waited for 1\.5 s \(cooldown\)/, 20_000);
        await proc.waitForLine(new RegExp(`fleet: slow: instance ${second} stopped`), 20_000);
        const status = await fleetStatus();
        const slow = status.agents.find((a) => a.name === 'slow');
        expect(slow).toMatchObject({ desired: 1, actual: 1, restarts: 0 });
        expect(slow?.decisions.map((d) => `${d.from}→${d.to} ${d.cause}`)).toEqual(['1→2 queue', '2→1 idle']);
    });
    it('starts an agent only after the capability it needs is active, and shows the order', async () => {
        const proc = startFleet('deps', `agents:\n  worker:\n    agent: ${SLOW_AGENT}\n    capabilities: [slow.work]\n    needs: [echo.say]\n  base:\n    agent: echo\n`);
        await proc.waitForLine(/fleet: deps: start order: base → worker/, 20_000);
        await proc.waitForLine(/fleet: worker: waiting for echo\.say \(provided by base\)/, 20_000);
        await proc.waitForLine(/fleet: worker: instance \S+ started/, 30_000);
        const out = proc.output();
        const baseStarted = out.search(/fleet: base: instance \S+ started/);
        const released = out.indexOf('fleet: worker: dependencies active (echo.say); starting');
        const workerStarted = out.search(/fleet: worker: instance \S+ started/);
        expect(baseStarted).toBeGreaterThanOrEqual(0);
        expect(released).toBeGreaterThan(baseStarted);
        expect(workerStarted).toBeGreaterThan(released);
    });
    it('starts an on-demand agent (min 0) for a task that waits for it', async () => {
        const proc = startFleet('demand', `agents:\n  lazy:\n    agent: ${SLOW_AGENT}\n    capabilities: [slow.work]\n    min: 0\n    max: 1\n`);
        await proc.waitForLine(/fleet demand up/, 20_000);
        expect(started(proc, 'lazy')).toHaveLength(0);
        const result = await cluster.client.submitTask({ capability: 'slow.work', input: { ms: 1 }, timeoutMs: 30_000 });
        expect(result.output).toMatchObject({ done: true });
        // The demand request or the next poll (the task waits in the queue) starts it, whichever comes first.
        expect(proc.output()).toMatch(/fleet: lazy: scale 0 → 1 \(demand\): .*slow\.work/);
        expect(started(proc, 'lazy')).toHaveLength(1);
    });
    it('holds an on-demand start while the resource guard is critical, and says so', async () => {
        // Memory above 2% of the host: critical on any machine.
        const proc = startFleet('guard', `resources: { cpu: { warning: 9999, critical: 10000 }, memory: { warning: 1, critical: 2 } }\nagents:\n  held:\n    agent: echo\n    capabilities: [held.cap]\n    min: 0\n`, ['--metrics-port', '0']);
        const metricsUrl = (await proc.waitForLine(/metrics (http:\/\/\S+\/metrics)/, 20_000))[1] ?? '';
        const err = await cluster.client.submitTask({ capability: 'held.cap', input: {}, timeoutMs: 5000 }).catch((e) => e);
        expect(err).toMatchObject({ code: 5 }); // NOT_FOUND: nobody ever offered it, and the fleet did not start it
        // Held once, by the demand request or by the poll that saw the task waiting, whichever came first.
        await proc.waitForLine(/fleet: held: held at 0 \(guard\): .*held\.cap.*; start held: memory ≥ 2% \(critical\)/, 10_000);
        const status = await fleetStatus();
        expect(status.guard).toMatchObject({ level: 'critical', reason: 'memory ≥ 2% (critical)' });
        expect(status.agents[0]).toMatchObject({ name: 'held', desired: 0, actual: 0 });
        expect(started(proc, 'held')).toHaveLength(0);
        const metrics = await (await fetch(metricsUrl)).text();
        expect(metrics).toMatch(/^troupe_fleet_resource_guard_level\{[^}]*\} 2$/m);
        expect(metrics).toMatch(/^troupe_fleet_scaling_decisions_total\{[^}]*cause="guard"[^}]*\} 1$/m);
    });
    it('answers garbage on its NATS subjects without falling over; a real demand joins the task\'s trace', async () => {
        const otlp = await startOtlpReceiver();
        const proc = startFleet('hostile', `agents:\n  lazy:\n    agent: echo\n    capabilities: [echo.say, echo.stream]\n    min: 0\n`, [], { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_BSP_SCHEDULE_DELAY: '10' });
        await proc.waitForLine(/fleet hostile up/, 20_000);
        const nc = await connect({ servers: cluster.nats.url });
        const utf8 = new TextEncoder();
        const text = (m) => new TextDecoder().decode(m.data);
        try {
            // Not JSON, wrong shape, a capability another fleet may provide: no reply, nothing started.
            for (const body of ['{nope', '{"v":1}', JSON.stringify({ v: 1, capability: 'other.cap', waiting: 1 }), 'x'.repeat(100_000)]) {
                await expect(nc.request('troupe.fleet.demand.echo.say', utf8.encode(body), { timeout: 300 })).rejects.toThrow(/TIMEOUT|timeout/i);
            }
            expect(proc.output()).not.toMatch(/scale 0 → 1/);
            const badReset = JSON.parse(text(await nc.request('troupe.fleet.reset', utf8.encode('[]'), { timeout: 2000 })));
            expect(badReset).toMatchObject({ ok: false, message: expect.stringMatching(/^bad reset request/) });
            const notLooping = JSON.parse(text(await nc.request('troupe.fleet.reset', utf8.encode(JSON.stringify({ v: 1, agent: 'lazy' })), { timeout: 2000 })));
            expect(notLooping).toEqual({ v: 1, ok: false, message: 'agent "lazy" is running, not stopped in a crash loop; nothing to reset' });
            // A well-formed demand still works afterwards, with the waiting task's trace context as an orchestrator sends it.
            const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
            const headers = natsHeaders();
            headers.set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`);
            const reply = JSON.parse(text(await nc.request('troupe.fleet.demand.echo.say', utf8.encode(JSON.stringify({ v: 1, capability: 'echo.say', waiting: 1 })), { timeout: 2000, headers })));
            expect(reply).toEqual({ v: 1, provided: true, agent: 'lazy' });
            await proc.waitForLine(/fleet: lazy: scale 0 → 1 \(demand\): a task waits for echo\.say \(demand from an orchestrator\)/, 5000);
            expect((await fleetStatus()).agents[0]).toMatchObject({ desired: 1 });
            const spans = await otlp.waitForSpans((all) => all.some((x) => x.name === 'troupe.fleet.scale'), { timeoutMs: 10_000 });
            const span = spans.find((x) => x.name === 'troupe.fleet.scale');
            expect(span).toMatchObject({ traceId, parentSpanId: '00f067aa0ba902b7', serviceName: 'troupe-fleet' });
            expect(span?.attributes).toMatchObject({ 'troupe.fleet.agent': 'lazy', 'troupe.fleet.from': 0, 'troupe.fleet.to': 1, 'troupe.fleet.cause': 'demand' });
        }
        finally {
            await nc.close();
            await otlp.close();
        }
    });
    it('refuses a bad fleet file with exit code 2 naming the key, and checks the bundled one', async () => {
        const file = join(dir, 'bad.yaml');
        writeFileSync(file, 'version: 1\nagents:\n  tts:\n    agent: voice-forge\n    mni: 2\n');
        const bad = spawnTroupe(['up', file]);
        expect(await bad.exited).toBe(2);
        expect(bad.stderrText()).toContain('agents.tts.mni: unknown key (did you mean "min"?)');
        const missing = spawnTroupe(['up', join(dir, 'nope.yaml')]);
        expect(await missing.exited).toBe(2);
        expect(missing.stderrText()).toMatch(/cannot read fleet file .*nope\.yaml: ENOENT/);
        const check = spawnTroupe(['up', '--check']);
        expect(await check.exited, check.output()).toBe(0);
        expect(check.stdoutText()).toMatch(/podcast\.yaml: 6 agent\(s\), start order: topic-discovery, web-harvester → script-weaver, snippet-craft → voice-forge, ui-composer/);
        const noSupervisor = spawnTroupe(['fleet', '--nats', cluster.nats.url]);
        expect(await noSupervisor.exited).toBe(1);
        expect(noSupervisor.stderrText()).toMatch(/no `troupe up` supervisor answers on this NATS/);
    });
});
//# sourceMappingURL=fleet.int.test.js.map
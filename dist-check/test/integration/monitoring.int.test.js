// Troupe's monitoring end to end, with the real tools: a real Prometheus scrapes a real
// orchestrator process and the agent's own metrics endpoint (--metrics-port) under load (tasks,
// runs, one failing) and evaluates deploy/prometheus/rules.yml
// (`for:` shortened); every PromQL expression of the Grafana dashboard and of the rules is evaluated
// and must answer data. Then an agent is killed: the alert reaches a real Alertmanager
// (deploy/alertmanager/alertmanager.yml, waits shortened) which posts to this test's webhooks,
// the team's first and the escalation receiver later; `amtool silence add` acknowledges it, and
// it resolves when the agent returns.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { DEPLOY_DASHBOARD, deployRules, startAlertmanager, startPrometheus, startWebhookReceiver, testAlertmanagerYaml, testRulesYaml, } from '../helpers/monitoring.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { toolPath } from '../helpers/tools.js';
import { waitFor } from '../helpers/wait-for.js';
const run = promisify(execFile);
const HEARTBEAT = { TROUPE_HEARTBEAT_MS: '200' };
describe('monitoring: Prometheus, rules, dashboard and Alertmanager against a real orchestrator', () => {
    let dir;
    let nats;
    let orchestrator;
    let agent;
    /** host:port of the agent's metrics endpoint; a restarted agent binds the same one, as a container would. */
    let agentMetrics;
    let client;
    let webhook;
    let alertmanager;
    let prometheus;
    const procs = [];
    beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'troupe-monitoring-'));
        nats = await startNatsServer();
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], HEARTBEAT);
        procs.push(orchestrator);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/);
        client = createOrchestratorClient(ready[1] ?? '');
        agent = await spawnAgent('echo', nats.url, { ...HEARTBEAT, TROUPE_AGENT_METRICS_PORT: '0' });
        procs.push(agent);
        agentMetrics = (await agent.waitForLine(/metrics at http:\/\/(\S+)\/metrics/))[1] ?? '';
        await waitActive(agent.instanceId);
        // A `troupe up` supervisor (one idle command, no capabilities) for the troupe_fleet_* rules.
        writeFileSync(join(dir, 'fleet.yaml'), `version: 1\nagents:\n  idle:\n    command: ["${process.execPath}", "-e", "setInterval(() => {}, 1 << 30)"]\n`);
        const fleet = spawnTroupe(['up', join(dir, 'fleet.yaml'), '--nats', nats.url, '--orchestrator', ready[1] ?? '', '--metrics-port', '0']);
        procs.push(fleet);
        const fleetMetrics = (await fleet.waitForLine(/metrics http:\/\/(\S+)\/metrics/, 20_000))[1] ?? '';
        webhook = await startWebhookReceiver();
        alertmanager = await startAlertmanager(join(dir, 'am'), testAlertmanagerYaml(webhook.url, { groupWait: 1, escalateAfter: 3 }));
        prometheus = await startPrometheus(join(dir, 'prom'), { targets: [ready[2] ?? ''], agentTargets: [agentMetrics], fleetTargets: [fleetMetrics], rulesYaml: testRulesYaml(1), alertmanagerUrl: alertmanager.url });
    }, 60_000);
    afterAll(async () => {
        client?.close();
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await prometheus?.stop();
        await alertmanager?.stop();
        await webhook?.close();
        await nats?.stop();
        if (dir)
            rmSync(dir, { recursive: true, force: true });
    });
    async function waitActive(instanceId) {
        await waitFor(async () => (await client.listAgents()).some((a) => a.instanceId === instanceId && a.state === 'active'), { timeoutMs: 10_000, what: `${instanceId} to be active` });
    }
    /** The value of a one-series query, once Prometheus answers it. */
    async function scalar(expr) {
        const answer = await prometheus.query(expr);
        const v = answer.data?.result[0]?.value[1];
        return v === undefined ? undefined : Number(v);
    }
    it('exposes every series from start-up, before any task ran', async () => {
        // Scraped before the load below: counters and gauges that have not moved are there, at 0.
        for (const expr of [
            'troupe_runs_finished_total{status="failed"}',
            'troupe_lease_events_total{event="lost"}',
            'troupe_runs_adopted_total',
            'troupe_dead_letters_total{troupe_capability="echo.say"}',
            'troupe_tasks_total{troupe_capability="echo.say", troupe_outcome="ok"}',
            'troupe_queue_size{priority="5"}',
            'troupe_agents{troupe_agent_name="echo", state="unreachable"}',
            'troupe_breakers{troupe_agent_name="echo", state="open"}',
            'troupe_dead_letters_lost_total',
            // From the agent's own endpoint (job troupe-agent).
            'troupe_agent_tasks_total{job="troupe-agent", troupe_agent_name="echo", troupe_capability="echo.say", outcome="ok"}',
            'troupe_agent_tasks_in_flight{job="troupe-agent", troupe_agent_name="echo"}',
            'troupe_agent_refused_total{job="troupe-agent", troupe_agent_name="echo", reason="full"}',
        ]) {
            expect(await waitFor(() => scalar(expr), { timeoutMs: 10_000, what: `${expr} to be scraped`, intervalMs: 200 }), expr).toBe(0);
        }
        expect(await scalar('troupe_capability_instances{troupe_capability="echo.say"}')).toBe(1);
        expect(await scalar(`up{job="troupe-agent", instance="${agentMetrics}"}`)).toBe(1);
    });
    it('evaluates every PromQL expression of the dashboard and the rules to data, under load', async () => {
        await client.registerWorkflow(`
name: monitored
steps:
  - { id: say, capability: echo.say, input: "\${input.text}" }
`);
        await client.registerWorkflow(`
name: doomed
steps:
  - { id: stream, capability: echo.stream, stream: true, input: { count: -1 } }
`);
        // Two waves, each scraped: a series born in the first has two samples by the second, so rates move.
        const tasks = (n) => Promise.all(Array.from({ length: n }, (_, i) => client.submitTask({ capability: 'echo.say', input: `task ${i}` })));
        await tasks(10);
        await waitFor(async () => (await scalar('sum(troupe_tasks_total{troupe_capability="echo.say", troupe_outcome="ok"})')) === 10, { timeoutMs: 10_000, what: 'the first wave to be scraped', intervalMs: 250 });
        await tasks(10);
        const runs = [
            ...(await Promise.all(Array.from({ length: 4 }, (_, i) => client.startRun({ workflow: 'monitored', input: { text: `run ${i}` } })))),
            await client.startRun({ workflow: 'doomed', input: {} }),
        ];
        for (const { runId } of runs)
            for await (const e of client.watchRun(runId))
                if (e.type === 'run.completed' || e.type === 'run.failed')
                    break;
        // Scraped after the load: the failed run and its dead letter are in Prometheus.
        await waitFor(async () => (await scalar('sum(troupe_runs_finished_total{status="failed"})')) === 1 && (await scalar('sum(troupe_dead_letters_total)')) === 1 && (await scalar('sum(troupe_tasks_total{troupe_capability="echo.say", troupe_outcome="ok"})')) === 24, {
            timeoutMs: 15_000,
            what: 'the failed run and its dead letter to be scraped',
            intervalMs: 250,
        });
        // The agent counted the same 24 tasks on its side, and Prometheus has them from its endpoint.
        await waitFor(async () => (await scalar('sum(troupe_agent_tasks_total{job="troupe-agent", troupe_agent_name="echo", troupe_capability="echo.say", outcome="ok"})')) === 24, {
            timeoutMs: 10_000,
            what: "the agent's own count to be scraped",
            intervalMs: 250,
        });
        expect(await scalar('sum(troupe_runs_finished_total{status="completed"})')).toBe(4);
        const exprs = [
            ...dashboardExprs().map((e) => ({ from: `dashboard: ${e.title}`, expr: e.expr })),
            ...deployRules().map((r) => ({ from: `rule ${r.alert}`, expr: withoutThreshold(r.expr) })),
            ...seedQueries().map((e) => ({ from: `docs/metrics.md: ${e.seed}`, expr: e.expr })),
        ];
        expect(exprs.length).toBeGreaterThan(30);
        const failures = [];
        for (const { from, expr } of exprs) {
            const answer = await prometheus.query(expr);
            if (answer.status !== 'success')
                failures.push(`${from}: ${answer.error ?? 'error'}\n  ${expr}`);
            else if ((answer.data?.result.length ?? 0) === 0)
                failures.push(`${from}: no data\n  ${expr}`);
        }
        expect(failures).toEqual([]);
        // The p99 panel reads seconds: echo tasks take well under a second.
        const p99 = await scalar('histogram_quantile(0.99, sum by (le) (rate(troupe_task_duration_seconds_bucket{troupe_capability="echo.say"}[1m])))');
        expect(p99).toBeGreaterThan(0);
        expect(p99).toBeLessThan(1);
    });
    it('alerts the team, then escalates, when an agent is killed; a silence acknowledges it; it resolves when the agent returns', async () => {
        agent.kill('SIGKILL');
        await agent.exited;
        const isAgentDown = (a) => a.labels.alertname === 'TroupeAgentDown' && a.labels.troupe_agent_name === 'echo';
        const firing = (path) => webhook.posts(path).flatMap((p) => p.alerts).filter((a) => a.status === 'firing' && isAgentDown(a));
        await waitFor(() => firing('/team').length > 0, { timeoutMs: 20_000, what: 'TroupeAgentDown at the team webhook', intervalMs: 100 });
        expect(firing('/team')[0]).toMatchObject({ labels: { severity: 'critical' }, annotations: { summary: 'Agent echo is down: no instance heartbeats', runbook: 'docs/alerts.md#troupeagentdown' } });
        // The escalation receiver hears of it only after its own wait, while it still fires.
        await waitFor(() => firing('/escalation').length > 0, { timeoutMs: 20_000, what: 'TroupeAgentDown at the escalation webhook', intervalMs: 100 });
        // Warnings (the dead letter above) reach the team, never the escalation receiver.
        const escalated = webhook.posts('/escalation').flatMap((p) => p.alerts);
        expect(escalated.every((a) => a.labels.severity === 'critical')).toBe(true);
        const { stdout } = await run(toolPath('amtool'), [
            'silence', 'add', 'alertname=TroupeAgentDown', 'troupe_agent_name=echo',
            '--duration=1h', '--author=monitoring test', '--comment=acknowledged: echo restarting', `--alertmanager.url=${alertmanager.url}`,
        ]);
        const silenceId = stdout.trim();
        expect(silenceId).toMatch(/^[0-9a-f-]{36}$/);
        const amAlert = async () => (await (await fetch(`${alertmanager.url}/api/v2/alerts?filter=alertname%3D%22TroupeAgentDown%22`)).json())[0];
        await waitFor(async () => (await amAlert())?.status.state === 'suppressed', { timeoutMs: 10_000, what: 'the alert to be silenced', intervalMs: 100 });
        expect((await amAlert())?.status.silencedBy).toEqual([silenceId]);
        const { stdout: silences } = await run(toolPath('amtool'), ['silence', 'query', '--quiet', `--alertmanager.url=${alertmanager.url}`]);
        expect(silences.trim().split('\n')).toContain(silenceId);
        agent = await spawnAgent('echo', nats.url, { ...HEARTBEAT, TROUPE_AGENT_METRICS_PORT: agentMetrics.split(':').pop() ?? '' });
        procs.push(agent);
        await waitActive(agent.instanceId);
        const promAlerts = async () => (await (await fetch(`${prometheus.url}/api/v1/alerts`)).json()).data.alerts;
        await waitFor(async () => !(await promAlerts()).some(isAgentDown), { timeoutMs: 20_000, what: 'TroupeAgentDown to resolve in Prometheus', intervalMs: 200 });
        await waitFor(async () => (await amAlert()) === undefined, { timeoutMs: 20_000, what: 'TroupeAgentDown to resolve in Alertmanager', intervalMs: 200 });
        // The capability alert fired with it and resolved with it.
        await waitFor(async () => !(await promAlerts()).some((a) => a.labels.alertname === 'TroupeCapabilityUnavailable'), { timeoutMs: 20_000, what: 'TroupeCapabilityUnavailable to resolve', intervalMs: 200 });
        // The restarted agent's endpoint (same port, as a restarted container) is a live target again.
        await waitFor(async () => (await scalar(`up{job="troupe-agent", instance="${agentMetrics}"}`)) === 1, { timeoutMs: 10_000, what: "the restarted agent's endpoint to be scraped", intervalMs: 200 });
    });
});
/** Every `expr` of the dashboard's panels, with Grafana's variables as Grafana would fill them. */
function dashboardExprs() {
    const dashboard = JSON.parse(readFileSync(DEPLOY_DASHBOARD, 'utf8'));
    return dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ title: p.title, expr: t.expr.replaceAll('$__rate_interval', '1m').replaceAll('$capability', '.*') })));
}
/** The PromQL of docs/metrics.md's seed-name table (third column), one per seed metric. */
function seedQueries() {
    const doc = readFileSync(new URL('../../docs/metrics.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('## Seed names'), doc.indexOf('## `/health`'));
    const rows = [...table.matchAll(/^\| `(orchestrator_[a-z_]+)`.*\| `([^`]+)`( \(.*\))? \|$/gm)];
    expect(rows.length).toBe(6);
    return rows.map(([, seed, expr]) => ({ seed: seed ?? '', expr: (expr ?? '').replaceAll('\\|', '|') }));
}
/**
 * A rule's expression with its alert condition turned into a value: `x > 0.8` becomes
 * `x > bool 0.8` (every series, 0 or 1) and `a unless on (l) b` becomes `a or on (l) b`, so the
 * question is whether the series it reads exist and the expression is valid, not whether it fires.
 */
function withoutThreshold(expr) {
    return expr.replace(/(==|!=|>=|<=|>|<)\s*(-?[\d.]+)/g, '$1 bool $2').replace(/\bunless on\b/g, 'or on');
}
//# sourceMappingURL=monitoring.int.test.js.map
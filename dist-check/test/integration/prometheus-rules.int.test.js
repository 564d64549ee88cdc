// deploy/prometheus and deploy/alertmanager against the real tools: promtool checks the rules and
// runs their unit tests (one per rule at least), checks the scrape config; amtool checks the
// Alertmanager config and shows where each severity is routed (the escalation). The scrape
// targets are compose services on the ports those services listen on.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toolPath } from '../helpers/tools.js';
const ROOT = resolve(import.meta.dirname, '../..');
const RULES = join(ROOT, 'deploy/prometheus/rules.yml');
const RULE_TESTS = join(ROOT, 'deploy/prometheus/rules.test.yml');
const PROMETHEUS = join(ROOT, 'deploy/prometheus/prometheus.yml');
const ALERTMANAGER = join(ROOT, 'deploy/alertmanager/alertmanager.yml');
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'troupe-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const rules = parse(readFileSync(RULES, 'utf8')).groups.flatMap((g) => g.rules);
/** Runs a tool; resolves with stdout+stderr, or rejects with them in the message. */
async function tool(name, args) {
    try {
        const { stdout, stderr } = await run(toolPath(name), args, { cwd: work });
        return stdout + stderr;
    }
    catch (err) {
        const e = err;
        throw new Error(`${name} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: err });
    }
}
describe('Prometheus rules', () => {
    it('pass promtool check rules, with the alerts the runbook documents', async () => {
        expect(await tool('promtool', ['check', 'rules', RULES])).toContain(`SUCCESS: ${rules.length} rules found`);
        const names = rules.map((r) => r.alert);
        for (const required of [
            'TroupeAgentDown', 'TroupeCapabilityUnavailable', 'TroupeBreakerOpen', 'TroupeQueueSaturated',
            'TroupeDeadLettersGrowing', 'TroupeRunFailureRatio', 'TroupeTaskLatencyHigh', 'TroupeOrchestratorLeaseChurn',
        ])
            expect(names).toContain(required);
        const runbook = readFileSync(join(ROOT, 'docs/alerts.md'), 'utf8');
        for (const r of rules) {
            expect(['critical', 'warning'], `${r.alert} severity`).toContain(r.labels?.severity);
            expect(r.annotations?.runbook, `${r.alert} runbook`).toBe(`docs/alerts.md#${r.alert?.toLowerCase() ?? ''}`);
            expect(runbook, `docs/alerts.md has a section for ${r.alert}`).toMatch(new RegExp(`^## ${r.alert}$`, 'm'));
        }
    });
    it('pass their promtool unit tests, which cover every rule', async () => {
        cpSync(RULES, join(work, 'rules.yml'));
        cpSync(RULE_TESTS, join(work, 'rules.test.yml'));
        expect(await tool('promtool', ['test', 'rules', 'rules.test.yml'])).toContain('SUCCESS');
        const tests = parse(readFileSync(RULE_TESTS, 'utf8'));
        const cases = tests.tests.flatMap((t) => t.alert_rule_test);
        for (const r of rules) {
            // Each rule is seen firing and seen silent.
            expect(cases.some((c) => c.alertname === r.alert && c.exp_alerts.length > 0), `${r.alert} fires in a test`).toBe(true);
            expect(cases.some((c) => c.alertname === r.alert && c.exp_alerts.length === 0), `${r.alert} stays silent in a test`).toBe(true);
        }
    });
    it('a broken rule is refused by the same check (the test can fail)', async () => {
        writeFileSync(join(work, 'broken.yml'), 'groups:\n  - name: x\n    rules:\n      - alert: X\n        expr: sum(rate(troupe_tasks_total[5m]) by\n');
        await expect(tool('promtool', ['check', 'rules', join(work, 'broken.yml')])).rejects.toThrow(/parse error|FAILED/);
    });
    it('scrape config is valid and scrapes the compose services on their ports', async () => {
        expect(await tool('promtool', ['check', 'config', '--syntax-only', PROMETHEUS])).toContain('SUCCESS');
        const config = parse(readFileSync(PROMETHEUS, 'utf8'));
        const compose = parse(readFileSync(join(ROOT, 'deploy/compose/compose.yaml'), 'utf8'), { merge: true });
        const targets = (job) => config.scrape_configs.find((j) => j.job_name === job)?.static_configs.flatMap((s) => s.targets) ?? [];
        const orchestrators = Object.keys(compose.services).filter((s) => s.startsWith('orchestrator-'));
        expect(orchestrators.length).toBeGreaterThan(0);
        expect(targets('troupe-orchestrator').sort()).toEqual(orchestrators.map((s) => `${s}:${compose.services[s]?.environment?.TROUPE_HTTP_PORT ?? '?'}`).sort());
        // Every agent service's own metrics endpoint, on the port it sets, over HTTPS checked against the
        // same CA as the orchestrators' (the agents' certificates name their service: a DNS SAN).
        const agents = Object.keys(compose.services).filter((s) => compose.services[s]?.command?.[0] === 'agent');
        expect(agents.length).toBe(6);
        expect(targets('troupe-agent').sort()).toEqual(agents.map((s) => `${s}:${compose.services[s]?.environment?.TROUPE_AGENT_METRICS_PORT ?? '?'}`).sort());
        const job = (name) => config.scrape_configs.find((j) => j.job_name === name);
        expect(job('troupe-agent')).toMatchObject({ scheme: 'https', tls_config: { ca_file: job('troupe-orchestrator')?.tls_config?.ca_file } });
        // The alert on agent targets reads the job this config names.
        expect(rules.find((r) => r.alert === 'TroupeAgentMetricsDown')?.expr).toContain('up{job="troupe-agent"}');
        expect(config.alerting.alertmanagers.flatMap((a) => a.static_configs.flatMap((s) => s.targets))).toEqual(['alertmanager:9093']);
        expect(compose.services.alertmanager).toBeDefined();
        // The rule file it loads is where compose mounts rules.yml.
        expect(compose.services.prometheus?.volumes).toContain(`../prometheus/rules.yml:${config.rule_files[0] ?? ''}:ro`);
    });
});
describe('Alertmanager config', () => {
    it('passes amtool check-config', async () => {
        expect(await tool('amtool', ['check-config', ALERTMANAGER])).toMatch(/SUCCESS[\s\S]*2 receivers/);
    });
    it('escalates: warnings to the team, criticals to the team and the escalation receiver (after a wait)', async () => {
        const routes = async (...labels) => (await tool('amtool', ['config', 'routes', 'test', `--config.file=${ALERTMANAGER}`, ...labels])).trim();
        for (const r of rules) {
            const receivers = await routes(`alertname=${r.alert ?? ''}`, `severity=${r.labels?.severity ?? ''}`);
            expect(receivers, r.alert).toBe(r.labels?.severity === 'critical' ? 'team,escalation' : 'team');
        }
        const am = parse(readFileSync(ALERTMANAGER, 'utf8'));
        const escalation = am.route.routes.find((r) => r.receiver === 'escalation');
        // The escalation receiver hears of a critical only once it has fired for longer than the team's first notice.
        expect(seconds(escalation?.group_wait ?? '0s')).toBeGreaterThan(seconds(am.route.group_wait));
    });
    it('a config naming an unknown receiver is refused (the check can fail)', async () => {
        writeFileSync(join(work, 'bad-am.yml'), readFileSync(ALERTMANAGER, 'utf8').replace('receiver: escalation', 'receiver: nobody'));
        await expect(tool('amtool', ['check-config', join(work, 'bad-am.yml')])).rejects.toThrow(/undefined receiver "nobody"/);
    });
});
describe('Grafana dashboard', () => {
    it('is provisioned by compose and queries only the provisioned Prometheus datasource', () => {
        const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/grafana/dashboards/troupe.json'), 'utf8'));
        const datasources = parse(readFileSync(join(ROOT, 'deploy/grafana/provisioning/datasources/troupe.yaml'), 'utf8'));
        const prometheusUid = datasources.datasources.find((d) => d.type === 'prometheus')?.uid;
        expect(prometheusUid).toBeDefined();
        const ids = dashboard.panels.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        const queried = dashboard.panels.filter((p) => p.type !== 'row');
        for (const p of queried) {
            expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
            expect(p.datasource?.uid, p.title).toBe(prometheusUid);
            expect(p.targets?.length, p.title).toBeGreaterThan(0);
            for (const t of p.targets ?? [])
                expect(t.datasource?.uid, p.title).toBe(prometheusUid);
        }
        // What the brief of the dashboard asks for, each in some query.
        const exprs = queried.flatMap((p) => p.targets ?? []).map((t) => t.expr).join('\n');
        for (const series of ['troupe_runs_finished_total', 'troupe_tasks_total', 'troupe_task_duration_seconds_bucket', 'troupe_queue_size', 'troupe_agents', 'troupe_breakers', 'troupe_dead_letters_total']) {
            expect(exprs).toContain(series);
        }
    });
});
function seconds(duration) {
    const units = { s: 1, m: 60, h: 3600 };
    return [...duration.matchAll(/(\d+)([smh])/g)].reduce((sum, [, n, u]) => sum + Number(n) * (units[u ?? 's'] ?? 1), 0);
}
//# sourceMappingURL=prometheus-rules.int.test.js.map
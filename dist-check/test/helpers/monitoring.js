// A real Prometheus and a real Alertmanager (the pinned binaries, toolPath) for end-to-end tests
// of deploy/prometheus and deploy/alertmanager, with configs rendered from the deploy files for
// test speed (1 s scrapes, short `for:` and group waits), and a webhook receiver that records
// what Alertmanager posts.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { spawnWatched } from './processes.js';
import { toolPath } from './tools.js';
import { waitFor } from './wait-for.js';
import { freePort } from './free-port.js';
const ROOT = resolve(import.meta.dirname, '../..');
export const DEPLOY_RULES = join(ROOT, 'deploy/prometheus/rules.yml');
export const DEPLOY_ALERTMANAGER = join(ROOT, 'deploy/alertmanager/alertmanager.yml');
export const DEPLOY_DASHBOARD = join(ROOT, 'deploy/grafana/dashboards/troupe.json');
/** The rules of deploy/prometheus/rules.yml. */
export function deployRules() {
    return parse(readFileSync(DEPLOY_RULES, 'utf8')).groups.flatMap((g) => g.rules);
}
/** rules.yml with every `for:` shortened to `forSeconds`, expressions and labels unchanged. */
export function testRulesYaml(forSeconds) {
    const doc = parse(readFileSync(DEPLOY_RULES, 'utf8'));
    for (const g of doc.groups)
        for (const r of g.rules)
            r.for = `${forSeconds}s`;
    return stringify(doc);
}
export async function startWebhookReceiver() {
    const byPath = new Map();
    const server = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c.toString('utf8')));
        req.on('end', () => {
            const list = byPath.get(req.url ?? '') ?? [];
            list.push(JSON.parse(body));
            byPath.set(req.url ?? '', list);
            res.writeHead(200).end();
        });
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        posts: (path) => byPath.get(path) ?? [],
        close: () => new Promise((ok) => server.close(() => ok())),
    };
}
async function startTool(name, args, port) {
    const proc = spawnWatched(toolPath(name), args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
    const url = `http://127.0.0.1:${port}`;
    let exited = false;
    void proc.exited.then(() => (exited = true));
    await waitFor(async () => {
        if (exited)
            throw new Error(`${name} exited:\n${proc.output().slice(-2000)}`);
        return (await fetch(`${url}/-/ready`).catch(() => undefined))?.ok;
    }, { timeoutMs: 20_000, what: `${name} to be ready`, intervalMs: 100 });
    return {
        url,
        proc,
        async stop() {
            proc.kill('SIGTERM');
            await proc.exited;
        },
    };
}
/**
 * Prometheus scraping the orchestrators' `targets` (job troupe-orchestrator) and the agents'
 * metrics endpoints `agentTargets` (job troupe-agent, as deploy/prometheus/prometheus.yml names
 * them) and `troupe up` supervisors `fleetTargets` (job troupe-fleet) every second, evaluating `rulesYaml` every second, alerting to `alertmanagerUrl`.
 */
export async function startPrometheus(dir, options) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rules.yml'), options.rulesYaml);
    writeFileSync(join(dir, 'prometheus.yml'), stringify({
        global: { scrape_interval: '1s', evaluation_interval: '1s' },
        rule_files: [join(dir, 'rules.yml')],
        alerting: { alertmanagers: [{ static_configs: [{ targets: [options.alertmanagerUrl.replace(/^http:\/\//, '')] }] }] },
        scrape_configs: [
            { job_name: 'troupe-orchestrator', static_configs: [{ targets: options.targets }] },
            ...(options.agentTargets ? [{ job_name: 'troupe-agent', static_configs: [{ targets: options.agentTargets }] }] : []),
            ...(options.fleetTargets ? [{ job_name: 'troupe-fleet', static_configs: [{ targets: options.fleetTargets }] }] : []),
        ],
    }));
    const port = await freePort();
    const tool = await startTool('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--rules.alert.resend-delay=1s'], port);
    return {
        ...tool,
        async query(expr) {
            const res = await fetch(`${tool.url}/api/v1/query?${new URLSearchParams({ query: expr }).toString()}`);
            return (await res.json());
        },
    };
}
/**
 * deploy/alertmanager/alertmanager.yml with the receivers' URLs pointed at `webhook` (paths
 * /team and /escalation) and the waits shortened: `groupWait` seconds for the team, `escalateAfter`
 * seconds before the escalation receiver hears of a critical. Routes and matchers unchanged.
 */
export function testAlertmanagerYaml(webhook, times) {
    const doc = parse(readFileSync(DEPLOY_ALERTMANAGER, 'utf8'));
    doc.route.group_wait = `${times.groupWait}s`;
    doc.route.group_interval = '1s';
    for (const r of doc.route.routes) {
        if (r.group_wait !== undefined)
            r.group_wait = `${times.escalateAfter}s`;
        if (r.group_interval !== undefined)
            r.group_interval = '1s';
    }
    for (const r of doc.receivers)
        for (const w of r.webhook_configs)
            w.url = `${webhook}/${r.name}`;
    return stringify(doc);
}
/** Alertmanager alone (no cluster) with `configYaml`. */
export async function startAlertmanager(dir, configYaml) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'alertmanager.yml'), configYaml);
    const port = await freePort();
    return startTool('alertmanager', [`--config.file=${join(dir, 'alertmanager.yml')}`, `--storage.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--cluster.listen-address='], port);
}
//# sourceMappingURL=monitoring.js.map
// deploy/helm/troupe against the real Helm (pinned, scripts/ensure-tools.sh): `helm lint` and
// `helm template` pass for the default values and values-production.yaml, and every rendered
// manifest validates against the Kubernetes, KEDA and prometheus-operator schemas
// (kubernetes-models). The NATS chart dependency cannot be fetched offline: the chart is copied
// with a stub `charts/nats` (name and version only), so Helm's dependency check passes and
// nothing of the real NATS chart is rendered (see deploy/README.md).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { METRIC } from '../../src/sdk/telemetry/attributes.js';
import { validateManifests } from '../helpers/k8s-validate.js';
import { toolPath } from '../helpers/tools.js';
const ROOT = resolve(import.meta.dirname, '../..');
const CHART = join(ROOT, 'deploy/helm/troupe');
const AGENTS = ['web-harvester', 'script-weaver', 'voice-forge', 'topic-discovery', 'snippet-craft', 'ui-composer'];
const run = promisify(execFile);
let work;
let chart;
let secrets;
async function helm(...args) {
    try {
        const { stdout } = await run(toolPath('helm'), args, { env: { PATH: process.env.PATH ?? '', HOME: work, HELM_CACHE_HOME: join(work, 'cache'), HELM_CONFIG_HOME: join(work, 'config'), HELM_DATA_HOME: join(work, 'data') }, maxBuffer: 16 * 1024 * 1024 });
        return stdout;
    }
    catch (err) {
        const e = err;
        throw new Error(`helm ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: err });
    }
}
async function render(...args) {
    const text = await helm('template', 'troupe', chart, '--namespace', 'troupe', ...args);
    return parseAllDocuments(text)
        .map((d) => d.toJSON())
        .filter((m) => m !== null);
}
const byKind = (ms, kind) => ms.filter((m) => m.kind === kind);
const named = (ms, kind, name) => {
    const found = ms.find((m) => m.kind === kind && m.metadata.name === name);
    if (!found)
        throw new Error(`no ${kind} ${name} in ${ms.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
    return found;
};
const spec = (m) => m.spec;
const firstContainer = (m) => {
    const [c] = spec(m).template.spec.containers;
    if (!c)
        throw new Error(`${m.metadata.name} has no container`);
    return c;
};
beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'troupe-helm-'));
    chart = join(work, 'troupe');
    // dereference: files/prometheus-rules.yml links to deploy/prometheus/rules.yml (one file for compose and the chart).
    cpSync(CHART, chart, { recursive: true, dereference: true });
    mkdirSync(join(chart, 'charts/nats'), { recursive: true });
    const dep = parseYaml(readFileSync(join(CHART, 'Chart.yaml'), 'utf8')).dependencies.find((d) => d.name === 'nats');
    writeFileSync(join(chart, 'charts/nats/Chart.yaml'), `apiVersion: v2\nname: nats\nversion: ${dep?.version.replace(/^~/, '') ?? '0.0.0'}\n`);
    secrets = join(work, 'secrets');
    await run('bash', [join(ROOT, 'deploy/compose/gen-dev-secrets.sh'), secrets]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
describe('deploy/helm/troupe', () => {
    it('declares the official NATS chart as a dependency, on the nats.enabled condition', () => {
        const meta = parseYaml(readFileSync(join(CHART, 'Chart.yaml'), 'utf8'));
        expect(meta.dependencies).toEqual([expect.objectContaining({ name: 'nats', condition: 'nats.enabled', repository: 'https://nats-io.github.io/k8s/helm/charts/' })]);
    });
    it('passes helm lint with the default values and with values-production.yaml', async () => {
        expect(await helm('lint', '--strict', chart)).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
        expect(await helm('lint', '--strict', chart, '-f', join(chart, 'values-production.yaml'))).toMatch(/0 chart\(s\) failed/);
    });
    it('renders the default values into valid manifests: 2 orchestrators with PDB, probes and ServiceMonitor, agents with HPAs', async () => {
        const ms = await render();
        expect(await validateManifests(ms)).toEqual([]);
        const orchestrator = named(ms, 'Deployment', 'troupe-orchestrator');
        expect(spec(orchestrator).replicas).toBe(2);
        const container = firstContainer(orchestrator);
        expect(container.livenessProbe?.httpGet).toMatchObject({ path: '/healthz', port: 'http' });
        expect(container.readinessProbe?.httpGet).toMatchObject({ path: '/readyz', port: 'http' });
        const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
        expect(env).toMatchObject({ NATS_URL: 'tls://troupe-nats:4222', TROUPE_STORE_REPLICAS: '3', TROUPE_TLS_CERT: '/etc/troupe/tls/tls.crt', TROUPE_AGENT_CA: '/etc/troupe/ca/ca.crt' });
        expect(spec(named(ms, 'PodDisruptionBudget', 'troupe-orchestrator')).minAvailable).toBe(1);
        expect(spec(named(ms, 'ServiceMonitor', 'troupe-orchestrator')).endpoints).toEqual([expect.objectContaining({ port: 'http', path: '/metrics' })]);
        for (const agent of AGENTS) {
            const d = named(ms, 'Deployment', `troupe-agent-${agent}`);
            expect(firstContainer(d).args).toEqual(['agent', agent]);
            expect(spec(named(ms, 'HorizontalPodAutoscaler', `troupe-agent-${agent}`)).scaleTargetRef?.name).toBe(`troupe-agent-${agent}`);
        }
        expect(byKind(ms, 'ScaledObject')).toEqual([]);
        expect(byKind(ms, 'NetworkPolicy').map((m) => m.metadata.name).sort()).toEqual(['troupe-agents', 'troupe-default-deny', 'troupe-orchestrator']);
    });
    it("exposes each agent's metrics port and scrapes it with a PodMonitor per agent, over HTTPS naming the agent, under one job", async () => {
        const ms = await render();
        const monitors = byKind(ms, 'PodMonitor');
        expect(monitors.map((m) => m.metadata.name).sort()).toEqual(AGENTS.map((a) => `troupe-agent-${a}`).sort());
        for (const agent of AGENTS) {
            const d = named(ms, 'Deployment', `troupe-agent-${agent}`);
            const c = firstContainer(d);
            expect(c.ports).toContainEqual(expect.objectContaining({ name: 'metrics', containerPort: 7701 }));
            expect(c.env).toContainEqual({ name: 'TROUPE_AGENT_METRICS_PORT', value: '7701' });
            // HTTPS follows TROUPE_AGENT_TLS_CERT; nothing turns it off.
            expect((c.env ?? []).map((e) => e.name)).not.toContain('TROUPE_AGENT_METRICS_TLS');
            const labels = spec(d).template.metadata.labels;
            const pm = named(ms, 'PodMonitor', `troupe-agent-${agent}`).spec;
            // It selects this agent's pods (and only them), and takes the job from the label they carry.
            expect(Object.entries(pm.selector.matchLabels).every(([k, v]) => labels[k] === v)).toBe(true);
            expect(pm.selector.matchLabels['app.kubernetes.io/component']).toBe(`agent-${agent}`);
            expect(labels[pm.jobLabel]).toBe('troupe-agent');
            expect(pm.podMetricsEndpoints).toEqual([
                { port: 'metrics', path: '/metrics', interval: '15s', scheme: 'https', tlsConfig: { ca: { secret: { name: 'troupe-ca', key: 'ca.crt' } }, serverName: agent } },
            ]);
        }
        // The agents' NetworkPolicy lets monitoring reach the metrics port, as the orchestrators' HTTP port.
        const policy = (m) => named(ms, 'NetworkPolicy', m).spec.ingress;
        const fromMonitoring = policy('troupe-orchestrator').find((r) => r.ports.some((p) => p.port === 7601))?.from;
        expect(fromMonitoring).toBeDefined();
        expect(policy('troupe-agents')).toContainEqual({ ports: [{ port: 7701, protocol: 'TCP' }], from: fromMonitoring });
        // Off: no port, no PodMonitor, no policy rule; per agent, the PodMonitor alone can be turned off.
        const off = await render('--set', 'agentDefaults.metrics.enabled=false');
        expect(await validateManifests(off)).toEqual([]);
        expect(byKind(off, 'PodMonitor')).toEqual([]);
        expect(firstContainer(named(off, 'Deployment', 'troupe-agent-voice-forge')).ports?.map((p) => p.name)).toEqual(['grpc']);
        expect(JSON.stringify(named(off, 'NetworkPolicy', 'troupe-agents'))).not.toContain('7701');
        const one = await render('--set', 'agents.voice-forge.metrics.podMonitor.enabled=false');
        expect(byKind(one, 'PodMonitor').map((m) => m.metadata.name)).not.toContain('troupe-agent-voice-forge');
        expect(byKind(one, 'PodMonitor')).toHaveLength(AGENTS.length - 1);
        // Without TLS the agent serves plain HTTP and the PodMonitor scrapes http.
        const plain = byKind(await render('--set', 'tls.enabled=false'), 'PodMonitor')[0]?.spec;
        expect(plain.podMetricsEndpoints[0]).toMatchObject({ scheme: 'http' });
        expect(plain.podMetricsEndpoints[0]?.tlsConfig).toBeUndefined();
    });
    it('renders deploy/prometheus/rules.yml as a PrometheusRule, with the scrape job the ServiceMonitor gives, that promtool accepts', async () => {
        const ms = await render();
        const rule = named(ms, 'PrometheusRule', 'troupe-alerts');
        const groups = rule.spec.groups;
        const deployed = parseYaml(readFileSync(join(ROOT, 'deploy/prometheus/rules.yml'), 'utf8')).groups;
        expect(groups.flatMap((g) => g.rules.map((r) => r.alert))).toEqual(deployed.flatMap((g) => g.rules.map((r) => r.alert)));
        const down = groups.flatMap((g) => g.rules).find((r) => r.alert === 'TroupeOrchestratorDown');
        // The operator names the job after the Service the ServiceMonitor selects.
        expect(down?.expr).toContain(`job="${named(ms, 'Service', 'troupe-orchestrator').metadata.name}"`);
        // ... and the agents' after the pods' jobLabel value; another release name gives another job, in both.
        const agentJob = (m) => {
            const d = byKind(m, 'Deployment').find((x) => x.metadata.name.includes('-agent-'));
            const pm = byKind(m, 'PodMonitor')[0]?.spec;
            return d && pm ? spec(d).template.metadata.labels[pm.jobLabel] : undefined;
        };
        const metricsDown = (m) => byKind(m, 'PrometheusRule')[0]?.spec?.groups.flatMap((g) => g.rules).find((r) => r.alert === 'TroupeAgentMetricsDown')?.expr;
        expect(metricsDown(ms)).toContain(`up{job="${agentJob(ms) ?? '?'}"}`);
        const other = parseAllDocuments(await helm('template', 'podcasts', chart, '--namespace', 'troupe')).map((d) => d.toJSON()).filter((m) => m !== null);
        expect(agentJob(other)).toBe('podcasts-troupe-agent');
        expect(metricsDown(other)).toContain('up{job="podcasts-troupe-agent"}');
        writeFileSync(join(work, 'k8s-rules.yml'), JSON.stringify({ groups }));
        const { stdout } = await run(toolPath('promtool'), ['check', 'rules', join(work, 'k8s-rules.yml')]);
        expect(stdout).toContain('SUCCESS');
        expect(byKind(await render('--set', 'orchestrator.prometheusRule.enabled=false'), 'PrometheusRule')).toEqual([]);
    });
    it("gives the orchestrator Jaeger's query and UI addresses when set (the console's trace waterfall and links), and neither by default", async () => {
        const envOf = (ms, name) => Object.fromEntries((firstContainer(named(ms, 'Deployment', name)).env ?? []).map((e) => [e.name, e.value]));
        expect(Object.keys(envOf(await render(), 'troupe-orchestrator'))).not.toContain('TROUPE_JAEGER_QUERY_URL');
        const ms = await render('--set', 'tracing.jaegerQueryUrl=http://jaeger-query.observability:16686', '--set', 'tracing.jaegerUiUrl=https://jaeger.example.com');
        expect(envOf(ms, 'troupe-orchestrator')).toMatchObject({ TROUPE_JAEGER_QUERY_URL: 'http://jaeger-query.observability:16686', TROUPE_JAEGER_UI_URL: 'https://jaeger.example.com' });
        expect(Object.keys(envOf(ms, `troupe-agent-${AGENTS[0]}`))).not.toContain('TROUPE_JAEGER_QUERY_URL');
        expect(await validateManifests(ms)).toEqual([]);
    });
    it('ships the Grafana dashboard in a ConfigMap for the dashboard sidecar, byte for byte', async () => {
        const ms = await render();
        const cm = named(ms, 'ConfigMap', 'troupe-grafana-dashboard');
        expect(cm.metadata.labels).toMatchObject({ grafana_dashboard: '1' });
        const shipped = readFileSync(join(ROOT, 'deploy/grafana/dashboards/troupe.json'), 'utf8');
        expect(JSON.parse(cm.data['troupe.json'] ?? '')).toEqual(JSON.parse(shipped));
        expect(byKind(await render('--set', 'grafanaDashboard.enabled=false'), 'ConfigMap')).toEqual([]);
    });
    it('renders values-production.yaml: external NATS, existing secrets only, KEDA on the queue metric (HPA where asked)', async () => {
        const ms = await render('-f', join(chart, 'values-production.yaml'));
        expect(await validateManifests(ms)).toEqual([]);
        expect(byKind(ms, 'Secret')).toEqual([]);
        expect(spec(named(ms, 'Deployment', 'troupe-orchestrator')).replicas).toBe(3);
        const scaled = byKind(ms, 'ScaledObject');
        expect(scaled.map((m) => m.metadata.name).sort()).toEqual(AGENTS.filter((a) => a !== 'snippet-craft').map((a) => `troupe-agent-${a}`).sort());
        const metric = METRIC.QUEUE_SIZE.replaceAll('.', '_');
        for (const so of scaled) {
            const [trigger] = spec(so).triggers ?? [];
            expect(trigger?.type).toBe('prometheus');
            expect(trigger?.metadata.query).toBe(`sum(${metric})`);
        }
        expect(byKind(ms, 'HorizontalPodAutoscaler').map((m) => m.metadata.name)).toEqual(['troupe-agent-snippet-craft']);
        const voice = spec(named(ms, 'Deployment', 'troupe-agent-voice-forge')).template.spec;
        expect(voice.volumes).toContainEqual({ name: 'tls', secret: { secretName: 'troupe-agent-voice-forge-tls' } });
    });
    it('renders TLS material, tokens and NATS passwords given as values into Secrets, each pod mounting only its own', async () => {
        const file = (name) => join(secrets, name);
        const args = [
            '--set-file', `tls.ca.caCrt=${file('ca.crt')}`, '--set-file', `tls.ca.orchestratorsCaCrt=${file('orchestrators-ca.crt')}`,
            '--set-file', `tls.orchestrator.tlsCrt=${file('orchestrator-api.crt')}`, '--set-file', `tls.orchestrator.tlsKey=${file('orchestrator-api.key')}`,
            '--set-file', `tls.orchestrator.clientCrt=${file('orchestrator-client.crt')}`, '--set-file', `tls.orchestrator.clientKey=${file('orchestrator-client.key')}`,
            '--set-file', `auth.tokensJsonl=${file('api-tokens.jsonl')}`,
            '--set-file', `natsAuth.orchestratorPassword=${file('nats-orchestrator.password')}`, '--set-file', `natsAuth.agentPassword=${file('nats-agent.password')}`,
            ...AGENTS.flatMap((a) => ['--set-file', `agentTls.${a}.tlsCrt=${file(`agent-${a}.crt`)}`, '--set-file', `agentTls.${a}.tlsKey=${file(`agent-${a}.key`)}`]),
        ];
        const ms = await render(...args);
        expect(await validateManifests(ms)).toEqual([]);
        const secretNames = byKind(ms, 'Secret').map((m) => m.metadata.name).sort();
        expect(secretNames).toEqual(['troupe-api-tokens', 'troupe-ca', 'troupe-nats-credentials', 'troupe-orchestrator-tls', ...AGENTS.map((a) => `troupe-agent-${a}-tls`)].sort());
        const data = (m) => m.data;
        expect(Buffer.from(data(named(ms, 'Secret', 'troupe-agent-voice-forge-tls'))['tls.crt'] ?? '', 'base64').toString()).toBe(readFileSync(file('agent-voice-forge.crt'), 'utf8'));
        // An agent pod mounts the CA bundle, its own certificate and the agent password: never the orchestrators' keys.
        const voice = spec(named(ms, 'Deployment', 'troupe-agent-voice-forge')).template.spec;
        const mounted = voice.volumes.flatMap((v) => (v.secret ? [`${v.secret.secretName}${v.secret.items ? `:${v.secret.items.map((i) => i.key).join(',')}` : ''}`] : []));
        expect(mounted.sort()).toEqual(['troupe-agent-voice-forge-tls', 'troupe-ca', 'troupe-nats-credentials:agent-password']);
        const orchestrator = named(ms, 'Deployment', 'troupe-orchestrator');
        const env = (firstContainer(orchestrator).env ?? []).map((e) => e.name);
        expect(env).toContain('TROUPE_AUTH_TOKENS_FILE');
    });
    it('runs every pod as a non-root user with a read-only root file system and no capabilities', async () => {
        const ms = [...(await render()), ...(await render('-f', join(chart, 'values-production.yaml')))];
        for (const d of byKind(ms, 'Deployment')) {
            const pod = spec(d).template.spec;
            expect(pod.securityContext, d.metadata.name).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
            for (const c of pod.containers) {
                expect(c.securityContext, d.metadata.name).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
            }
        }
    });
    it('refuses an unknown autoscaling mode and an external NATS without a URL, naming the value', async () => {
        await expect(render('--set', 'agents.voice-forge.autoscaling.mode=sometimes')).rejects.toThrow(/agents\.voice-forge\.autoscaling\.mode must be hpa, keda or none/);
        await expect(render('--set', 'nats.enabled=false')).rejects.toThrow(/externalNats\.url/);
    });
});
//# sourceMappingURL=deploy-helm.int.test.js.map
// deploy/compose against the real tools: gen-dev-secrets.sh writes certificates that follow the
// admission rules of docs/security.md, the real docker compose (pinned, standalone, no engine
// needed) accepts compose.yaml and renders the model asserted here, and the real nats-server
// accepts the cluster configuration with the generated secrets.
import { execFile } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNatsServer } from '../../src/sdk/testing/index.js';
import { orchestratorAddress, spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { toolPath } from '../helpers/tools.js';
const ROOT = resolve(import.meta.dirname, '../..');
const COMPOSE = join(ROOT, 'deploy/compose/compose.yaml');
const GEN = join(ROOT, 'deploy/compose/gen-dev-secrets.sh');
const AGENTS = ['web-harvester', 'script-weaver', 'voice-forge', 'topic-discovery', 'snippet-craft', 'ui-composer'];
const TROUPE = ['orchestrator-1', 'orchestrator-2', ...AGENTS];
const EKU = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2' };
const run = promisify(execFile);
let work;
let secrets;
/** Where a service's secret is mounted: compose renders a relative target under /run/secrets. */
const mountPath = (x) => {
    const target = x.target ?? x.source;
    return target.startsWith('/') ? target : `/run/secrets/${target}`;
};
let model;
const cert = (name) => new X509Certificate(readFileSync(join(secrets, name)));
beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'troupe-compose-'));
    secrets = join(work, 'secrets');
    await run('bash', [GEN, secrets]);
    const { stdout } = await run(toolPath('docker-compose'), ['-f', COMPOSE, 'config', '--format', 'json'], {
        env: { PATH: process.env.PATH ?? '', HOME: work, TROUPE_SECRETS_DIR: secrets },
        maxBuffer: 16 * 1024 * 1024,
    });
    model = JSON.parse(stdout);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
describe('deploy/compose/gen-dev-secrets.sh', () => {
    it('issues each agent a server-only certificate naming it, from the platform CA', () => {
        const ca = cert('ca.crt');
        for (const agent of AGENTS) {
            const c = cert(`agent-${agent}.crt`);
            expect(c.checkIssued(ca) && c.verify(ca.publicKey), agent).toBe(true);
            expect(c.subjectAltName).toBe(`URI:troupe://agent/${agent}, DNS:${agent}`);
            expect(c.keyUsage).toEqual([EKU.serverAuth]);
        }
    });
    it("issues the orchestrators' client certificate from a CA of its own, that signs no agent", () => {
        const orchestratorsCa = cert('orchestrators-ca.crt');
        const client = cert('orchestrator-client.crt');
        expect(client.verify(orchestratorsCa.publicKey)).toBe(true);
        expect(client.keyUsage).toEqual([EKU.clientAuth]);
        for (const agent of AGENTS)
            expect(cert(`agent-${agent}.crt`).verify(orchestratorsCa.publicKey)).toBe(false);
        const api = cert('orchestrator-api.crt');
        expect(api.verify(cert('ca.crt').publicKey)).toBe(true);
        for (const host of ['orchestrator-1', 'orchestrator-2', 'localhost'])
            expect(api.checkHost(host), host).toBe(host);
        for (const node of ['nats-1', 'nats-2', 'nats-3'])
            expect(cert(`${node}.crt`).checkHost(node)).toBe(node);
    });
    it('stores only hashes of the API tokens for the orchestrators, and never overwrites without --force', async () => {
        const lines = readFileSync(join(secrets, 'api-tokens.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        expect(lines.map((l) => l.name)).toEqual(['admin', 'operator', 'viewer']);
        for (const l of lines) {
            const token = readFileSync(join(secrets, `${l.name}.token`), 'utf8');
            expect(l.sha256).toBe(createHash('sha256').update(token).digest('hex'));
            expect(JSON.stringify(l)).not.toContain(token);
        }
        expect(statSync(secrets).mode & 0o777).toBe(0o700);
        const before = readFileSync(join(secrets, 'ca.key'), 'utf8');
        const { stdout } = await run('bash', [GEN, secrets]);
        expect(stdout).toContain('--force');
        expect(readFileSync(join(secrets, 'ca.key'), 'utf8')).toBe(before);
    });
});
describe('deploy/compose/compose.yaml', () => {
    it('passes docker compose config with the whole stack', () => {
        expect(Object.keys(model.services).sort()).toEqual(['nats-1', 'nats-2', 'nats-3', ...TROUPE, 'jaeger', 'prometheus', 'alertmanager', 'grafana'].sort());
        for (const [name, s] of Object.entries(model.services))
            expect(s.image, name).toMatch(/^[\w./-]+:[\w.-]+$/);
        for (const [name, s] of Object.entries(model.services))
            expect(s.image, name).not.toMatch(/:latest$/);
    });
    it('runs Troupe as a non-root user on a read-only root, without capabilities, with a healthcheck', () => {
        for (const name of TROUPE) {
            const s = model.services[name];
            expect(s?.user, name).toBe('10001:10001');
            expect(s?.read_only, name).toBe(true);
            expect(s?.cap_drop, name).toEqual(['ALL']);
            expect(s?.healthcheck?.test, name).toEqual(['CMD', 'node', '/app/deploy/docker/healthcheck.mjs']);
            for (const node of ['nats-1', 'nats-2', 'nats-3'])
                expect(s?.depends_on?.[node]?.condition, name).toBe('service_healthy');
        }
        for (const node of ['nats-1', 'nats-2', 'nats-3'])
            expect(model.services[node]?.healthcheck?.test.join(' ')).toContain('/healthz?js-enabled-only=true');
    });
    it('puts Troupe state at R3 on the 3-node cluster, over TLS, with a NATS user per role', () => {
        for (const name of TROUPE) {
            const env = model.services[name]?.environment ?? {};
            expect(env.NATS_URL).toBe('tls://nats-1:4222,tls://nats-2:4222,tls://nats-3:4222');
            expect(env.NATS_TLS_CA).toBe('/run/secrets/ca.crt');
            expect(env.NATS_USER).toBe(name.startsWith('orchestrator') ? 'orchestrator' : 'agent');
        }
        expect(model.services['orchestrator-1']?.environment?.TROUPE_STORE_REPLICAS).toBe('3');
        expect(model.services['orchestrator-2']?.environment?.TROUPE_STORE_REPLICAS).toBe('3');
        expect(model.services['orchestrator-1']?.environment?.TROUPE_INSTANCE_ID).toBe('orchestrator-1');
    });
    it('mounts every file a service names under /run/secrets, from the generated folder, and only its own keys', () => {
        for (const [name, s] of Object.entries(model.services)) {
            const targets = new Set((s.secrets ?? []).map(mountPath));
            const named = Object.values(s.environment ?? {}).filter((v) => v.startsWith('/run/secrets/'));
            for (const path of named)
                expect(targets, `${name}: ${path}`).toContain(path);
            for (const x of s.secrets ?? [])
                expect(existsSync(model.secrets[x.source]?.file ?? ''), `${name}: ${x.source}`).toBe(true);
        }
        for (const secret of Object.values(model.secrets))
            expect(secret.file.startsWith(secrets)).toBe(true);
        for (const agent of AGENTS) {
            const sources = (model.services[agent]?.secrets ?? []).map((x) => x.source).sort();
            expect(sources).toEqual(['ca.crt', `agent-${agent}.crt`, `agent-${agent}.key`, 'nats-agent.password', 'orchestrators-ca.crt'].sort());
            expect(model.services[agent]?.environment?.TROUPE_AGENT_TLS_CLIENT_CA).toBe('/run/secrets/orchestrators-ca.crt');
        }
        const orchestrator = model.services['orchestrator-1']?.environment ?? {};
        expect(orchestrator).toMatchObject({ TROUPE_TLS_CERT: '/run/secrets/orchestrator-api.crt', TROUPE_AGENT_CA: '/run/secrets/ca.crt', TROUPE_AUTH_TOKENS_FILE: '/run/secrets/api-tokens.jsonl' });
    });
    it("turns on every agent's own metrics endpoint on one port, for Prometheus's troupe-agent job, published on no host port", () => {
        for (const agent of AGENTS) {
            const s = model.services[agent];
            expect(s?.environment?.TROUPE_AGENT_METRICS_PORT, agent).toBe('7701');
            // HTTPS follows the agent certificate: nothing turns it off, nothing needs TROUPE_INSECURE.
            expect(s?.environment?.TROUPE_AGENT_METRICS_TLS, agent).toBeUndefined();
            expect(s?.environment?.TROUPE_INSECURE, agent).toBeUndefined();
            expect(s?.ports ?? [], agent).toEqual([]);
        }
    });
    it('exports every Troupe process\'s spans to Jaeger, and links the web page to the Jaeger UI the host publishes (and reads traces from it inside the network)', () => {
        for (const name of TROUPE)
            expect(model.services[name]?.environment?.OTEL_EXPORTER_OTLP_ENDPOINT, name).toBe('http://jaeger:4318');
        const published = (model.services.jaeger?.ports ?? []).find((p) => p.target === 16686);
        expect(published).toMatchObject({ host_ip: '127.0.0.1', published: '16686' });
        for (const name of ['orchestrator-1', 'orchestrator-2']) {
            expect(model.services[name]?.environment?.TROUPE_JAEGER_UI_URL, name).toBe(`http://${published?.host_ip}:${published?.published}`);
            // Traces for the console's waterfall are read server-side, inside the network.
            expect(model.services[name]?.environment?.TROUPE_JAEGER_QUERY_URL, name).toBe('http://jaeger:16686');
        }
    });
    it('wires Prometheus, Alertmanager and Grafana to the files of deploy/', () => {
        const mounts = (name) => (model.services[name]?.volumes ?? []).filter((v) => v.type === 'bind').map((v) => [v.source.replace(`${ROOT}/`, ''), v.target]);
        expect(mounts('prometheus')).toEqual([
            ['deploy/prometheus/prometheus.yml', '/etc/prometheus/prometheus.yml'],
            ['deploy/prometheus/rules.yml', '/etc/prometheus/rules.yml'],
        ]);
        expect(mounts('alertmanager')).toEqual([['deploy/alertmanager/alertmanager.yml', '/etc/alertmanager/alertmanager.yml']]);
        expect(mounts('grafana')).toEqual([
            ['deploy/grafana/provisioning', '/etc/grafana/provisioning'],
            ['deploy/grafana/dashboards', '/var/lib/grafana/dashboards/troupe'],
        ]);
        expect(existsSync(join(ROOT, 'deploy/grafana/provisioning/datasources/troupe.yaml'))).toBe(true);
    });
});
describe('deploy/compose/nats/cluster.conf', () => {
    it('is accepted by nats-server 2.15 with the generated certificates and passwords', async () => {
        const dir = join(work, 'nats');
        mkdirSync(dir, { recursive: true });
        const conf = readFileSync(join(ROOT, 'deploy/compose/nats/cluster.conf'), 'utf8')
            .replaceAll('/run/secrets/nats.', `${secrets}/nats-1.`)
            .replaceAll('/run/secrets/', `${secrets}/`)
            .replace('/data/jetstream', join(dir, 'js'));
        writeFileSync(join(dir, 'cluster.conf'), conf);
        writeFileSync(join(dir, 'troupe-permissions.conf'), readFileSync(join(ROOT, 'deploy/nats/troupe-permissions.conf')));
        const env = { PATH: process.env.PATH ?? '', NATS_SERVER_NAME: 'nats-1' };
        for (const line of readFileSync(join(secrets, 'nats.env'), 'utf8').trim().split('\n')) {
            const [key = '', ...value] = line.split('=');
            env[key] = value.join('=');
        }
        const { stdout, stderr } = await run(toolPath('nats-server'), ['-c', join(dir, 'cluster.conf'), '-t'], { env });
        expect(`${stdout}${stderr}`).toContain('is valid');
    });
});
/**
 * The compose services' own environment, run as local processes against a real nats-server with
 * the generated certificates and the per-role users: /run/secrets paths point into the generated
 * folder, host names become loopback, and the single test node takes R1.
 */
describe('compose.yaml environment with real Troupe processes', () => {
    let nats;
    const procs = [];
    let natsUrl;
    let address;
    const localEnv = (service, overrides) => {
        const s = model.services[service];
        if (!s)
            throw new Error(`no service ${service}`);
        const files = new Map((s.secrets ?? []).map((x) => [mountPath(x), model.secrets[x.source]?.file ?? '']));
        const env = {};
        for (const [k, v] of Object.entries(s.environment ?? {}))
            env[k] = files.get(v) ?? v;
        delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
        delete env.TROUPE_AGENT_ADVERTISE;
        return { ...env, NATS_URL: natsUrl, TROUPE_LOG_LEVEL: 'warn', ...overrides };
    };
    const cli = (args, token) => spawnTroupe(args, { TROUPE_TLS_CA: join(secrets, 'ca.crt'), ...(token ? { TROUPE_TOKEN_FILE: join(secrets, `${token}.token`) } : {}) });
    beforeAll(async () => {
        const password = (role) => readFileSync(join(secrets, `nats-${role}.password`), 'utf8');
        nats = await startNatsServer({
            binary: toolPath('nats-server'),
            config: [
                `tls { cert_file: "${secrets}/nats-1.crt", key_file: "${secrets}/nats-1.key", ca_file: "${secrets}/ca.crt" }`,
                readFileSync(join(ROOT, 'deploy/nats/troupe-permissions.conf'), 'utf8'),
                'authorization { users = [',
                `  { user: orchestrator, password: "${password('orchestrator')}", permissions: $TROUPE_ORCHESTRATOR }`,
                `  { user: agent, password: "${password('agent')}", permissions: $TROUPE_AGENT }`,
                `  { user: observer, password: "${password('observer')}", permissions: $TROUPE_OBSERVER }`,
                '] }',
            ].join('\n'),
            probe: { user: 'orchestrator', pass: password('orchestrator'), tls: { caFile: join(secrets, 'ca.crt') } },
        });
        natsUrl = `tls://localhost:${nats.port}`;
    });
    afterAll(async () => {
        for (const p of procs)
            p.kill('SIGKILL');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    it('admits an agent by its certificate over mTLS, and the CLI sees it with a token (not without)', async () => {
        const orchestrator = spawnTroupe(['orchestrator'], localEnv('orchestrator-1', { TROUPE_STORE_REPLICAS: '1', TROUPE_GRPC_HOST: '127.0.0.1', TROUPE_GRPC_PORT: '0', TROUPE_HTTP_PORT: '-1', TROUPE_DISCOVERY_WAIT_MS: '200' }));
        procs.push(orchestrator);
        address = await orchestratorAddress(orchestrator);
        const agent = await spawnAgent('snippet-craft', natsUrl, localEnv('snippet-craft', { TROUPE_AGENT_HOST: '127.0.0.1', TROUPE_AGENT_PORT: '0', TROUPE_AGENT_METRICS_PORT: '0' }));
        procs.push(agent);
        const watch = cli(['--orchestrator', address, 'agents', '--watch', '--json'], 'viewer');
        procs.push(watch);
        await watch.waitForLine(new RegExp(`"instanceId":"${agent.instanceId}"[^\\n]*"state":"active"`), 30_000);
        const anonymous = cli(['--orchestrator', address, 'agents'], undefined);
        expect(await anonymous.exited).not.toBe(0);
        expect(anonymous.output()).toMatch(/UNAUTHENTICATED|token/i);
        // Its metrics endpoint serves HTTPS that Prometheus's troupe-agent job accepts: the dev CA
        // (ca_file) and the name it dials, the compose service name (no server_name in the job).
        const [, url] = await agent.waitForLine(/metrics at (https:\/\/\S+)/);
        const scrape = await new Promise((resolve, reject) => {
            const req = httpsRequest(url ?? '', { ca: readFileSync(join(secrets, 'ca.crt')), servername: 'snippet-craft', agent: false }, (res) => {
                let body = '';
                res.setEncoding('utf8');
                res.on('data', (chunk) => (body += chunk));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            });
            req.on('error', reject);
            req.end();
        });
        expect(scrape.status).toBe(200);
        expect(scrape.body).toMatch(/^troupe_agent_tasks_total\{troupe_agent_name="snippet-craft",troupe_capability="snippet\.craft",outcome="ok"[^}]*\} 0$/m);
    });
    it("refuses an agent that presents another agent's certificate (wrong_identity)", async () => {
        // Watch first (its snapshot lists the admitted agent), so the refusal arrives as a change.
        const watch = cli(['--orchestrator', address, 'agents', '--watch', '--json'], 'admin');
        procs.push(watch);
        await watch.waitForLine(/"state":"active"/, 15_000);
        const impostor = await spawnAgent('ui-composer', natsUrl, {
            ...localEnv('ui-composer', { TROUPE_AGENT_HOST: '127.0.0.1', TROUPE_AGENT_PORT: '0', TROUPE_AGENT_METRICS_PORT: '0' }),
            TROUPE_AGENT_TLS_CERT: join(secrets, 'agent-snippet-craft.crt'),
            TROUPE_AGENT_TLS_KEY: join(secrets, 'agent-snippet-craft.key'),
        });
        procs.push(impostor);
        await watch.waitForLine(new RegExp(`"instanceId":"${impostor.instanceId}"[^\\n]*"state":"refused"`), 30_000);
        expect(watch.output()).toContain('wrong_identity');
    });
});
//# sourceMappingURL=deploy-compose.int.test.js.map
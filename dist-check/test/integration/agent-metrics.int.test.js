/**
 * An agent's own metrics endpoint (`--metrics-port`, TROUPE_AGENT_METRICS_PORT): a real
 * `troupe agent` process behind a real orchestrator and nats-server serves its series from
 * start-up at 0, counts a task routed to it, answers the probes and refuses what it does not
 * serve, turns /readyz to 503 for the whole drain and closes with the process; an agent with
 * a certificate serves the endpoint over HTTPS with it, follows its rotation and answers a
 * plaintext request with a readable 400.
 */
import { rename, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, startAgent } from '../../src/sdk/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { issueCert, makeCa, makeTempDir, removeDir, sameSerial, writePem } from '../helpers/certs.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
/** One request on a fresh connection (no keep-alive), so each sees what the server serves now. */
function request(url, options = {}) {
    return new Promise((resolve, reject) => {
        const secure = url.startsWith('https:');
        const req = (secure ? httpsRequest : httpRequest)(url, { method: options.method ?? 'GET', agent: false, ...(secure && options.ca ? { ca: options.ca } : {}) }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ...(res.socket instanceof TLSSocket ? { serial: res.socket.getPeerCertificate().serialNumber } : {}) }));
        });
        req.on('error', reject);
        req.end();
    });
}
/** The value of the one sample of `series` (name and the labels given, in exposition order) in a scrape. */
function sample(text, name, labels) {
    const escaped = `${name}{${labels}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`^${escaped}[^}]*\\} (\\S+)$`, 'm').exec(text);
    return match ? Number(match[1]) : undefined;
}
describe('troupe agent --metrics-port against a real orchestrator', () => {
    let nats;
    let orchestrator;
    let agent;
    let client;
    let base;
    let instanceId;
    beforeAll(async () => {
        nats = await startNatsServer();
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], { TROUPE_HEARTBEAT_MS: '200', TROUPE_DURABLE: 'false' });
        const address = (await orchestrator.waitForLine(/orchestrator listening on (\S+)/, 20_000))[1] ?? '';
        client = createOrchestratorClient(address);
        agent = spawnTroupe(['agent', 'echo', '--nats', nats.url, '--metrics-port', '0'], { TROUPE_HEARTBEAT_MS: '200' });
        const ready = await agent.waitForLine(/agent echo \((\S+)\) listening on \S+\n[^]*?agent echo \(\1\) metrics at (http:\/\/\S+)\/metrics/, 20_000);
        instanceId = ready[1] ?? '';
        base = ready[2] ?? '';
        await waitFor(async () => (await client.listAgents()).some((a) => a.instanceId === instanceId && a.state === 'active'), { timeoutMs: 10_000, what: 'the agent to be active' });
    }, 60_000);
    afterAll(async () => {
        client?.close();
        for (const p of [agent, orchestrator])
            p?.kill('SIGTERM');
        await Promise.all([agent?.exited, orchestrator?.exited]);
        await nats?.stop();
    });
    it('prints the endpoint on a line of its own, after the unchanged listening line', () => {
        expect(agent.stderrText()).toMatch(new RegExp(`^agent echo \\(${instanceId}\\) listening on 127\\.0\\.0\\.1:\\d+\\nagent echo \\(${instanceId}\\) metrics at http://127\\.0\\.0\\.1:\\d+/metrics\\n`, 'm'));
    });
    it('serves its series from start-up at 0, then counts a task the orchestrator routed to it', async () => {
        const before = await request(`${base}/metrics`);
        expect(before.status).toBe(200);
        expect(before.headers['content-type']).toMatch(/^text\/plain/);
        expect(sample(before.body, 'troupe_agent_tasks_total', 'troupe_agent_name="echo",troupe_capability="echo.say",outcome="ok"')).toBe(0);
        expect(sample(before.body, 'troupe_agent_tasks_total', 'troupe_agent_name="echo",troupe_capability="echo.stream",outcome="ok"')).toBe(0);
        expect(sample(before.body, 'troupe_agent_tasks_in_flight', 'troupe_agent_name="echo"')).toBe(0);
        expect(sample(before.body, 'troupe_agent_refused_total', 'troupe_agent_name="echo",reason="draining"')).toBe(0);
        const { output, agentInstanceId } = await client.submitTask({ capability: 'echo.say', input: { hello: 'metrics' } });
        expect(output).toEqual({ hello: 'metrics' });
        expect(agentInstanceId).toBe(instanceId);
        const after = (await request(`${base}/metrics`)).body;
        expect(sample(after, 'troupe_agent_tasks_total', 'troupe_agent_name="echo",troupe_capability="echo.say",outcome="ok"')).toBe(1);
        expect(sample(after, 'troupe_agent_task_duration_seconds_count', 'troupe_agent_name="echo",troupe_capability="echo.say",outcome="ok"')).toBe(1);
        expect(after).toMatch(/^rpc_server_duration_seconds_count\{[^}]*rpc_service="troupe\.v1\.AgentService",rpc_method="Execute",rpc_grpc_status_code="0"[^}]*\} 1$/m);
    });
    it('answers the probes, 404 for any other path and 405 with Allow for another method', async () => {
        expect(await request(`${base}/healthz`)).toMatchObject({ status: 200, body: 'ok\n' });
        const ready = await request(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect(JSON.parse(ready.body)).toEqual({ ready: true, draining: false, in_flight: 0 });
        expect(await request(`${base}/nope`)).toMatchObject({ status: 404, body: 'not found: try /metrics, /healthz, /readyz\n' });
        expect((await request(`${base}/api/runs`)).status).toBe(404);
        const post = await request(`${base}/metrics`, { method: 'POST' });
        expect(post).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
        const head = await request(`${base}/metrics`, { method: 'HEAD' });
        expect(head.status).toBe(200);
        expect(head.body).toBe('');
        expect(Number(head.headers['content-length'])).toBeGreaterThan(100);
    });
    it('answers /readyz 503 for the whole drain, with the task in flight, and closes with the process', async () => {
        const stop = new AbortController();
        const stream = (async () => {
            let chunks = 0;
            try {
                for await (const event of client.streamTask({ capability: 'echo.stream', input: { count: 10_000, chunkBytes: 8, delayMs: 20 } }, { signal: stop.signal }))
                    if (event.type === 'chunk')
                        chunks++;
            }
            catch {
                // Cancelled below: the drain then has nothing left to wait for.
            }
            return chunks;
        })();
        await waitFor(async () => sample((await request(`${base}/metrics`)).body, 'troupe_agent_tasks_in_flight', 'troupe_agent_name="echo"') === 1, { timeoutMs: 10_000, what: 'the stream to be in flight', intervalMs: 50 });
        agent.kill('SIGTERM');
        const draining = await waitFor(async () => {
            const answer = await request(`${base}/readyz`);
            return answer.status === 503 ? answer : undefined;
        }, { timeoutMs: 10_000, what: '/readyz to answer 503', intervalMs: 20 });
        expect(JSON.parse(draining.body)).toEqual({ ready: false, draining: true, in_flight: 1 });
        // Still draining while the task runs: liveness holds, and the task is still counted as in flight.
        expect((await request(`${base}/healthz`)).status).toBe(200);
        expect((await request(`${base}/readyz`)).status).toBe(503);
        expect(sample((await request(`${base}/metrics`)).body, 'troupe_agent_tasks_in_flight', 'troupe_agent_name="echo"')).toBe(1);
        stop.abort();
        expect(await stream).toBeGreaterThan(0);
        expect(await agent.exited).toBe(0);
        await expect(request(`${base}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    });
});
describe('an agent with a certificate serves its metrics endpoint over HTTPS', () => {
    let dir;
    let ca;
    let files;
    let telemetry;
    let handle;
    const serverCert = () => issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' });
    beforeAll(async () => {
        dir = await makeTempDir();
        ca = await makeCa();
        files = await writePem(dir, 'echo', await serverCert());
        telemetry = await startTelemetry({ serviceName: 'agent-metrics-tls', env: {}, prometheus: true });
        const echo = defineAgent({ name: 'echo', version: '1.0.0', capabilities: [{ name: 'echo.say' }], handlers: { 'echo.say': (input) => input } });
        handle = await startAgent(echo, { logLevel: 'silent', tls: { cert: files.cert, key: files.key }, metricsPort: 0, metricsHandler: telemetry.metricsHandler, drainTimeoutMs: 2000 });
    });
    afterAll(async () => {
        await handle?.drain();
        await telemetry?.shutdown();
        if (dir)
            await removeDir(dir);
    });
    it('uses HTTPS by default, with the agent certificate, and says https:// to a plaintext request', async () => {
        expect(handle.metricsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/metrics$/);
        const metrics = await request(handle.metricsUrl ?? '', { ca: ca.certPem });
        expect(metrics.status).toBe(200);
        expect(sample(metrics.body, 'troupe_agent_tasks_total', 'troupe_agent_name="echo",troupe_capability="echo.say",outcome="ok"')).toBe(0);
        await expect(request(handle.metricsUrl ?? '')).rejects.toThrow(/self[- ]signed|unable to verify|unable to get local issuer/i);
        const plain = await request((handle.metricsUrl ?? '').replace('https:', 'http:'));
        expect(plain.status).toBe(400);
        expect(plain.body).toMatch(/this port serves HTTPS: use https:\/\/ \(the agent has a TLS certificate, TROUPE_AGENT_TLS_CERT; TROUPE_AGENT_METRICS_TLS=false turns HTTPS off\)/);
    });
    it('serves a rotated certificate to new connections without a restart', async () => {
        const url = (handle.metricsUrl ?? '').replace('/metrics', '/healthz');
        const before = await request(url, { ca: ca.certPem });
        const next = await serverCert();
        await writeFile(`${files.key}.new`, next.keyPem);
        await writeFile(`${files.cert}.new`, next.certPem);
        await rename(`${files.key}.new`, files.key);
        await rename(`${files.cert}.new`, files.cert);
        await waitFor(async () => sameSerial((await request(url, { ca: ca.certPem })).serial ?? '', next.serial), { timeoutMs: 8000, what: 'the metrics endpoint to serve the new certificate' });
        expect(sameSerial(before.serial ?? '', next.serial)).toBe(false);
    });
});
//# sourceMappingURL=agent-metrics.int.test.js.map
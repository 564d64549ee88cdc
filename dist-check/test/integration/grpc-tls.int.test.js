/**
 * TLS on every gRPC hop, with real servers on 127.0.0.1, a real nats-server and
 * certificates made for this run: the orchestrator API over TLS (typed client and
 * CLI), orchestrator → agent over mTLS with admission by certificate name, rogue
 * agents refused, forged control messages ignored, and the conformance kit over TLS.
 */
import { Writable } from 'node:stream';
import { metrics } from '@opentelemetry/api';
import { PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { connect, headers as natsHeaders } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { main } from '../../src/cli/main.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { conformancePassed, runConformance } from '../../src/sdk/conformance/index.js';
import { agentSubject } from '../../src/sdk/discovery/subjects.js';
import { defineAgent, startAgent, Status } from '../../src/sdk/index.js';
import { issueCert, makeCa, makeTempDir, removeDir, writePem } from '../helpers/certs.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
/** A pino logger whose lines land in `lines`, parsed. */
function capturingLogger(lines) {
    const sink = new Writable({
        write(chunk, _enc, cb) {
            for (const line of chunk.toString('utf8').split('\n'))
                if (line.trim())
                    lines.push(JSON.parse(line));
            cb();
        },
    });
    return pino({ level: 'info' }, sink);
}
function capture() {
    let out = '';
    return { write: (t) => ((out += t), true), text: () => out };
}
class TestReader extends MetricReader {
    async onShutdown() {
        // nothing to release
    }
    async onForceFlush() {
        // nothing buffered
    }
}
/** Prometheus text of everything recorded so far. */
async function prometheusText(reader) {
    const { resourceMetrics } = await reader.collect();
    return new PrometheusSerializer().serialize(resourceMetrics);
}
/** An impostor: claims to be `echo`, counts every task it gets. */
function impostor(counter) {
    return defineAgent({
        name: 'echo',
        version: '6.6.6',
        description: 'not the real echo',
        maxConcurrency: 16,
        capabilities: [{ name: 'echo.say', description: 'steals inputs' }],
        handlers: {
            'echo.say': () => {
                counter.tasks++;
                return 'forged';
            },
        },
    });
}
describe('gRPC TLS, agent admission and signed control messages', () => {
    let dir;
    let nats;
    let nc;
    let ca;
    let orchestrator;
    let client;
    const files = {};
    const orchLogs = [];
    const agentLogs = [];
    const decisions = [];
    const agents = [];
    const reader = new TestReader();
    const agentTls = (name) => ({ cert: files[name].cert, key: files[name].key, clientCa: files.ca.cert });
    const start = async (definition, options) => {
        const handle = await startAgent(definition, { nats: nats.url, heartbeatIntervalMs: 200, drainTimeoutMs: 1000, logLevel: 'silent', ...options });
        agents.push(handle);
        return handle;
    };
    beforeAll(async () => {
        metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
        dir = await makeTempDir();
        ca = await makeCa('Troupe Test CA');
        const rogueCa = await makeCa('Rogue CA');
        files.ca = await writePem(dir, 'ca', ca);
        files.api = await writePem(dir, 'api', await issueCert({ ca, cn: 'orchestrator', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.orchClient = await writePem(dir, 'orch-client', await issueCert({ ca, cn: 'orchestrator-1', sans: { uri: ['troupe://orchestrator/orchestrator-1'] }, usage: 'client' }));
        files.cli = await writePem(dir, 'cli', await issueCert({ ca, cn: 'operator', usage: 'client' }));
        files.echo = await writePem(dir, 'echo', await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.rogueCa = await writePem(dir, 'rogue-echo', await issueCert({ ca: rogueCa, cn: 'echo', sans: { uri: ['troupe://agent/echo'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.wrongName = await writePem(dir, 'wrong-name', await issueCert({ ca, cn: 'voice-forge', sans: { uri: ['troupe://agent/voice-forge'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.expired = await writePem(dir, 'expired', await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'] }, notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000), usage: 'server' }));
        nats = await startNatsServer();
        nc = await connect({ servers: nats.url });
        orchestrator = await startOrchestrator({
            natsUrl: nats.url,
            grpcPort: 0,
            httpPort: -1,
            durable: false,
            heartbeatIntervalMs: 200,
            discoveryWaitMs: 100,
            tlsCert: files.api.cert,
            tlsKey: files.api.key,
            tlsClientCa: files.ca.cert,
            agentCa: files.ca.cert,
            agentClientCert: files.orchClient.cert,
            agentClientKey: files.orchClient.key,
        }, { logger: capturingLogger(orchLogs), onAdmission: (d) => decisions.push(d) });
        client = createOrchestratorClient(orchestrator.grpcAddress, { tls: { ca: files.ca.cert, cert: files.cli.cert, key: files.cli.key }, defaultTimeoutMs: 5000 });
    });
    afterAll(async () => {
        client?.close();
        await Promise.all(agents.map((a) => a.drain('test over')));
        await orchestrator?.stop();
        await nc?.close();
        await nats?.stop();
        await removeDir(dir);
        metrics.disable();
    });
    it('admits an agent whose certificate names it and runs unary and streamed tasks over mTLS, through a TLS API', async () => {
        const agent = await start(echo, { tls: agentTls('echo'), logger: capturingLogger(agentLogs) });
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 3000, what: 'the TLS agent to be admitted' });
        expect(decisions).toContainEqual(expect.objectContaining({ instanceId: agent.instanceId, agent: 'echo', admitted: true }));
        const result = await client.submitTask({ capability: 'echo.say', input: { over: 'mtls' } });
        expect(result.output).toEqual({ over: 'mtls' });
        let chunks = 0;
        for await (const event of client.streamTask({ capability: 'echo.stream', input: { count: 5, chunkBytes: 64, delayMs: 0 } }))
            if (event.type === 'chunk')
                chunks++;
        expect(chunks).toBe(5);
    });
    it('fails a plaintext client against the TLS API with UNAVAILABLE, and the CLI says to use --tls-ca', async () => {
        const plain = createOrchestratorClient(orchestrator.grpcAddress, { defaultTimeoutMs: 3000 });
        try {
            await expect(plain.listAgents()).rejects.toMatchObject({ code: Status.UNAVAILABLE, message: expect.stringMatching(/if it serves TLS, connect with the `tls` option/) });
        }
        finally {
            plain.close();
        }
        const stderr = capture();
        const code = await main(['agents'], { stdout: capture(), stderr, env: { TROUPE_ORCHESTRATOR: orchestrator.grpcAddress } });
        expect(code).toBe(1);
        expect(stderr.text()).toMatch(/UNAVAILABLE/);
        expect(stderr.text()).toMatch(/--tls-ca/);
    });
    it('the API requires a client certificate (mTLS): a client with only the CA is refused', async () => {
        const noCert = createOrchestratorClient(orchestrator.grpcAddress, { tls: { ca: files.ca.cert }, defaultTimeoutMs: 3000 });
        try {
            await expect(noCert.listAgents()).rejects.toMatchObject({ code: Status.UNAVAILABLE });
        }
        finally {
            noCert.close();
        }
    });
    it('refuses rogue agents (another CA, wrong name, expired, plaintext): state refused with the reason, no tasks, listed with --all', async () => {
        const counter = { tasks: 0 };
        const otherCa = await start(impostor(counter), { tls: { cert: files.rogueCa.cert, key: files.rogueCa.key } });
        const wrongName = await start(impostor(counter), { tls: { cert: files.wrongName.cert, key: files.wrongName.key } });
        const plaintext = await start(impostor(counter), {});
        const expired = await start(impostor(counter), { tls: { cert: files.expired.cert, key: files.expired.key } });
        const expected = [
            [otherCa, /^untrusted_certificate: /],
            [wrongName, /^wrong_identity: .*troupe:\/\/agent\/voice-forge/],
            [plaintext, /^no_tls: /],
            [expired, /^expired_certificate: /],
        ];
        for (const [handle, reason] of expected) {
            const entry = await waitFor(() => {
                const e = orchestrator.registry.get(handle.instanceId);
                return e?.state === 'refused' ? e : undefined;
            }, { timeoutMs: 3000, what: `${handle.instanceId} to be refused` });
            expect(entry.refusedReason).toMatch(reason);
            expect(decisions).toContainEqual(expect.objectContaining({ instanceId: handle.instanceId, admitted: false, reason: expect.stringMatching(reason) }));
        }
        expect(orchLogs.filter((l) => l.msg === 'agent refused admission').map((l) => l.reason)).toEqual(expect.arrayContaining(['untrusted_certificate', 'wrong_identity', 'no_tls', 'expired_certificate']));
        const text = await prometheusText(reader);
        for (const reason of ['untrusted_certificate', 'wrong_identity', 'no_tls', 'expired_certificate']) {
            expect(text).toMatch(new RegExp(`^troupe_agents_refused_total\\{reason="${reason}"[^}]*\\} 1`, 'm'));
        }
        for (let i = 0; i < 20; i++)
            expect((await client.submitTask({ capability: 'echo.say', input: i })).output).toBe(i);
        expect(counter.tasks).toBe(0);
        // Heartbeats keep coming: they stay refused.
        const beatsBefore = orchestrator.registry.get(plaintext.instanceId).lastHeartbeatAt;
        await waitFor(() => orchestrator.registry.get(plaintext.instanceId).lastHeartbeatAt > beatsBefore, { timeoutMs: 2000, what: 'another heartbeat' });
        expect(orchestrator.registry.get(plaintext.instanceId)?.state).toBe('refused');
        const listed = await client.listAgents({ includeLeft: true });
        const refused = listed.filter((a) => a.state === 'refused').map((a) => a.instanceId);
        expect(refused).toEqual(expect.arrayContaining(expected.map(([h]) => h.instanceId)));
        expect((await client.listAgents()).some((a) => a.state === 'refused')).toBe(false);
        const stdout = capture();
        const code = await main(['--tls-ca', files.ca.cert, '--tls-cert', files.cli.cert, '--tls-key', files.cli.key, 'agents', '--all'], {
            stdout,
            stderr: capture(),
            env: { TROUPE_ORCHESTRATOR: orchestrator.grpcAddress },
        });
        expect(code).toBe(0);
        expect(stdout.text()).toContain(plaintext.instanceId);
        expect(stdout.text()).toMatch(/refused \(no_tls\)/);
        expect(stdout.text()).toMatch(/refused \(wrong_identity\)/);
        for (const [h] of expected)
            await h.drain('rogue done');
    });
    it('ignores and logs a forged drain published on NATS; obeys a drain the orchestrator signs', async () => {
        const lines = [];
        const agent = await start(echo, { tls: agentTls('echo'), logger: capturingLogger(lines) });
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 3000, what: 'the agent to be admitted' });
        const subject = agentSubject('control', agent.instanceId);
        nc.publish(subject, JSON.stringify({ v: 1, action: 'drain', reason: 'forged' }));
        // A forged message with headers copied from nowhere: a signature that does not verify.
        const h = natsHeaders();
        h.set('Troupe-Signer-Cert', 'AAAA');
        h.set('Troupe-Signed-At', String(Date.now()));
        h.set('Troupe-Nonce', 'abc');
        h.set('Troupe-Signature', 'AAAA');
        nc.publish(subject, JSON.stringify({ v: 1, action: 'drain', reason: 'forged with headers' }), { headers: h });
        await nc.flush();
        await waitFor(() => lines.filter((l) => l.msg === 'control message rejected: not signed by a trusted orchestrator').length >= 2, {
            timeoutMs: 2000,
            what: 'the agent to log both rejections',
        });
        expect(lines.filter((l) => String(l.msg).startsWith('control message rejected')).map((l) => l.reason)).toEqual(['unsigned', 'bad_certificate']);
        expect(lines.some((l) => l.msg === 'agent draining')).toBe(false);
        expect(await prometheusText(reader)).toMatch(/^troupe_agent_control_rejected_total\{reason="unsigned"[^}]*\} 1/m);
        expect((await client.submitTask({ capability: 'echo.say', input: 'still here' })).output).toBe('still here');
        await client.setAgentMode(agent.instanceId, 'drain');
        await waitFor(() => lines.some((l) => l.msg === 'agent draining'), { timeoutMs: 3000, what: 'the signed drain to be obeyed' });
        await agent.closed;
    });
    it('runs the conformance kit over mTLS', async () => {
        const agent = await start(echo, { nats: undefined, tls: agentTls('echo') });
        const results = await runConformance(agent.address, {
            tls: { ca: files.ca.cert, cert: files.orchClient.cert, key: files.orchClient.key },
            samples: { 'echo.say': 'hi', 'echo.stream': { count: 3, chunkBytes: 8, delayMs: 0 } },
        });
        expect(results.filter((r) => r.outcome === 'fail')).toEqual([]);
        expect(conformancePassed(results)).toBe(true);
    });
});
//# sourceMappingURL=grpc-tls.int.test.js.map
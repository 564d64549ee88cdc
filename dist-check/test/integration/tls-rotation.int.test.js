/**
 * Certificate rotation and the safe-default rule, against a real orchestrator and
 * agent on real sockets: new connections see a rotated certificate while a loop of
 * calls on an open connection keeps succeeding; a broken new file keeps the old
 * certificate; non-loopback listeners without TLS and authentication refuse to start
 * unless `insecure`, which warns once.
 */
import { rename, writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { ExposureError } from '../../src/sdk/security/exposure.js';
import { issueCert, makeCa, makeTempDir, removeDir, sameSerial, writePem } from '../helpers/certs.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
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
/** The serial of the certificate a fresh TLS connection to `address` is served. */
function servedSerial(address, ca) {
    const colon = address.lastIndexOf(':');
    return new Promise((resolve, reject) => {
        const socket = tlsConnect({ host: address.slice(0, colon), port: Number(address.slice(colon + 1)), ca, servername: 'localhost', ALPNProtocols: ['h2'] }, () => {
            const serial = socket.getPeerCertificate().serialNumber;
            socket.end();
            resolve(serial);
        });
        socket.once('error', reject);
    });
}
describe('TLS certificate rotation', () => {
    let dir;
    let nats;
    let ca;
    let orchestrator;
    const logs = [];
    let files;
    let caFile;
    beforeAll(async () => {
        dir = await makeTempDir();
        ca = await makeCa();
        caFile = (await writePem(dir, 'ca', ca)).cert;
        files = await writePem(dir, 'api', await issueCert({ ca, cn: 'orchestrator', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' }));
        nats = await startNatsServer({ jetstream: false });
        orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, durable: false, discoveryWaitMs: 0, tlsCert: files.cert, tlsKey: files.key }, { logger: capturingLogger(logs) });
    });
    afterAll(async () => {
        await orchestrator?.stop();
        await nats?.stop();
        await removeDir(dir);
    });
    it('serves the new certificate to new connections while calls in flight keep succeeding; a broken file keeps the old one', async () => {
        const pem = ca.certPem;
        const first = await servedSerial(orchestrator.grpcAddress, pem);
        const client = createOrchestratorClient(orchestrator.grpcAddress, { tls: { ca: caFile, serverName: 'localhost' }, defaultTimeoutMs: 5000 });
        let calls = 0;
        let failures = [];
        let running = true;
        const loop = (async () => {
            while (running) {
                try {
                    await client.listAgents();
                    calls++;
                }
                catch (err) {
                    failures.push(err);
                }
            }
        })();
        try {
            await waitFor(() => calls >= 5, { timeoutMs: 5000, what: 'the call loop to get going' });
            // Rotate the way cert-manager does: new files written beside, then renamed over the old ones.
            const next = await issueCert({ ca, cn: 'orchestrator', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' });
            await writeFile(`${files.key}.new`, next.keyPem);
            await writeFile(`${files.cert}.new`, next.certPem);
            await rename(`${files.key}.new`, files.key);
            await rename(`${files.cert}.new`, files.cert);
            await waitFor(async () => sameSerial(await servedSerial(orchestrator.grpcAddress, pem), next.serial), { timeoutMs: 5000, what: 'new connections to get the new certificate' });
            expect(sameSerial(first, next.serial)).toBe(false);
            expect(logs.some((l) => l.msg === 'TLS certificate reloaded' && sameSerial(String(l.serial), next.serial))).toBe(true);
            // A new client (new connection) works against the new certificate.
            const fresh = createOrchestratorClient(orchestrator.grpcAddress, { tls: { ca: caFile, serverName: 'localhost' }, defaultTimeoutMs: 5000 });
            await expect(fresh.listAgents()).resolves.toEqual([]);
            fresh.close();
            // A half-written certificate: logged, ignored, the previous one stays.
            await writeFile(files.cert, '-----BEGIN CERTIFICATE-----\nnot a certificate\n');
            await waitFor(() => logs.some((l) => l.msg === 'TLS files changed but cannot be used; keeping the previous certificate'), { timeoutMs: 5000, what: 'the reload error' });
            expect(sameSerial(await servedSerial(orchestrator.grpcAddress, pem), next.serial)).toBe(true);
            const callsBefore = calls;
            await waitFor(() => calls >= callsBefore + 5, { timeoutMs: 5000, what: 'more calls after the broken file' });
        }
        finally {
            running = false;
            await loop;
            client.close();
        }
        expect(failures).toEqual([]);
        failures = [];
    });
});
describe('safe defaults', () => {
    let nats;
    beforeAll(async () => {
        nats = await startNatsServer({ jetstream: false });
    });
    afterAll(async () => {
        await nats?.stop();
    });
    it('an orchestrator on 0.0.0.0 without TLS and authentication refuses to start', async () => {
        await expect(startOrchestrator({ natsUrl: nats.url, grpcHost: '0.0.0.0', grpcPort: 0, httpPort: -1, durable: false, logLevel: 'silent' })).rejects.toThrow(ExposureError);
        await expect(startOrchestrator({ natsUrl: nats.url, grpcHost: '127.0.0.1', httpHost: '0.0.0.0', grpcPort: 0, httpPort: 0, durable: false, logLevel: 'silent' })).rejects.toThrow(/HTTP endpoint would listen on 0.0.0.0/);
    });
    it('with insecure it starts and warns once', async () => {
        const lines = [];
        const orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcHost: '0.0.0.0', grpcPort: 0, httpPort: -1, durable: false, discoveryWaitMs: 0, insecure: true }, { logger: capturingLogger(lines) });
        try {
            expect(lines.filter((l) => String(l.msg).startsWith('INSECURE'))).toHaveLength(1);
        }
        finally {
            await orchestrator.stop();
        }
    });
    it('an agent on 0.0.0.0 needs TLS with client certificates, or insecure', async () => {
        await expect(startAgent(echo, { host: '0.0.0.0', logLevel: 'silent' })).rejects.toThrow(/agent echo would listen on 0.0.0.0 without TLS and authentication/);
        const lines = [];
        const agent = await startAgent(echo, { host: '0.0.0.0', insecure: true, logger: capturingLogger(lines) });
        try {
            expect(lines.filter((l) => String(l.msg).startsWith('INSECURE'))).toHaveLength(1);
        }
        finally {
            await agent.drain('test over');
        }
    });
    it('loopback stays exactly as before: no TLS, no flag, no warning', async () => {
        const lines = [];
        const agent = await startAgent(echo, { logger: capturingLogger(lines) });
        await agent.drain('test over');
        expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    });
});
describe('security settings in the troupe processes', () => {
    let dir;
    let nats;
    beforeAll(async () => {
        dir = await makeTempDir();
        nats = await startNatsServer({ jetstream: false });
    });
    afterAll(async () => {
        await nats?.stop();
        await removeDir(dir);
    });
    it('troupe orchestrator and troupe agent refuse a non-loopback bind without TLS (exit 2, saying why); --insecure starts', async () => {
        const orch = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], { TROUPE_GRPC_HOST: '0.0.0.0', TROUPE_DURABLE: 'false' });
        expect(await orch.exited).toBe(2);
        expect(orch.output()).toMatch(/the orchestrator gRPC API would listen on 0\.0\.0\.0 without TLS and authentication/);
        const agent = spawnTroupe(['agent', 'echo', '--nats', nats.url], { TROUPE_AGENT_HOST: '0.0.0.0' });
        expect(await agent.exited).toBe(2);
        expect(agent.output()).toMatch(/agent echo would listen on 0\.0\.0\.0/);
        const ok = spawnTroupe(['agent', 'echo', '--nats', nats.url, '--insecure'], { TROUPE_AGENT_HOST: '0.0.0.0', TROUPE_LOG_LEVEL: 'warn' });
        await ok.waitForLine(/listening on/);
        expect(ok.output().match(/"msg":"INSECURE/g)).toHaveLength(1);
        ok.kill('SIGTERM');
        await ok.exited;
    });
    it('an agent process configured by TROUPE_AGENT_TLS_* is admitted over mTLS and serves a task', async () => {
        const ca = await makeCa();
        const caFile = (await writePem(dir, 'ca', ca)).cert;
        const agentFiles = await writePem(dir, 'echo', await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'] }, usage: 'server' }));
        const orchFiles = await writePem(dir, 'orch', await issueCert({ ca, cn: 'orchestrator', usage: 'client' }));
        const orchestrator = await startOrchestrator({
            natsUrl: nats.url,
            grpcPort: 0,
            httpPort: -1,
            durable: false,
            discoveryWaitMs: 0,
            heartbeatIntervalMs: 200,
            logLevel: 'silent',
            agentCa: caFile,
            agentClientCert: orchFiles.cert,
            agentClientKey: orchFiles.key,
        });
        const agent = await spawnAgent('echo', nats.url, {
            TROUPE_HEARTBEAT_MS: '200',
            TROUPE_AGENT_TLS_CERT: agentFiles.cert,
            TROUPE_AGENT_TLS_KEY: agentFiles.key,
            TROUPE_AGENT_TLS_CLIENT_CA: caFile,
        });
        const client = createOrchestratorClient(orchestrator.grpcAddress, { defaultTimeoutMs: 5000 });
        try {
            await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 5000, what: 'the agent process to be admitted' });
            expect((await client.submitTask({ capability: 'echo.say', input: 'over mTLS' })).output).toBe('over mTLS');
        }
        finally {
            client.close();
            agent.kill('SIGTERM');
            await agent.exited;
            await orchestrator.stop();
        }
    });
});
//# sourceMappingURL=tls-rotation.int.test.js.map
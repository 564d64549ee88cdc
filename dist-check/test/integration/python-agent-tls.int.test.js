/**
 * The Python example agent over mutual TLS: it serves with a certificate naming it
 * (URI SAN `troupe://agent/python-text`) and requires client certificates; the
 * `troupe announce` sidecar reaches it with TLS and a client certificate; an
 * orchestrator with `agentCa` + client certificate admits it and runs tasks on it; the
 * conformance kit (CLI, --tls-* flags) passes over TLS; a Python agent whose certificate
 * names another agent is refused.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT, PYTHON, assertPythonGrpc, spawnPythonAgent } from '../fixtures/python-agent.js';
import { issueCert, makeCa, makeTempDir, removeDir, writePem } from '../helpers/certs.js';
import { startCluster } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { toolPath } from '../helpers/tools.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
const BEAT_MS = 200;
const ANNOUNCED = /announcing python-text \((\S+)\) at (\S+)/;
describe('the Python agent over mTLS, announced by the sidecar over TLS, admitted by certificate', () => {
    let dir;
    let nats;
    let cluster;
    let python;
    const files = {};
    const pythons = [];
    const procs = [];
    /** The Python agent serving mTLS with `server`'s certificate; client certificates must chain to the test CA. */
    async function spawnTlsPython(server, env = {}) {
        const agent = await spawnPythonAgent(20_000, {
            TROUPE_AGENT_TLS_CERT: server.cert,
            TROUPE_AGENT_TLS_KEY: server.key,
            TROUPE_AGENT_TLS_CLIENT_CA: files.ca.cert,
            ...env,
        });
        pythons.push(agent);
        return agent;
    }
    /**
     * `troupe --tls-* announce` for `agent`, with the sidecar's client certificate; like the agent it
     * trusts orchestrators of the test CA only, so it obeys only drain requests they sign.
     */
    function announce(agent) {
        const tls = ['--tls-ca', files.ca.cert, '--tls-cert', files.sidecar.cert, '--tls-key', files.sidecar.key];
        const proc = spawnTroupe([...tls, 'announce', '--grpc', agent.address, '--nats', nats.url, '--heartbeat-ms', String(BEAT_MS), '--drain-grace-ms', '300'], {
            TROUPE_AGENT_TLS_CLIENT_CA: files.ca.cert,
        });
        procs.push(proc);
        return proc;
    }
    beforeAll(async () => {
        assertPythonGrpc();
        dir = await makeTempDir();
        const ca = await makeCa('Troupe Test CA');
        files.ca = await writePem(dir, 'ca', ca);
        const server = (cn) => issueCert({ ca, cn, sans: { uri: [`troupe://agent/${cn}`], ip: ['127.0.0.1'] }, usage: 'server' });
        files.python = await writePem(dir, 'python-text', await server('python-text'));
        files.wrongName = await writePem(dir, 'wrong-name', await server('voice-forge'));
        files.orchClient = await writePem(dir, 'orch-client', await issueCert({ ca, cn: 'orchestrator-1', sans: { uri: ['troupe://orchestrator/orchestrator-1'] }, usage: 'client' }));
        files.sidecar = await writePem(dir, 'sidecar', await issueCert({ ca, cn: 'sidecar', usage: 'client' }));
        files.cli = await writePem(dir, 'cli', await issueCert({ ca, cn: 'operator', usage: 'client' }));
        nats = await startNatsServer();
        cluster = await startCluster({ heartbeatIntervalMs: BEAT_MS, agentCa: files.ca.cert, agentClientCert: files.orchClient.cert, agentClientKey: files.orchClient.key }, nats);
        python = await spawnTlsPython(files.python);
    });
    afterAll(async () => {
        for (const p of [...procs, ...pythons])
            p.kill('SIGKILL');
        await Promise.all([...procs, ...pythons].map((p) => p.exited));
        await cluster?.close();
        await nats?.stop();
        if (dir)
            await removeDir(dir);
    });
    it('fails at start, naming the setting, when a TLS file is missing or not PEM', () => {
        const run = (env) => spawnSync(PYTHON, [AGENT, '--port', '0'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
        const missing = run({ TROUPE_AGENT_TLS_CERT: files.python.cert, TROUPE_AGENT_TLS_KEY: join(dir, 'nope.key') });
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/^error: --tls-key \(TROUPE_AGENT_TLS_KEY\): cannot read '.*nope\.key' \(No such file or directory\)$/m);
        const notPemFile = join(dir, 'not.pem');
        writeFileSync(notPemFile, 'not a certificate\n');
        const notPem = run({ TROUPE_AGENT_TLS_CERT: files.python.cert, TROUPE_AGENT_TLS_KEY: files.python.key, TROUPE_AGENT_TLS_CLIENT_CA: notPemFile });
        expect(notPem.status).toBe(2);
        expect(notPem.stderr).toMatch(/^error: --tls-client-ca \(TROUPE_AGENT_TLS_CLIENT_CA\): .* is not a PEM file$/m);
        const halfSet = run({ TROUPE_AGENT_TLS_CERT: files.python.cert });
        expect(halfSet.status).toBe(2);
        expect(halfSet.stderr).toMatch(/TLS needs both --tls-cert \(TROUPE_AGENT_TLS_CERT\) and --tls-key \(TROUPE_AGENT_TLS_KEY\)/);
    });
    it('says it serves mTLS; plaintext clients and clients without a certificate are turned away', async () => {
        expect(python.output()).toMatch(/python agent listening on \S+ \(python-text 1\.0\.0, mTLS, instance /);
        const plain = spawnTroupe(['conformance', python.address, '--timeout', '2000']);
        const noCert = spawnTroupe(['--tls-ca', files.ca.cert, 'conformance', python.address, '--timeout', '2000']);
        for (const proc of [plain, noCert]) {
            expect(await proc.exited, proc.output()).toBe(1);
            expect(proc.output()).toMatch(/^describe\S*\s+FAIL/m);
            expect(proc.output()).toMatch(/^0 passed, \d+ failed, \d+ skipped: NOT conformant$/m);
        }
    });
    it('is announced by the sidecar over TLS and admitted: active, tasks run through the orchestrator', async () => {
        const sidecar = announce(python);
        const [, instanceId, address] = await sidecar.waitForLine(ANNOUNCED);
        expect(instanceId).toBe(python.instanceId);
        expect(address).toBe(python.address);
        await cluster.waitActive(python.instanceId, 5000);
        expect(cluster.orchestrator.registry.get(python.instanceId)).toMatchObject({ state: 'active', routable: true });
        const result = await cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 'hello over mtls' } });
        expect(result.agentInstanceId).toBe(python.instanceId);
        expect(result.output).toEqual({ words: 3, characters: 15 });
        const events = [];
        for await (const event of cluster.client.streamTask({ capability: 'text.shout', input: { text: 'hello over mtls' } }))
            events.push(event);
        const chunks = events.flatMap((e) => (e.type === 'chunk' ? [e.data.toString('utf8')] : []));
        expect(chunks).toEqual(['HELLO', 'OVER', 'MTLS']);
        expect(events.at(-1)).toMatchObject({ type: 'result', output: { words: 3 } });
    });
    it('passes `troupe conformance` over mTLS with --tls-ca/--tls-cert/--tls-key', async () => {
        const proc = spawnTroupe([
            '--tls-ca',
            files.ca.cert,
            '--tls-cert',
            files.cli.cert,
            '--tls-key',
            files.cli.key,
            'conformance',
            python.address,
            '--sample',
            'text.shout={"text":"one two three four five","delay_ms":50}',
            '--sample',
            'text.wordcount={"text":"a b"}',
        ]);
        expect(await proc.exited, proc.output()).toBe(0);
        expect(proc.output()).toMatch(/^stream:text\.shout\s+PASS\s+5 chunks in order/m);
        expect(proc.output()).toMatch(/^reflection\s+PASS/m);
        expect(proc.output()).toMatch(/^19 passed, 0 failed, 0 skipped: conformant$/m);
    });
    it('refuses a Python agent whose certificate names another agent (wrong_identity); tasks stay on the admitted one', async () => {
        const impostor = await spawnTlsPython(files.wrongName);
        const sidecar = announce(impostor);
        await sidecar.waitForLine(ANNOUNCED);
        const entry = await waitFor(() => {
            const e = cluster.orchestrator.registry.get(impostor.instanceId);
            return e?.state === 'refused' ? e : undefined;
        }, { timeoutMs: 5000, what: 'the impostor to be refused' });
        expect(entry.refusedReason).toMatch(/^wrong_identity: .*troupe:\/\/agent\/voice-forge/);
        for (let i = 0; i < 5; i++) {
            const result = await cluster.client.submitTask({ capability: 'text.wordcount', input: { text: 'a b' } });
            expect(result.agentInstanceId).toBe(python.instanceId);
        }
    });
    it('obeys the drain request the orchestrator signs: draining, then goodbye, the sidecar exits 0', async () => {
        const sidecar = procs[0];
        await cluster.client.setAgentMode(python.instanceId, 'drain');
        await sidecar.waitForLine(/draining: drain requested/);
        await waitFor(() => cluster.orchestrator.registry.get(python.instanceId)?.state === 'left', { timeoutMs: 3000, what: 'the drained instance to leave' });
        expect(await sidecar.exited, sidecar.output()).toBe(0);
    });
    it('announcing itself (nats-py), rejects a forged drain request and obeys the one the orchestrator signs', async () => {
        const self = await spawnTlsPython(files.python, { NATS_URL: nats.url, TROUPE_HEARTBEAT_MS: String(BEAT_MS) });
        await cluster.waitActive(self.instanceId, 5000);
        const forged = spawnSync(toolPath('nats'), ['--server', nats.url, 'pub', `troupe.agents.control.${self.instanceId}`, '{"v":1,"action":"drain","reason":"forged"}'], {
            encoding: 'utf8',
            timeout: 20_000,
        });
        expect(forged.status, forged.stderr).toBe(0);
        await waitFor(() => self.output().includes('control message rejected: not signed by a trusted orchestrator (reason unsigned'), {
            timeoutMs: 5000,
            what: 'the forged control message to be rejected',
        });
        expect(cluster.orchestrator.registry.get(self.instanceId)?.state).toBe('active');
        await cluster.client.setAgentMode(self.instanceId, 'drain');
        expect(await self.exited, self.output()).toBe(0);
        expect(self.output()).toMatch(/python agent draining \(drain requested/);
        await waitFor(() => cluster.orchestrator.registry.get(self.instanceId)?.state === 'left', { timeoutMs: 3000, what: 'the drained agent to leave' });
    });
});
//# sourceMappingURL=python-agent-tls.int.test.js.map
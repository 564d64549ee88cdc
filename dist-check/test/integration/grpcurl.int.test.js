/**
 * The real grpcurl (v1.9.3, built by scripts/ensure-tools.sh) against a real
 * orchestrator and a real agent, through server reflection alone (no `-proto`):
 * list, describe, and call health Check, a unary RPC and a server-streaming RPC,
 * plaintext, then over TLS (mTLS to the agent, TLS + a bearer token to the API).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { generateToken, hashToken } from '../../src/sdk/security/tokens.js';
import { issueCert, makeCa, makeTempDir, removeDir, writePem } from '../helpers/certs.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { toolPath } from '../helpers/tools.js';
import { waitFor } from '../helpers/wait-for.js';
/** Runs grpcurl; resolves with its exit code and output whatever the code. */
function grpcurl(args) {
    return new Promise((resolve, reject) => {
        execFile(toolPath('grpcurl'), ['-max-time', '20', ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number')
                return reject(new Error(`grpcurl did not run: ${err.message}`, { cause: err }));
            resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
        });
    });
}
/** grpcurl prints each response message as indented JSON; a top-level object ends at a `}` in column 0. */
function messages(stdout) {
    return stdout
        .split(/^\}$/m)
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => JSON.parse(`${part}\n}`));
}
/** grpcurl's flags must all come before the address: `[...flags, ...extra, address, ...positional]`. */
function at(t, extra, ...positional) {
    return [...t.flags, ...extra, t.address, ...positional];
}
async function ok(args) {
    const run = await grpcurl(args);
    expect(run, `grpcurl ${args.join(' ')}`).toMatchObject({ code: 0, stderr: '' });
    return run.stdout;
}
const AGENT_SERVICES = ['grpc.health.v1.Health', 'grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection', 'troupe.v1.AgentService'];
const ORCHESTRATOR_SERVICES = ['grpc.health.v1.Health', 'grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection', 'troupe.v1.OrchestratorService'];
/** What each server must answer to grpcurl, given the flags that reach it (transport, credentials). */
function grpcurlSuite(target) {
    it('lists exactly the services each server serves: its own, health and reflection', async () => {
        const t = target();
        expect((await ok(at(t.agent, [], 'list'))).trim().split('\n')).toEqual(AGENT_SERVICES);
        expect((await ok(at(t.orchestrator, [], 'list'))).trim().split('\n')).toEqual(ORCHESTRATOR_SERVICES);
        expect((await ok(at(t.agent, [], 'list', 'troupe.v1.AgentService'))).trim().split('\n')).toEqual(['troupe.v1.AgentService.Channel', 'troupe.v1.AgentService.Describe', 'troupe.v1.AgentService.Execute', 'troupe.v1.AgentService.ExecuteStream']);
    });
    it('describes services and messages from reflection (no -proto)', async () => {
        const t = target();
        const agent = await ok(at(t.agent, [], 'describe', 'troupe.v1.AgentService'));
        expect(agent).toContain('rpc ExecuteStream ( .troupe.v1.ExecuteStreamRequest ) returns ( stream .troupe.v1.ExecuteStreamResponse );');
        const api = await ok(at(t.orchestrator, [], 'describe', 'troupe.v1.OrchestratorService.StreamTask'));
        expect(api).toContain('rpc StreamTask ( .troupe.v1.StreamTaskRequest ) returns ( stream .troupe.v1.StreamTaskResponse );');
        const spec = await ok(at(t.agent, [], 'describe', 'troupe.v1.TaskSpec'));
        expect(spec).toMatch(/\.google\.protobuf\.Value input = 3;/);
        expect(spec).toContain('string task_id = 1;');
        const descriptor = await ok(at(t.agent, [], 'describe', 'troupe.v1.AgentDescriptor'));
        expect(descriptor).toContain('map<string, string> labels = 7;');
        const health = await ok(at(t.orchestrator, [], 'describe', 'grpc.health.v1.Health'));
        expect(health).toContain('rpc Check ( .grpc.health.v1.HealthCheckRequest ) returns ( .grpc.health.v1.HealthCheckResponse );');
        // A service the server does not serve is not there to describe.
        const missing = await grpcurl(at(t.agent, [], 'describe', 'troupe.v1.OrchestratorService'));
        expect(missing.code).not.toBe(0);
        expect(missing.stderr).toMatch(/not found/i);
    });
    it('calls grpc.health.v1.Health/Check on both servers, overall and per service', async () => {
        const t = target();
        expect(messages(await ok(at(t.agent, [], 'grpc.health.v1.Health/Check')))).toEqual([{ status: 'SERVING' }]);
        expect(messages(await ok(at(t.agent, ['-d', '{"service":"troupe.v1.AgentService"}'], 'grpc.health.v1.Health/Check')))).toEqual([{ status: 'SERVING' }]);
        expect(messages(await ok(at(t.orchestrator, ['-d', '{"service":"troupe.v1.OrchestratorService"}'], 'grpc.health.v1.Health/Check')))).toEqual([{ status: 'SERVING' }]);
    });
    it('calls unary RPCs: AgentService/Describe and Execute, OrchestratorService/SubmitTask', async () => {
        const t = target();
        const [described] = messages(await ok(at(t.agent, [], 'troupe.v1.AgentService/Describe')));
        expect(described).toMatchObject({ agent: { name: 'echo', version: '1.0.0' } });
        const task = { task: { taskId: 'grpcurl-1', capability: 'echo.say', input: { hello: 'grpcurl', n: 3 } } };
        expect(messages(await ok(at(t.agent, ['-d', JSON.stringify(task)], 'troupe.v1.AgentService/Execute')))).toEqual([{ result: { output: { hello: 'grpcurl', n: 3 } } }]);
        const [submitted] = messages(await ok(at(t.api, ['-d', '{"capability":"echo.say","input":{"via":"api"}}'], 'troupe.v1.OrchestratorService/SubmitTask')));
        expect(submitted).toMatchObject({ result: { output: { via: 'api' } } });
    });
    it('calls server-streaming RPCs: AgentService/ExecuteStream and OrchestratorService/StreamTask', async () => {
        const t = target();
        const input = { count: 3, chunkBytes: 4, delayMs: 0 };
        const direct = messages(await ok(at(t.agent, ['-d', JSON.stringify({ task: { taskId: 'grpcurl-2', capability: 'echo.stream', input } })], 'troupe.v1.AgentService/ExecuteStream')));
        expect(direct.filter((m) => 'chunk' in m).map((m) => m.chunk)).toEqual([0, 1, 2].map((i) => expect.objectContaining({ data: Buffer.alloc(4, i).toString('base64') })));
        expect(direct.at(-1)).toEqual({ result: { output: { chunks: 3, bytes: 12 } } });
        const viaApi = messages(await ok(at(t.api, ['-d', JSON.stringify({ capability: 'echo.stream', input })], 'troupe.v1.OrchestratorService/StreamTask')));
        expect(viaApi.filter((m) => 'chunk' in m)).toHaveLength(3);
        expect(viaApi.at(-1)).toMatchObject({ result: { output: { chunks: 3, bytes: 12 } } });
    });
}
describe('grpcurl through reflection, plaintext', () => {
    let nats;
    let orchestrator;
    let agent;
    beforeAll(async () => {
        nats = await startNatsServer();
        orchestrator = await startOrchestrator({ natsUrl: nats.url, grpcPort: 0, httpPort: -1, durable: false, heartbeatIntervalMs: 200, discoveryWaitMs: 100 }, { logger: testLogger });
        agent = await startAgent(echo, { nats: nats.url, heartbeatIntervalMs: 200, drainTimeoutMs: 1000, logger: testLogger });
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 5000, what: 'echo to be routable' });
    }, 30_000);
    afterAll(async () => {
        await agent?.drain('test over');
        await orchestrator?.stop();
        await nats?.stop();
    });
    grpcurlSuite(() => ({
        agent: { flags: ['-plaintext'], address: agent.address },
        orchestrator: { flags: ['-plaintext'], address: orchestrator.grpcAddress },
        api: { flags: ['-plaintext'], address: orchestrator.grpcAddress },
    }));
});
describe('grpcurl through reflection, TLS: mTLS to the agent, TLS and a bearer token to the API', () => {
    let dir;
    let token;
    let nats;
    let orchestrator;
    let agent;
    const files = {};
    beforeAll(async () => {
        dir = await makeTempDir();
        const ca = await makeCa('Troupe grpcurl CA');
        files.ca = await writePem(dir, 'ca', ca);
        files.api = await writePem(dir, 'api', await issueCert({ ca, cn: 'orchestrator', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: 'server' }));
        files.orchClient = await writePem(dir, 'orch-client', await issueCert({ ca, cn: 'orchestrator-1', sans: { uri: ['troupe://orchestrator/orchestrator-1'] }, usage: 'client' }));
        files.echo = await writePem(dir, 'echo', await issueCert({ ca, cn: 'echo', sans: { uri: ['troupe://agent/echo'], ip: ['127.0.0.1'] }, usage: 'server' }));
        token = generateToken();
        const tokens = join(dir, 'tokens.jsonl');
        await writeFile(tokens, `${JSON.stringify({ name: 'grpcurl', sha256: hashToken(token), scopes: 'tasks:submit agents:read' })}\n`);
        nats = await startNatsServer();
        orchestrator = await startOrchestrator({
            natsUrl: nats.url,
            grpcPort: 0,
            httpPort: -1,
            durable: false,
            heartbeatIntervalMs: 200,
            discoveryWaitMs: 100,
            tlsCert: files.api.cert,
            tlsKey: files.api.key,
            authTokensFile: tokens,
            agentCa: files.ca.cert,
            agentClientCert: files.orchClient.cert,
            agentClientKey: files.orchClient.key,
        }, { logger: testLogger });
        agent = await startAgent(echo, {
            nats: nats.url,
            heartbeatIntervalMs: 200,
            drainTimeoutMs: 1000,
            logger: testLogger,
            tls: { cert: files.echo.cert, key: files.echo.key, clientCa: files.ca.cert },
        });
        await waitFor(() => orchestrator.registry.get(agent.instanceId)?.routable, { timeoutMs: 5000, what: 'the TLS echo to be admitted' });
    }, 30_000);
    afterAll(async () => {
        await agent?.drain('test over');
        await orchestrator?.stop();
        await nats?.stop();
        if (dir)
            await removeDir(dir);
    });
    grpcurlSuite(() => ({
        agent: { flags: ['-cacert', files.ca.cert, '-cert', files.orchClient.cert, '-key', files.orchClient.key], address: agent.address },
        orchestrator: { flags: ['-cacert', files.ca.cert], address: orchestrator.grpcAddress },
        api: { flags: ['-cacert', files.ca.cert, '-H', `authorization: Bearer ${token}`], address: orchestrator.grpcAddress },
    }));
    it('refuses the API without the token (UNAUTHENTICATED), and plaintext against TLS', async () => {
        const anonymous = await grpcurl(['-cacert', files.ca.cert, '-d', '{"capability":"echo.say"}', orchestrator.grpcAddress, 'troupe.v1.OrchestratorService/SubmitTask']);
        expect(anonymous.code).not.toBe(0);
        expect(anonymous.stderr).toContain('Code: Unauthenticated');
        const plaintext = await grpcurl(['-plaintext', '-connect-timeout', '2', orchestrator.grpcAddress, 'list']);
        expect(plaintext.code).not.toBe(0);
    });
    it('refuses a client without a certificate at the agent (mTLS)', async () => {
        const noCert = await grpcurl(['-cacert', files.ca.cert, '-connect-timeout', '2', agent.address, 'list']);
        expect(noCert.code).not.toBe(0);
    });
});
//# sourceMappingURL=grpcurl.int.test.js.map
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { defineAgent } from '../../src/sdk/index.js';
import { generateToken, hashToken } from '../../src/sdk/security/tokens.js';
import { startCluster } from '../helpers/cluster.js';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'troupe-api';
const ALL = 'tasks:submit runs:start runs:read runs:cancel runs:signal workflows:read workflows:write agents:read agents:admin audit:read';
async function failure(p) {
    const err = await (typeof p === 'function' ? p() : p).then(() => undefined, (e) => e);
    if (!TroupeError.is(err))
        throw new Error(`expected a TroupeError, got ${String(err)}`);
    return err;
}
/** Reads a server stream until its first event or error. */
async function firstOf(stream) {
    for await (const _ of stream)
        return;
}
function capture() {
    let text = '';
    return {
        write(s) {
            text += s;
            return true;
        },
        get text() {
            return text;
        },
    };
}
describe('API tokens, scopes and the audit log (real orchestrator, real nats-server)', () => {
    let cluster;
    let dir;
    let key;
    let otherKey;
    let logs = '';
    const clients = [];
    const tokens = [];
    let staticToken;
    let admin;
    const jwt = async (claims, opts = {}) => {
        const token = await new SignJWT(claims)
            .setProtectedHeader({ alg: 'ES256', kid: opts.kid ?? 'k1' })
            .setIssuer(opts.issuer ?? ISSUER)
            .setAudience(AUDIENCE)
            .setIssuedAt()
            .setExpirationTime(opts.expires ?? '10m')
            .sign(opts.key ?? key);
        tokens.push(token);
        return token;
    };
    const client = (token) => {
        const c = createOrchestratorClient(cluster.orchestrator.grpcAddress, token ? { token } : {});
        clients.push(c);
        return c;
    };
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-auth-'));
        // The JWKS file holds k1's public key; otherKey signs forgeries.
        const pair = await generateKeyPair('ES256', { extractable: true });
        key = pair.privateKey;
        const publicKey = pair.publicKey;
        otherKey = (await generateKeyPair('ES256')).privateKey;
        await writeFile(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] }));
        staticToken = generateToken();
        tokens.push(staticToken);
        await writeFile(join(dir, 'tokens.jsonl'), `# static API tokens\n${JSON.stringify({ name: 'ci-bot', sha256: hashToken(staticToken), scopes: 'agents:read runs:read' })}\n`);
        const sink = new Writable({
            write(chunk, _enc, done) {
                logs += chunk.toString();
                done();
            },
        });
        cluster = await startCluster({ authJwksFile: join(dir, 'jwks.json'), authIssuer: ISSUER, authAudience: AUDIENCE, authTokensFile: join(dir, 'tokens.jsonl'), logLevel: 'debug' }, undefined, { logger: pino({ level: 'debug' }, sink) });
        const agent = await cluster.startAgent(defineAgent({ name: 'auth-echo', version: '1.0.0', capabilities: [{ name: 'auth.echo' }], handlers: { 'auth.echo': (input) => input } }));
        await cluster.waitActive(agent.instanceId);
        admin = client(await jwt({ sub: 'alice', scope: ALL }));
        for (const name of ['wf-a', 'wf-b']) {
            await admin.registerWorkflow(JSON.stringify({ name, steps: [{ id: 'echo', capability: 'auth.echo', input: { v: 1 } }] }));
        }
    }, 30_000);
    afterAll(async () => {
        for (const c of clients)
            c.close();
        await cluster?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    it('refuses every RPC to an anonymous client with UNAUTHENTICATED', async () => {
        const anon = cluster.client;
        const calls = [
            ['SubmitTask', () => anon.submitTask({ capability: 'auth.echo' })],
            ['StreamTask', () => firstOf(anon.streamTask({ capability: 'auth.echo' }))],
            ['StartRun', () => anon.startRun({ workflow: 'wf-a' })],
            ['GetRun', () => anon.getRun('r1')],
            ['WatchRun', () => firstOf(anon.watchRun('r1'))],
            ['CancelRun', () => anon.cancelRun('r1')],
            ['SignalRun', () => anon.signalRun('r1', 'approve')],
            ['ListRuns', () => anon.listRuns()],
            ['ListAgents', () => anon.listAgents()],
            ['WatchAgents', () => firstOf(anon.watchAgents())],
            ['SetAgentMode', () => anon.setAgentMode('x', 'maintenance')],
            ['RegisterWorkflow', () => anon.registerWorkflow('{"name":"x","steps":[]}')],
            ['ListWorkflows', () => anon.listWorkflows()],
            ['ListDeadLetters', () => anon.listDeadLetters()],
            ['ReplayDeadLetter', () => anon.replayDeadLetter('t1')],
            ['DiscardDeadLetter', () => anon.discardDeadLetter('t1')],
            ['ListWorkflowVersions', () => anon.listWorkflowVersions('wf-a')],
            ['ListAuditEvents', () => anon.listAuditEvents()],
        ];
        for (const [method, call] of calls) {
            const err = await failure(call);
            expect(err.code, method).toBe(Status.UNAUTHENTICATED);
            expect(err.message, method).toMatch(/no credential/);
        }
    });
    it('lets a token do what its scopes allow and refuses the rest naming the scope', async () => {
        const operator = client(await jwt({ sub: 'olga', scope: 'runs:start runs:read' }));
        const { runId } = await operator.startRun({ workflow: 'wf-a' });
        expect(await operator.getRun(runId)).toMatchObject({ runId, workflow: 'wf-a' });
        const err = await failure(operator.cancelRun(runId, 'no'));
        expect(err.code).toBe(Status.PERMISSION_DENIED);
        expect(err.message).toMatch(/"runs:cancel"/);
        const signal = await failure(operator.signalRun(runId, 'echo'));
        expect(signal.code).toBe(Status.PERMISSION_DENIED);
        expect(signal.message).toMatch(/"runs:signal"/);
        expect((await failure(operator.setAgentMode('x', 'drain'))).message).toMatch(/"agents:admin"/);
        // scp (a list) works as well as scope (a string).
        const lister = client(await jwt({ sub: 'lena', scp: ['agents:read'] }));
        expect((await lister.listAgents()).map((a) => a.name)).toContain('auth-echo');
    });
    it('limits a token to named workflows: it cannot start, read or cancel runs of others', async () => {
        const limitedByClaim = client(await jwt({ sub: 'wanda', scope: 'runs:start runs:read runs:cancel', troupe_workflows: ['wf-a'] }));
        const limitedByScope = client(await jwt({ sub: 'walt', scope: 'runs:start:wf-a runs:read:wf-a' }));
        for (const c of [limitedByClaim, limitedByScope]) {
            expect((await c.startRun({ workflow: 'wf-a' })).runId).toMatch(/./);
            const err = await failure(c.startRun({ workflow: 'wf-b' }));
            expect(err.code).toBe(Status.PERMISSION_DENIED);
            expect(err.message).toMatch(/not "wf-b"/);
        }
        const { runId: runB } = await admin.startRun({ workflow: 'wf-b' });
        expect((await failure(limitedByClaim.getRun(runB))).code).toBe(Status.PERMISSION_DENIED);
        expect((await failure(() => firstOf(limitedByClaim.watchRun(runB)))).code).toBe(Status.PERMISSION_DENIED);
        expect((await failure(limitedByClaim.cancelRun(runB))).code).toBe(Status.PERMISSION_DENIED);
        expect((await limitedByClaim.listRuns()).map((r) => r.workflow)).not.toContain('wf-b');
    });
    it('refuses expired, wrong-issuer and foreign-key JWTs saying why', async () => {
        const expired = await failure(client(await jwt({ sub: 'eve', scope: ALL }, { expires: Math.floor(Date.now() / 1000) - 3600 })).listRuns());
        expect(expired.code).toBe(Status.UNAUTHENTICATED);
        expect(expired.message).toMatch(/expired/);
        const issuer = await failure(client(await jwt({ sub: 'eve', scope: ALL }, { issuer: 'https://evil.test' })).listRuns());
        expect(issuer.code).toBe(Status.UNAUTHENTICATED);
        expect(issuer.message).toMatch(/"iss"/);
        const forged = await failure(client(await jwt({ sub: 'eve', scope: ALL }, { key: otherKey })).listRuns());
        expect(forged.code).toBe(Status.UNAUTHENTICATED);
        expect(forged.message).toMatch(/signature/);
    });
    it('accepts a static token from the hashed file and refuses a wrong one', async () => {
        expect((await client(staticToken).listAgents()).length).toBeGreaterThan(0);
        const wrong = generateToken();
        tokens.push(wrong);
        const err = await failure(client(wrong).listAgents());
        expect(err.code).toBe(Status.UNAUTHENTICATED);
        expect(err.message).toMatch(/matches no known token/);
        expect((await failure(client(staticToken).startRun({ workflow: 'wf-a' }))).message).toMatch(/"runs:start"/);
    });
    it('guards the HTTP API, SSE and audio routes the same way; health and the page stay open', async () => {
        const base = `http://${cluster.orchestrator.httpAddress}`;
        const reader = await jwt({ sub: 'hank', scope: 'runs:read' });
        const starter = await jwt({ sub: 'stan', scope: 'runs:start runs:read', troupe_workflows: ['wf-a'] });
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        expect((await fetch(`${base}/`)).status).toBe(200);
        const anon = await fetch(`${base}/api/runs`, { method: 'POST', body: JSON.stringify({ workflow: 'wf-a' }) });
        expect(anon.status).toBe(401);
        expect(anon.headers.get('www-authenticate')).toMatch(/^Bearer /);
        const denied = await fetch(`${base}/api/runs`, { method: 'POST', headers: { authorization: `Bearer ${reader}` }, body: JSON.stringify({ workflow: 'wf-a' }) });
        expect(denied.status).toBe(403);
        expect((await denied.json()).message).toMatch(/"runs:start"/);
        const otherWorkflow = await fetch(`${base}/api/runs`, { method: 'POST', headers: { authorization: `Bearer ${starter}` }, body: JSON.stringify({ workflow: 'wf-b' }) });
        expect(otherWorkflow.status).toBe(403);
        const started = await fetch(`${base}/api/runs`, { method: 'POST', headers: { authorization: `Bearer ${starter}` }, body: JSON.stringify({ workflow: 'wf-a' }) });
        expect(started.status).toBe(201);
        const { runId } = (await started.json());
        expect((await fetch(`${base}/api/runs/${runId}`)).status).toBe(401);
        expect((await fetch(`${base}/api/runs/${runId}`, { headers: { authorization: `Bearer ${reader}` } })).status).toBe(200);
        const expired = await fetch(`${base}/api/runs/${runId}`, { headers: { authorization: `Bearer ${await jwt({ sub: 'x', scope: ALL }, { expires: 1 })}` } });
        expect(expired.status).toBe(401);
        expect((await expired.json()).message).toMatch(/expired/);
        expect((await fetch(`${base}/api/runs/${runId}/events`)).status).toBe(401);
        const sse = await fetch(`${base}/api/runs/${runId}/events?access_token=${encodeURIComponent(reader)}`);
        expect(sse.status).toBe(200);
        expect(await sse.text()).toMatch(/event: run\.completed/);
        expect((await fetch(`${base}/runs/${runId}/audio`)).status).toBe(401);
        // ?access_token= is only for the two GET routes a browser cannot add headers to.
        expect((await fetch(`${base}/api/runs/${runId}?access_token=${encodeURIComponent(reader)}`)).status).toBe(401);
    });
    it('troupe CLI: --token (or TROUPE_TOKEN) works, without it the UNAUTHENTICATED error is printed', async () => {
        const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress };
        const out = capture();
        const err = capture();
        expect(await main(['workflows'], { env, stdout: out, stderr: err })).toBe(1);
        expect(err.text).toMatch(/error: UNAUTHENTICATED: .*no credential/);
        expect(err.text).toMatch(/--token/);
        const token = await jwt({ sub: 'carl', scope: 'workflows:read' });
        const ok = capture();
        expect(await main(['workflows', '--token', token], { env, stdout: ok, stderr: capture() })).toBe(0);
        expect(ok.text).toMatch(/wf-a/);
        expect(await main(['--token', token, 'workflows'], { env, stdout: capture(), stderr: capture() })).toBe(0);
        expect(await main(['workflows'], { env: { ...env, TROUPE_TOKEN: token }, stdout: capture(), stderr: capture() })).toBe(0);
        const tokenFile = join(dir, 'token');
        await writeFile(tokenFile, `${token}\n`);
        expect(await main(['workflows'], { env: { ...env, TROUPE_TOKEN_FILE: tokenFile }, stdout: capture(), stderr: capture() })).toBe(0);
    });
    it('writes every decision to the audit log, read back with troupe audit filtered by actor and action', async () => {
        const olga = client(await jwt({ sub: 'olga', scope: 'runs:start runs:read' }));
        const { runId } = await olga.startRun({ workflow: 'wf-a' });
        await failure(olga.cancelRun(runId));
        await failure(olga.signalRun(runId, 'echo'));
        const { runId: cancelled } = await admin.startRun({ workflow: 'wf-a', input: {} });
        await admin.cancelRun(cancelled, 'test').catch(() => undefined);
        const auditor = await jwt({ sub: 'audrey', scope: 'audit:read' });
        const env = { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress, TROUPE_TOKEN: auditor };
        const out = capture();
        expect(await main(['audit', '--actor', 'olga', '--action', 'CancelRun', '--since', '1h', '--json'], { env, stdout: out, stderr: capture() })).toBe(0);
        const events = out.text.trim().split('\n').map((l) => JSON.parse(l));
        expect(events.length).toBeGreaterThan(0);
        expect(events.every((e) => e.actor === 'olga' && e.action === 'CancelRun')).toBe(true);
        expect(events.at(-1)).toMatchObject({ target: runId, outcome: 'denied', reason: expect.stringMatching(/runs:cancel/) });
        const all = await client(auditor).listAuditEvents({ sinceMs: Date.now() - 3_600_000 });
        const has = (match) => all.some((e) => Object.entries(match).every(([k, v]) => (v instanceof RegExp ? v.test(String(e[k])) : e[k] === v)));
        expect(has({ actor: 'olga', action: 'StartRun', outcome: 'ok', target: `wf-a/${runId}`, traceId: /^[0-9a-f]{32}$/ })).toBe(true);
        expect(has({ actor: 'alice', action: 'CancelRun', target: cancelled })).toBe(true);
        expect(has({ actor: 'olga', action: 'SignalRun', outcome: 'denied', target: `${runId}/echo`, reason: /runs:signal/ })).toBe(true);
        expect(has({ actor: 'alice', action: 'RegisterWorkflow', target: 'wf-b', outcome: 'ok' })).toBe(true);
        expect(has({ action: 'ListRuns', outcome: 'unauthenticated', reason: /expired/ })).toBe(true);
        expect(has({ action: 'ListAuditEvents', outcome: 'unauthenticated', reason: /no credential.*\(from .*127\.0\.0\.1/ })).toBe(true);
        expect(has({ actor: 'wanda', action: 'StartRun', outcome: 'denied', target: 'wf-b' })).toBe(true);
        // reads refused by a workflow limit are security decisions too
        expect(has({ actor: 'wanda', action: 'GetRun', outcome: 'denied', reason: /not "wf-b"/ })).toBe(true);
        expect(has({ actor: 'wanda', action: 'WatchRun', outcome: 'denied' })).toBe(true);
        expect(has({ actor: 'hank', action: 'POST /api/runs', outcome: 'denied' })).toBe(true);
        expect(has({ actor: 'stan', action: 'StartRun', outcome: 'ok' })).toBe(true);
        // an audit:read token cannot do anything else, and a runs token cannot read the log
        expect((await failure(olga.listAuditEvents())).message).toMatch(/"audit:read"/);
    });
    it('never writes a token to the logs or the audit log', async () => {
        const audit = JSON.stringify(await cluster.orchestrator.auditLog.list());
        expect(logs.length).toBeGreaterThan(0);
        for (const token of tokens) {
            expect(logs.includes(token)).toBe(false);
            expect(audit.includes(token)).toBe(false);
            // nor the signature part alone
            const signature = token.split('.').at(-1) ?? token;
            expect(logs.includes(signature)).toBe(false);
        }
    });
    it("records the token's subject as the actor of a SetAgentMode in the agent's history", async () => {
        const [agent] = (await admin.listAgents()).filter((a) => a.name === 'auth-echo');
        await admin.setAgentMode(agent.instanceId, 'maintenance');
        await admin.setAgentMode(agent.instanceId, 'active');
        const history = (await admin.listAgents()).find((a) => a.instanceId === agent.instanceId).history;
        expect(history.slice(-2)).toMatchObject([
            { state: 'maintenance', actor: 'operator:alice', reason: 'SetAgentMode maintenance' },
            { state: 'active', actor: 'operator:alice', reason: 'SetAgentMode active' },
        ]);
    });
});
//# sourceMappingURL=api-auth.int.test.js.map
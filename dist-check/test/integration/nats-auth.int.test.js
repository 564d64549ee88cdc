var __addDisposableResource = (this && this.__addDisposableResource) || function (env, value, async) {
    if (value !== null && value !== void 0) {
        if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
        var dispose, inner;
        if (async) {
            if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
            dispose = value[Symbol.asyncDispose];
        }
        if (dispose === void 0) {
            if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
            dispose = value[Symbol.dispose];
            if (async) inner = dispose;
        }
        if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
        if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
        env.stack.push({ value: value, dispose: dispose, async: async });
    }
    else if (async) {
        env.stack.push({ async: true });
    }
    return value;
};
var __disposeResources = (this && this.__disposeResources) || (function (SuppressedError) {
    return function (env) {
        function fail(e) {
            env.error = env.hasError ? new SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };
})(typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
});
// NATS credentials end to end against a real nats-server running deploy/nats/nats-server.conf
// (per-role users and subject permissions): every credential kind connects, a wrong one fails
// at start-up naming the setting, an agent user cannot forge a control message, and no secret
// reaches a log line or an error message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'nats';
import { agentOptionsFromEnv } from '../../src/sdk/options.js';
import { compileNatsSettings, NatsConnectError, natsSettingsFromEnv } from '../../src/sdk/security/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { startSidecar } from '../../src/sdk/discovery/sidecar.js';
import { startAgent } from '../../src/sdk/index.js';
import echo from '../../src/agents/echo/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitFor } from '../helpers/wait-for.js';
import { capturingLogger, createUserNkey, deployedNatsConfig, nextError, startPair } from '../helpers/nats-security.js';
const ORCH_PASSWORD = 'orch-Pa55-w0rd-7f3a';
const AGENT_PASSWORD = 'agent-Pa55-w0rd-19cd';
const OBSERVER_PASSWORD = 'observer-Pa55-w0rd-2b8e';
const WRONG_PASSWORD = 'wrong-Pa55-w0rd-c0ffee';
const TOKEN = 'tok-9f8e7d6c5b4a-troupe';
const agentKey = createUserNkey();
const AGENT_SEED = agentKey.seed;
const strangerSeed = createUserNkey().seed;
const SECRETS = [ORCH_PASSWORD, AGENT_PASSWORD, OBSERVER_PASSWORD, WRONG_PASSWORD, TOKEN, AGENT_SEED, strangerSeed];
function expectNoSecret(text) {
    for (const secret of SECRETS)
        expect(text).not.toContain(secret);
}
async function failure(promise) {
    try {
        await promise;
    }
    catch (err) {
        return err;
    }
    throw new Error('expected a failure');
}
describe('NATS with per-role users (deploy/nats/nats-server.conf)', () => {
    let nats;
    let files;
    let url;
    const file = {};
    beforeAll(async () => {
        files = await certDir();
        nats = await startNatsServer({
            config: deployedNatsConfig({ orchestratorPassword: ORCH_PASSWORD, agentPassword: AGENT_PASSWORD, observerPassword: OBSERVER_PASSWORD, agentNkey: agentKey.publicKey }),
            probe: { user: 'observer', pass: OBSERVER_PASSWORD },
        });
        url = nats.url;
        file.orchPassword = await files.write('orch-password', `${ORCH_PASSWORD}\n`);
        file.wrongPassword = await files.write('wrong-password', WRONG_PASSWORD);
        file.agentSeed = await files.write('agent.nk', `${AGENT_SEED}\n`);
        file.strangerSeed = await files.write('stranger.nk', strangerSeed);
    });
    afterAll(async () => {
        await nats.stop();
        await files.dispose();
    });
    it('runs a task with the orchestrator on user + NATS_PASSWORD_FILE (durable KV) and the agent on NATS_NKEY_SEED_FILE', async () => {
        const { logger, text } = capturingLogger();
        const orchestratorNats = compileNatsSettings(natsSettingsFromEnv({ NATS_URL: url, NATS_USER: 'orchestrator', NATS_PASSWORD_FILE: file.orchPassword }));
        const agentNats = compileNatsSettings(natsSettingsFromEnv({ NATS_URL: url, NATS_NKEY_SEED_FILE: file.agentSeed }));
        const pair = await startPair(orchestratorNats, agentNats, logger, true);
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await pair.close();
        }
        expect(text()).toContain('orchestrator ready');
        expectNoSecret(text());
        expectNoSecret(JSON.stringify(orchestratorNats) + JSON.stringify(agentNats));
    });
    it('takes credentials from NATS_URL (nats://user:pass@host) and never logs them', async () => {
        const { logger, text } = capturingLogger();
        const withCreds = (user, password) => url.replace('nats://', `nats://${user}:${encodeURIComponent(password)}@`);
        const agentOptions = agentOptionsFromEnv({ NATS_URL: withCreds('agent', AGENT_PASSWORD) });
        const pair = await startPair(compileNatsSettings({ url: withCreds('orchestrator', ORCH_PASSWORD) }), agentOptions.nats, logger);
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await pair.close();
        }
        expect(text()).toContain('nats://***@127.0.0.1');
        expectNoSecret(text());
    });
    it('fails start-up at once, naming NATS_PASSWORD_FILE, on a wrong password; nothing leaks', async () => {
        const { logger, text } = capturingLogger();
        const nats = compileNatsSettings({ url, user: 'orchestrator', passwordFile: file.wrongPassword });
        const err = await failure(startOrchestrator({ natsUrl: url, grpcPort: 0, httpPort: -1, durable: false }, { nats, logger }));
        expect(NatsConnectError.is(err)).toBe(true);
        expect(err.message).toBe(`NATS_PASSWORD_FILE: the server at ${url} refused user 'orchestrator' (Authorization Violation)`);
        expectNoSecret(`${err.message} ${String(err.stack)} ${JSON.stringify(err)} ${text()}`);
    });
    it('names NATS_URL for wrong credentials inside the URL, with the URL redacted', async () => {
        const { logger, text } = capturingLogger();
        const bad = url.replace('nats://', `nats://agent:${WRONG_PASSWORD}@`);
        const err = await failure(startAgent(echo, { nats: bad, logger }));
        expect(err.message).toBe(`NATS_URL: the server at ${url.replace('nats://', 'nats://***@')} refused user 'agent' (Authorization Violation)`);
        expectNoSecret(`${err.message} ${String(err.stack)} ${text()}`);
    });
    it('names NATS_NKEY_SEED_FILE for an NKey the server does not know', async () => {
        const err = await failure(startAgent(echo, { nats: compileNatsSettings({ url, nkeySeedFile: file.strangerSeed }), logger: capturingLogger().logger }));
        expect(err.message).toBe(`NATS_NKEY_SEED_FILE: the server at ${url} refused the NKey (Authorization Violation)`);
        expectNoSecret(err.message);
    });
    it('tells a process without credentials which settings to set', async () => {
        const err = await failure(startAgent(echo, { nats: url, logger: capturingLogger().logger }));
        expect(err.message).toMatch(/^NATS_URL: the server at nats:\/\/127\.0\.0\.1:\d+ requires credentials \(Authorization Violation\); set NATS_USER with NATS_PASSWORD_FILE, NATS_TOKEN_FILE, NATS_NKEY_SEED_FILE or NATS_CREDS$/);
    });
    it('announces a non-NATS agent through troupe announce (startSidecar) with the agent role', async () => {
        const { logger, text } = capturingLogger();
        const orchestrator = await startOrchestrator({ natsUrl: url, grpcPort: 0, httpPort: -1, heartbeatIntervalMs: 200, discoveryWaitMs: 100, durable: false }, { nats: compileNatsSettings({ url, user: 'orchestrator', passwordFile: file.orchPassword }), logger });
        const grpcOnly = await startAgent(echo, { logger });
        const sidecar = await startSidecar({ target: grpcOnly.address, nats: compileNatsSettings({ url, nkeySeedFile: file.agentSeed }), heartbeatIntervalMs: 200, logger });
        try {
            const instanceId = sidecar.descriptor?.instanceId ?? '';
            await waitFor(() => orchestrator.registry.get(instanceId)?.state === 'active', { timeoutMs: 5000, what: 'the announced agent to become active' });
        }
        finally {
            await sidecar.stop('test over');
            await grpcOnly.drain('test over');
            await orchestrator.stop();
        }
        expectNoSecret(text());
    });
    it('refuses a control message forged by an agent user (permission violation), so no agent drains', async () => {
        const pair = await startPair(compileNatsSettings({ url, user: 'orchestrator', passwordFile: file.orchPassword }), compileNatsSettings({ url, nkeySeedFile: file.agentSeed }), capturingLogger().logger);
        const rogue = await connect({ servers: url, user: 'agent', pass: AGENT_PASSWORD });
        const watcher = await connect({ servers: url, user: 'orchestrator', pass: ORCH_PASSWORD });
        try {
            const seen = [];
            const controls = watcher.subscribe('troupe.agents.control.>', { callback: (_err, msg) => seen.push(msg.subject) });
            await watcher.flush();
            const violation = nextError(rogue);
            rogue.publish(`troupe.agents.control.${pair.agent.instanceId}`, JSON.stringify({ v: 1, action: 'drain', reason: 'forged' }));
            await rogue.flush();
            expect(await violation).toBe('PERMISSIONS_VIOLATION');
            // The server refused the forged message before this marker was sent: only the marker arrives.
            watcher.publish('troupe.agents.control.marker', '{}');
            await waitFor(() => seen.includes('troupe.agents.control.marker'), { timeoutMs: 5000, what: 'the marker control message' });
            expect(seen).toEqual(['troupe.agents.control.marker']);
            controls.unsubscribe();
            expect(pair.orchestrator.registry.get(pair.agent.instanceId)?.state).toBe('active');
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await rogue.close();
            await watcher.close();
            await pair.close();
        }
    });
    it('keeps agents out of the durable state: JetStream and KV subjects are refused', async () => {
        const agentNc = await connect({ servers: url, user: 'agent', pass: AGENT_PASSWORD });
        try {
            for (const subject of ['$JS.API.STREAM.INFO.KV_troupe_runs', '$KV.troupe_runs.forged', 'troupe.runs.cancel.orch-a']) {
                const violation = nextError(agentNc);
                agentNc.publish(subject, '{}');
                await agentNc.flush();
                expect(await violation, subject).toBe('PERMISSIONS_VIOLATION');
            }
        }
        finally {
            await agentNc.close();
        }
    });
});
describe('NATS with a token (authorization { token })', () => {
    it('runs a task with orchestrator and agent on NATS_TOKEN_FILE, and refuses a wrong token', async () => {
        const env_1 = { stack: [], error: void 0, hasError: false };
        try {
            const files = __addDisposableResource(env_1, await certDir(), true);
            const nats = __addDisposableResource(env_1, await startNatsServer({ jetstream: false, config: `authorization { token: "${TOKEN}" }`, probe: { token: TOKEN } }), true);
            const tokenFile = await files.write('token', `${TOKEN}\n`);
            const wrongFile = await files.write('wrong-token', 'not-the-token');
            const { logger, text } = capturingLogger();
            const settings = compileNatsSettings(natsSettingsFromEnv({ NATS_URL: nats.url, NATS_TOKEN_FILE: tokenFile }));
            const pair = await startPair(settings, settings, logger);
            try {
                expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
            }
            finally {
                await pair.close();
            }
            const err = await failure(startAgent(echo, { nats: compileNatsSettings({ url: nats.url, tokenFile: wrongFile }), logger }));
            expect(err.message).toBe(`NATS_TOKEN_FILE: the server at ${nats.url} refused the token (Authorization Violation)`);
            expectNoSecret(text() + err.message);
        }
        catch (e_1) {
            env_1.error = e_1;
            env_1.hasError = true;
        }
        finally {
            const result_1 = __disposeResources(env_1);
            if (result_1)
                await result_1;
        }
    });
});
//# sourceMappingURL=nats-auth.int.test.js.map
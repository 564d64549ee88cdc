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
// NATS over TLS against a real nats-server with certificates made for this run: a custom CA,
// a client certificate (verify: true), tls:// URLs, and the start-up failures an operator
// meets (wrong CA, no CA, no client certificate, TLS against a plain server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { compileNatsSettings, connectNats, NatsConnectError, natsSettingsFromEnv } from '../../src/sdk/security/index.js';
import { certDir } from '../helpers/cert-dir.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { capturingLogger, startPair } from '../helpers/nats-security.js';
const PASSWORD = 'tls-Pa55-w0rd-5eed';
async function failure(promise) {
    try {
        await promise;
    }
    catch (err) {
        return err;
    }
    throw new Error('expected a failure');
}
function tlsConfig(server, ca, verify) {
    return `tls {\n  cert_file: "${server.certFile}"\n  key_file: "${server.keyFile}"\n  ca_file: "${ca.certFile}"\n  verify: ${verify}\n}\n`;
}
describe('NATS over TLS', () => {
    let certs;
    let ca;
    let otherCa;
    let client;
    let mutual;
    let serverOnly;
    let passwordFile;
    beforeAll(async () => {
        certs = await certDir();
        ca = await certs.makeCa();
        otherCa = await certs.makeCa({ cn: 'Some Other CA' });
        const server = await certs.issueCert({ ca, cn: 'nats', sans: { dns: ['localhost'], ip: ['127.0.0.1'] }, usage: ['server'] });
        client = await certs.issueCert({ ca, cn: 'troupe-orchestrator', usage: ['client'] });
        passwordFile = await certs.write('password', PASSWORD);
        const tls = { ca: ca.certPem, cert: client.certPem, key: client.keyPem };
        mutual = await startNatsServer({ config: tlsConfig(server, ca, true), probe: { tls } });
        serverOnly = await startNatsServer({
            jetstream: false,
            config: `${tlsConfig(server, ca, false)}authorization { users = [ { user: orch, password: "${PASSWORD}" } ] }\n`,
            probe: { tls: { ca: ca.certPem }, user: 'orch', pass: PASSWORD },
        });
    });
    afterAll(async () => {
        await mutual.stop();
        await serverOnly.stop();
        await certs.dispose();
    });
    const env = (url, extra = {}) => natsSettingsFromEnv({ NATS_URL: url, ...extra });
    it('runs a task over mutual TLS with a custom CA and client certificates (durable KV)', async () => {
        const { logger, text } = capturingLogger();
        const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: ca.certFile, NATS_TLS_CERT: client.certFile, NATS_TLS_KEY: client.keyFile }));
        expect(settings.tls).toBe(true);
        const pair = await startPair(settings, settings, logger, true);
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await pair.close();
        }
        expect(text()).not.toContain('PRIVATE KEY');
        expect(JSON.stringify(settings)).not.toContain('PRIVATE KEY');
    });
    it('runs a task with a tls:// URL, a custom CA and a password file (no client certificate)', async () => {
        const { logger, text } = capturingLogger();
        const url = `tls://localhost:${serverOnly.port}`;
        const settings = compileNatsSettings(env(url, { NATS_TLS_CA: ca.certFile, NATS_USER: 'orch', NATS_PASSWORD_FILE: passwordFile }));
        const pair = await startPair(settings, settings, logger);
        try {
            expect(await pair.roundTrip()).toEqual({ hello: 'secure' });
        }
        finally {
            await pair.close();
        }
        expect(text()).not.toContain(PASSWORD);
    });
    it('fails naming NATS_TLS_CA when the server certificate is signed by another CA', async () => {
        const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: otherCa.certFile, NATS_TLS_CERT: client.certFile, NATS_TLS_KEY: client.keyFile }));
        const err = await failure(startAgent(echo, { nats: settings, logger: capturingLogger().logger }));
        expect(NatsConnectError.is(err)).toBe(true);
        expect(err.message).toBe(`NATS_TLS_CA: cannot verify the NATS server at ${mutual.url}: its certificate is not signed by a trusted CA (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
    });
    it('fails naming NATS_TLS_CA when a TLS server is reached without a CA setting', async () => {
        const err = await failure(startAgent(echo, { nats: mutual.url, logger: capturingLogger().logger }));
        expect(err.message).toMatch(/^NATS_TLS_CA \(not set: only the system CAs are trusted\): cannot verify the NATS server at nats:\/\/127\.0\.0\.1:\d+: its certificate is not signed by a trusted CA/);
    });
    it('fails with a hint at NATS_TLS_CERT when the server requires a client certificate', async () => {
        const settings = compileNatsSettings(env(mutual.url, { NATS_TLS_CA: ca.certFile }));
        const err = await failure(connectNats(settings, { name: 'test', timeoutMs: 1500 }));
        expect(err.message).toBe(`NATS_TLS_CERT: the NATS server at ${mutual.url} did not accept the connection in time; it may require a client certificate (set NATS_TLS_CERT and NATS_TLS_KEY)`);
    });
    it('fails naming NATS_TLS_CA when the server certificate names another host', async () => {
        const env_1 = { stack: [], error: void 0, hasError: false };
        try {
            const elsewhere = await certs.issueCert({ ca, cn: 'nats.example', sans: { dns: ['nats.example'] }, usage: ['server'] });
            const other = __addDisposableResource(env_1, await startNatsServer({ jetstream: false, config: tlsConfig(elsewhere, ca, false), probe: false }), true);
            const err = await failure(connectNats(compileNatsSettings(env(other.url, { NATS_TLS_CA: ca.certFile })), { name: 'test' }));
            expect(err.message).toBe(`NATS_TLS_CA: cannot verify the NATS server at ${other.url}: its certificate does not name this host`);
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
    it('fails naming the TLS setting when the server does not offer TLS', async () => {
        const env_2 = { stack: [], error: void 0, hasError: false };
        try {
            const plain = __addDisposableResource(env_2, await startNatsServer({ jetstream: false }), true);
            const err = await failure(connectNats(compileNatsSettings(env(plain.url, { NATS_TLS_CA: ca.certFile })), { name: 'test' }));
            expect(err.message).toBe(`NATS_TLS_CA: TLS is configured but the server at ${plain.url} does not offer TLS`);
            const viaUrl = await failure(connectNats(compileNatsSettings(env(plain.url.replace('nats://', 'tls://'))), { name: 'test' }));
            expect(viaUrl.message).toBe(`NATS_URL: TLS is configured but the server at ${plain.url.replace('nats://', 'tls://')} does not offer TLS`);
        }
        catch (e_2) {
            env_2.error = e_2;
            env_2.hasError = true;
        }
        finally {
            const result_2 = __disposeResources(env_2);
            if (result_2)
                await result_2;
        }
    });
});
//# sourceMappingURL=nats-tls.int.test.js.map
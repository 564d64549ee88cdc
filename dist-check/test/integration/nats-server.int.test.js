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
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, StringCodec } from 'nats';
import { afterEach, describe, expect, it } from 'vitest';
import { startNatsServer } from '../helpers/nats-server.js';
const sc = StringCodec();
describe('startNatsServer', () => {
    const cleanup = [];
    afterEach(async () => {
        for (const fn of cleanup.splice(0).reverse())
            await fn();
    });
    async function server(options) {
        const handle = await startNatsServer(options);
        cleanup.push(() => handle.stop());
        return handle;
    }
    async function client(url) {
        const nc = await connect({ servers: url });
        cleanup.push(() => nc.close());
        return nc;
    }
    it('starts on a random loopback port with a temp store and round-trips a message', async () => {
        const nats = await server();
        expect(nats.url).toBe(`nats://127.0.0.1:${nats.port}`);
        expect(existsSync(nats.storeDir)).toBe(true);
        const nc = await client(nats.url);
        const sub = nc.subscribe('greet');
        nc.publish('greet', sc.encode('hello'));
        for await (const msg of sub) {
            expect(sc.decode(msg.data)).toBe('hello');
            break;
        }
    });
    it('serves JetStream KV, and a restart keeps the port and the data', async () => {
        const nats = await server();
        const nc = await client(nats.url);
        const kv = await nc.jetstream().views.kv('runs');
        await kv.put('run-1', sc.encode('running'));
        await nats.restart();
        const after = await client(nats.url);
        const entry = await (await after.jetstream().views.kv('runs')).get('run-1');
        expect(entry && sc.decode(entry.value)).toBe('running');
        expect(nats.url).toBe(`nats://127.0.0.1:${nats.port}`);
    });
    it('recovers after kill (SIGKILL) on restart', async () => {
        const nats = await server();
        const nc = await client(nats.url);
        const kv = await nc.jetstream().views.kv('agents');
        await kv.put('a', sc.encode('1'));
        await nc.flush();
        expect(nats.pid).toBeTypeOf('number');
        await nats.kill();
        expect(nats.pid).toBeUndefined();
        await nats.restart();
        // The pid is the running server's (benches read its CPU time from /proc/<pid>/stat).
        expect(() => process.kill(nats.pid, 0)).not.toThrow();
        const after = await client(nats.url);
        const entry = await (await after.jetstream().views.kv('agents')).get('a');
        expect(entry && sc.decode(entry.value)).toBe('1');
    });
    it('stop removes the temp store dir but keeps a caller-supplied one', async () => {
        const own = await startNatsServer();
        await own.stop();
        expect(existsSync(own.storeDir)).toBe(false);
        await own.stop(); // idempotent
        const dir = await mkdtemp(join(tmpdir(), 'troupe-nats-test-'));
        cleanup.push(() => rm(dir, { recursive: true, force: true }));
        const supplied = await startNatsServer({ storeDir: dir });
        await supplied.stop();
        expect(existsSync(dir)).toBe(true);
    });
    it('runs without JetStream when asked', async () => {
        const nats = await server({ jetstream: false });
        expect(nats.storeDir).toBe('');
        const nc = await client(nats.url);
        await expect(nc.jetstreamManager()).rejects.toThrow();
    });
    it('says how to install nats-server when it is missing', async () => {
        await expect(startNatsServer({ binary: 'nats-server-that-does-not-exist' })).rejects.toThrow('nats-server-that-does-not-exist is not on PATH; install it: apt-get install -y nats-server');
    });
    it('disposes with await using', async () => {
        let dir;
        {
            const env_1 = { stack: [], error: void 0, hasError: false };
            try {
                const nats = __addDisposableResource(env_1, await startNatsServer(), true);
                dir = nats.storeDir;
                expect(existsSync(dir)).toBe(true);
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
        }
        expect(existsSync(dir)).toBe(false);
    });
});
//# sourceMappingURL=nats-server.int.test.js.map
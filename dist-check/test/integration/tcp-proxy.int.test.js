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
/**
 * The fault-injection proxy against a loopback echo server: it forwards, and
 * each fault (pause, delay, drop, cut, refuse) does what it says and is undone.
 */
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy } from '../../src/sdk/testing/index.js';
let echo;
let echoPort;
beforeAll(async () => {
    echo = createServer((s) => s.pipe(s));
    await new Promise((resolve) => echo.listen(0, '127.0.0.1', resolve));
    echoPort = echo.address().port;
});
afterAll(() => new Promise((resolve) => echo.close(() => resolve())));
async function dial(proxy) {
    const socket = connect(proxy.port, '127.0.0.1');
    await once(socket, 'connect');
    let buffer = '';
    const waiters = [];
    socket.on('data', (d) => {
        buffer += d.toString();
        for (const w of [...waiters]) {
            if (!buffer.includes(w.text))
                continue;
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
        }
    });
    socket.on('error', () => undefined);
    return {
        socket,
        received: () => buffer,
        next: (text) => (buffer.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }))),
    };
}
/** Lets the event loop and the loopback round trip run; only used to assert that nothing arrived. */
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
describe('startTcpProxy', () => {
    it('forwards both ways and counts connections', async () => {
        const env_1 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_1, await startTcpProxy({ target: `127.0.0.1:${echoPort}` }), true);
            const c = await dial(proxy);
            c.socket.write('hello');
            await c.next('hello');
            expect(proxy.connections).toBe(1);
            expect(proxy.url()).toBe(`nats://127.0.0.1:${proxy.port}`);
            c.socket.destroy();
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
    it('pause holds bytes with the socket open; resume delivers them in order', async () => {
        const env_2 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_2, await startTcpProxy({ target: echoPort }), true);
            const c = await dial(proxy);
            proxy.pause();
            c.socket.write('one,');
            c.socket.write('two');
            await settle(150);
            expect(c.received()).toBe('');
            expect(c.socket.destroyed).toBe(false);
            proxy.resume();
            await c.next('one,two');
            c.socket.destroy();
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
    it('delay holds each chunk for the given time', async () => {
        const env_3 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_3, await startTcpProxy({ target: echoPort }), true);
            const c = await dial(proxy);
            proxy.delay(200);
            const t0 = performance.now();
            c.socket.write('slow');
            await c.next('slow');
            expect(performance.now() - t0).toBeGreaterThanOrEqual(390); // delayed on the way out and back
            proxy.delay(0);
            c.socket.destroy();
        }
        catch (e_3) {
            env_3.error = e_3;
            env_3.hasError = true;
        }
        finally {
            const result_3 = __disposeResources(env_3);
            if (result_3)
                await result_3;
        }
    });
    it('drop black-holes data until undone; the connection survives', async () => {
        const env_4 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_4, await startTcpProxy({ target: echoPort }), true);
            const c = await dial(proxy);
            proxy.drop();
            c.socket.write('lost');
            await settle(150);
            proxy.drop(false);
            c.socket.write('kept');
            await c.next('kept');
            expect(c.received()).toBe('kept');
            c.socket.destroy();
        }
        catch (e_4) {
            env_4.error = e_4;
            env_4.hasError = true;
        }
        finally {
            const result_4 = __disposeResources(env_4);
            if (result_4)
                await result_4;
        }
    });
    it('cut resets every connection; new ones go through', async () => {
        const env_5 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_5, await startTcpProxy({ target: echoPort }), true);
            const c = await dial(proxy);
            const closed = once(c.socket, 'close');
            proxy.cut();
            await closed;
            const d = await dial(proxy);
            d.socket.write('again');
            await d.next('again');
            d.socket.destroy();
        }
        catch (e_5) {
            env_5.error = e_5;
            env_5.hasError = true;
        }
        finally {
            const result_5 = __disposeResources(env_5);
            if (result_5)
                await result_5;
        }
    });
    it('refuse makes new connections fail with ECONNREFUSED, keeps open ones, and is undone on the same port', async () => {
        const env_6 = { stack: [], error: void 0, hasError: false };
        try {
            const proxy = __addDisposableResource(env_6, await startTcpProxy({ target: echoPort }), true);
            const open = await dial(proxy);
            await proxy.refuse();
            const refused = connect(proxy.port, '127.0.0.1');
            const [err] = (await once(refused, 'error'));
            expect(err.code).toBe('ECONNREFUSED');
            open.socket.write('still');
            await open.next('still');
            await proxy.heal();
            const d = await dial(proxy);
            d.socket.write('back');
            await d.next('back');
            open.socket.destroy();
            d.socket.destroy();
        }
        catch (e_6) {
            env_6.error = e_6;
            env_6.hasError = true;
        }
        finally {
            const result_6 = __disposeResources(env_6);
            if (result_6)
                await result_6;
        }
    });
});
//# sourceMappingURL=tcp-proxy.int.test.js.map
/**
 * A TCP proxy for fault-injection tests: put it between a client and a server
 * (NATS, an agent's gRPC port) and, on command, stall, slow, black-hole, cut or
 * refuse the traffic, without killing either process. Binds 127.0.0.1 only.
 */
import { createServer, connect } from 'node:net';
function parseTarget(target) {
    if (typeof target === 'number')
        return { host: '127.0.0.1', port: target };
    const bare = target.replace(/^[a-z]+:\/\//, '');
    const i = bare.lastIndexOf(':');
    const port = Number(bare.slice(i + 1));
    if (i < 0 || !Number.isInteger(port) || port <= 0)
        throw new Error(`tcp proxy target must be host:port, got "${target}"`);
    return { host: bare.slice(0, i) || '127.0.0.1', port };
}
/**
 * Starts a proxy on 127.0.0.1 forwarding to `target`.
 *
 * @example
 * ```ts
 * const nats = await startNatsServer();
 * const proxy = await startTcpProxy({ target: nats.url });
 * const agent = await startAgent(def, { nats: proxy.url() });
 * proxy.pause();   // NATS "down" for the agent, sockets open
 * proxy.resume();
 * proxy.cut();     // connections reset; the client reconnects through the proxy
 * ```
 */
export async function startTcpProxy(options) {
    const target = parseTarget(options.target);
    const sockets = new Set();
    const clients = new Set();
    const pipes = new Set();
    let paused = false;
    let dropping = false;
    let delayMs = 0;
    let listening = false;
    const pump = (pipe) => {
        clearTimeout(pipe.timer);
        pipe.timer = undefined;
        if (paused || pipe.to.destroyed)
            return;
        const now = Date.now();
        while (pipe.queue.length > 0 && pipe.queue[0].at <= now)
            pipe.to.write(pipe.queue.shift().data);
        if (pipe.queue.length > 0)
            pipe.timer = setTimeout(() => pump(pipe), pipe.queue[0].at - now);
    };
    const wire = (from, to) => {
        const pipe = { from, to, queue: [], timer: undefined };
        pipes.add(pipe);
        from.on('data', (data) => {
            if (dropping)
                return;
            pipe.queue.push({ data, at: Date.now() + delayMs });
            if (!pipe.timer)
                pump(pipe);
        });
        from.on('close', () => {
            clearTimeout(pipe.timer);
            pipes.delete(pipe);
        });
        if (paused)
            from.pause();
        return pipe;
    };
    const server = createServer((client) => {
        sockets.add(client);
        clients.add(client);
        const upstream = connect(target.port, target.host);
        sockets.add(upstream);
        const closeBoth = () => {
            client.destroy();
            upstream.destroy();
        };
        client.on('error', closeBoth).on('close', () => {
            sockets.delete(client);
            clients.delete(client);
            closeBoth();
        });
        upstream.on('error', closeBoth).on('close', () => {
            sockets.delete(upstream);
            closeBoth();
        });
        wire(client, upstream);
        wire(upstream, client);
    });
    const listen = (port) => new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            listening = true;
            resolve(server.address().port);
        });
    });
    const stopListening = () => new Promise((resolve) => {
        if (!listening)
            return resolve();
        listening = false;
        // close() waits for open connections; those stay up on purpose, so do not wait for it.
        server.close();
        resolve();
    });
    const port = await listen(options.port ?? 0);
    const proxy = {
        port,
        address: `127.0.0.1:${port}`,
        url: (scheme = 'nats') => `${scheme}://127.0.0.1:${port}`,
        get connections() {
            return clients.size;
        },
        pause() {
            paused = true;
            for (const pipe of pipes) {
                clearTimeout(pipe.timer);
                pipe.timer = undefined;
                pipe.from.pause();
            }
        },
        resume() {
            paused = false;
            for (const pipe of pipes) {
                pipe.from.resume();
                pump(pipe);
            }
        },
        delay(ms) {
            delayMs = Math.max(0, ms);
        },
        drop(on = true) {
            dropping = on;
        },
        cut() {
            for (const socket of sockets)
                socket.destroy();
            sockets.clear();
        },
        async refuse(on = true) {
            if (on)
                await stopListening();
            else if (!listening)
                await listen(port);
        },
        async heal() {
            proxy.drop(false);
            proxy.delay(0);
            proxy.resume();
            await proxy.refuse(false);
        },
        async close() {
            await stopListening();
            proxy.cut();
        },
        [Symbol.asyncDispose]: () => proxy.close(),
    };
    return proxy;
}
//# sourceMappingURL=tcp-proxy.js.map
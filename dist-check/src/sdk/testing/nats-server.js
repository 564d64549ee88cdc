import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { connect } from 'nats';
const LISTENING = /Listening for client connections on [^\s]*:(\d+)/;
const READY = 'Server is ready';
const RELOADED = 'Reloaded server configuration';
const MAX_LOG_LINES = 200;
function exited(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return once(child, 'exit').then(() => undefined);
}
function launch(binary, args, log, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let port;
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            child.kill('SIGKILL');
            reject(err);
        };
        const timer = setTimeout(() => fail(new Error(`nats-server not ready after ${timeoutMs}ms:\n${log.join('\n')}`)), timeoutMs);
        child.once('error', (err) => {
            const hint = err.code === 'ENOENT' ? `${binary} is not on PATH; install it: apt-get install -y nats-server` : err.message;
            fail(new Error(hint, { cause: err }));
        });
        child.once('exit', (code, signal) => fail(new Error(`nats-server exited (code ${code}, signal ${signal}) before ready:\n${log.join('\n')}`)));
        for (const stream of [child.stdout, child.stderr]) {
            createInterface({ input: stream }).on('line', (line) => {
                log.push(line);
                if (log.length > MAX_LOG_LINES)
                    log.shift();
                const listening = LISTENING.exec(line);
                if (listening?.[1] !== undefined)
                    port = Number(listening[1]);
                if (!settled && line.includes(READY) && port !== undefined) {
                    settled = true;
                    clearTimeout(timer);
                    resolve({ child, port });
                }
            });
        }
    });
}
/** One real client round trip, so "ready" means a client can really connect. */
async function probe(url, options) {
    if (options === false)
        return;
    const nc = await connect({ ...options, servers: url, reconnect: false, timeout: 5000 });
    await nc.flush();
    await nc.close();
}
/**
 * Starts a real `nats-server` on 127.0.0.1 with a random free port (`-p -1`) and,
 * by default, JetStream in a fresh temp store dir. Resolves once the server logged
 * that it is ready and a client connected: no sleeps.
 *
 * @example
 * await using nats = await startNatsServer();
 * const nc = await connect({ servers: nats.url });
 */
export async function startNatsServer(options = {}) {
    const jetstream = options.jetstream ?? true;
    const ownsDir = jetstream && options.storeDir === undefined;
    const storeDir = jetstream ? (options.storeDir ?? (await mkdtemp(join(tmpdir(), 'troupe-nats-')))) : '';
    const timeoutMs = options.readyTimeoutMs ?? 10_000;
    const binary = options.binary ?? 'nats-server';
    const log = [];
    const configDir = options.config === undefined ? undefined : await mkdtemp(join(tmpdir(), 'troupe-nats-conf-'));
    const configFile = configDir === undefined ? undefined : join(configDir, 'nats-server.conf');
    if (configFile !== undefined)
        await writeFile(configFile, options.config ?? '', { mode: 0o600 });
    const removeTemp = async () => {
        if (ownsDir)
            await rm(storeDir, { recursive: true, force: true });
        if (configDir !== undefined)
            await rm(configDir, { recursive: true, force: true });
    };
    const probeOptions = options.probe ?? {};
    const argsFor = (port) => [
        ...(configFile !== undefined ? ['-c', configFile] : []),
        '-a', '127.0.0.1', '-p', String(port),
        ...(jetstream ? ['-js', '-sd', storeDir] : []),
        ...(options.args ?? []),
    ];
    let current;
    const killOnExit = () => {
        current?.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    const signal = async (sig) => {
        const child = current;
        current = undefined;
        if (!child)
            return;
        child.kill(sig);
        await exited(child);
    };
    let started;
    try {
        started = await launch(binary, argsFor(-1), log, timeoutMs);
    }
    catch (err) {
        process.off('exit', killOnExit);
        await removeTemp();
        throw err;
    }
    current = started.child;
    const port = started.port;
    const url = `nats://127.0.0.1:${port}`;
    try {
        await probe(url, probeOptions);
    }
    catch (err) {
        await signal('SIGKILL');
        process.off('exit', killOnExit);
        await removeTemp();
        throw err;
    }
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        await signal('SIGTERM');
        process.off('exit', killOnExit);
        await removeTemp();
    };
    return {
        url,
        port,
        storeDir,
        get pid() {
            return current?.exitCode === null ? current.pid : undefined;
        },
        logs: () => [...log],
        stop,
        kill: () => signal('SIGKILL'),
        async restart() {
            if (stopped)
                throw new Error('nats-server was stopped; start a new one');
            await signal('SIGTERM');
            current = (await launch(binary, argsFor(port), log, timeoutMs)).child;
            await probe(url, probeOptions);
        },
        async reload(config) {
            if (configFile === undefined)
                throw new Error('reload() needs a server started with a config');
            const child = current;
            if (!child)
                throw new Error('nats-server is not running');
            await writeFile(configFile, config, { mode: 0o600 });
            const reloadsBefore = log.filter((l) => l.includes(RELOADED)).length;
            child.kill('SIGHUP');
            const deadline = Date.now() + timeoutMs;
            while (log.filter((l) => l.includes(RELOADED)).length === reloadsBefore) {
                if (Date.now() > deadline)
                    throw new Error(`nats-server did not reload its configuration within ${timeoutMs} ms:\n${log.join('\n')}`);
                await new Promise((resolve) => setTimeout(resolve, 20));
            }
        },
        [Symbol.asyncDispose]: stop,
    };
}
//# sourceMappingURL=nats-server.js.map
import { request } from 'node:http';
import { connect } from 'node:net';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status, TroupeError } from '../../src/sdk/index.js';
import { startNatsServer } from './nats-server.js';
import { spawnTroupe } from './processes.js';
import { waitFor } from './wait-for.js';
export async function startHostileStack(env = {}, options = {}) {
    const nats = await startNatsServer();
    const procs = [];
    const close = async () => {
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await nats.stop();
    };
    try {
        const base = { TROUPE_HEARTBEAT_MS: '500', ...env };
        const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], base);
        procs.push(orchestrator);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
        const agent = spawnTroupe(['agent', 'echo', '--nats', nats.url], base);
        procs.push(agent);
        const listening = await agent.waitForLine(/agent \S+ \((\S+)\) listening on (\S+)/, 20_000);
        let sidecar;
        if (options.sidecar) {
            const plain = spawnTroupe(['agent', 'echo'], { ...base, NATS_URL: '' });
            procs.push(plain);
            const [, , plainAddress] = await plain.waitForLine(/agent \S+ \((\S+)\) listening on (\S+)/, 20_000);
            const announce = spawnTroupe(['announce', '--grpc', plainAddress ?? '', '--nats', nats.url, '--heartbeat-ms', '500'], base);
            procs.push(announce);
            const [, instanceId] = await announce.waitForLine(/announcing \S+ \((\S+)\) at/, 20_000);
            sidecar = { process: announce, instanceId: instanceId ?? '' };
        }
        const client = createOrchestratorClient(ready[1] ?? '');
        await waitFor(async () => (await client.listAgents({ capability: 'echo.say' })).some((a) => a.state === 'active'), {
            timeoutMs: 10_000,
            what: 'the echo agent to be routable',
            intervalMs: 50,
        });
        const http = ready[2] ?? '';
        return {
            nats,
            orchestrator,
            agent,
            grpc: ready[1] ?? '',
            http,
            agentGrpc: listening[2] ?? '',
            ...(sidecar ? { sidecar } : {}),
            client,
            async assertHealthy(withinMs = 5000) {
                const watched = [['orchestrator', orchestrator], ['echo agent', agent]];
                if (sidecar)
                    watched.push(['announce sidecar', sidecar.process]);
                for (const [name, p] of watched) {
                    if (p.child.exitCode !== null || p.child.signalCode !== null)
                        throw new Error(`the ${name} process exited; its output:\n${p.output()}`);
                }
                const started = Date.now();
                const health = await httpGet(http, '/healthz', withinMs);
                if (health.status !== 200 || health.body !== 'ok\n')
                    throw new Error(`/healthz answered ${health.status} ${JSON.stringify(health.body)}`);
                // On a loaded machine a late heartbeat makes the agent 'suspect' for a moment (UNAVAILABLE,
                // a retryable answer); anything else, or no answer within the bound, fails.
                const result = await waitFor(async () => {
                    try {
                        return await client.submitTask({ capability: 'echo.say', input: { ping: started }, timeoutMs: withinMs }, { deadline: new Date(started + withinMs) });
                    }
                    catch (err) {
                        if (TroupeError.is(err) && err.code === Status.UNAVAILABLE)
                            return undefined;
                        throw err;
                    }
                }, { timeoutMs: withinMs, what: 'a SubmitTask to echo.say', intervalMs: 50 });
                if (result.output.ping !== started)
                    throw new Error(`echo.say answered ${JSON.stringify(result.output)}`);
                const took = Date.now() - started;
                if (took > withinMs)
                    throw new Error(`a normal request took ${took} ms (bound ${withinMs} ms)`);
            },
            async close() {
                client.close();
                await close();
            },
        };
    }
    catch (err) {
        await close();
        throw err;
    }
}
/** A GET through node:http; resolves with status and body text. */
export function httpGet(address, path, timeoutMs = 5000) {
    const [host, port] = splitAddress(address);
    return new Promise((resolve, reject) => {
        // A fresh connection each time: a kept-alive one can race the server's keep-alive timeout (a spurious hang-up).
        const req = request({ host, port, path, method: 'GET', timeout: timeoutMs, agent: false }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`GET ${path} took over ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
/**
 * Writes `raw` bytes to a fresh TCP connection and resolves with what came back
 * before the server closed it (or `idleMs` passed without more bytes, for a server
 * that keeps the connection open awaiting more).
 */
export function rawExchange(address, raw, idleMs = 300) {
    const [host, port] = splitAddress(address);
    return new Promise((resolve) => {
        const socket = connect({ host, port });
        let answer = '';
        let timer;
        const finish = () => {
            clearTimeout(timer);
            socket.destroy();
            resolve(answer);
        };
        const idle = () => {
            clearTimeout(timer);
            timer = setTimeout(finish, idleMs);
        };
        socket.on('connect', () => {
            socket.write(raw); // not end(): the server drops a half-closed connection before it answers
            idle();
        });
        socket.on('data', (chunk) => {
            answer += chunk.toString('latin1');
            idle();
        });
        socket.on('close', finish);
        socket.on('error', finish);
    });
}
function splitAddress(address) {
    const i = address.lastIndexOf(':');
    return [address.slice(0, i), Number(address.slice(i + 1))];
}
//# sourceMappingURL=hostile-stack.js.map
// A real 3-node (or 5-node) nats-server JetStream cluster on loopback ports, for tests
// of Troupe on a cluster (buckets at R3, a node killed mid-flight). Each node is the
// pinned nats-server (toolPath: Debian's 2.9 is too old for what docs/operations.md
// documents), started through the SDK's startNatsServer with a config naming the
// server, its monitoring port, and the cluster's routes to every node.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer } from './nats-server.js';
import { toolPath } from './tools.js';
import { waitFor } from './wait-for.js';
import { freePort } from './free-port.js';
/**
 * The node's health as nats-server reports it: `/healthz` answers 200 only when the
 * server is up, JetStream is enabled, the meta group has a leader and this node's
 * copies of the streams and consumers are current.
 */
async function healthy(monitorUrl) {
    const res = await fetch(`${monitorUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
    await res.body?.cancel();
    return res.status === 200;
}
/**
 * Starts `size` nats-server processes (the pinned v2.15) forming one JetStream cluster
 * on loopback: each has a server_name, its own store dir in a temp dir, a monitoring
 * port and routes to every node. Resolves once every node's /healthz answers 200.
 *
 * @example
 * await using cluster = await startNatsCluster();
 * const orch = await startOrchestrator({ natsUrl: cluster.urls, storeReplicas: 3, ... });
 * await cluster.nodes[0].kill();
 */
export async function startNatsCluster(options = {}) {
    // Ports are picked free, released, then bound by the server a moment later: another
    // process (a parallel test file) can take one in between. Then the node exits with
    // "address already in use", and the cluster starts again on new ports.
    for (let attempt = 1;; attempt++) {
        try {
            return await startOnce(options);
        }
        catch (err) {
            if (attempt >= 3 || !(err instanceof Error && err.message.includes('address already in use')))
                throw err;
        }
    }
}
async function startOnce(options) {
    const size = options.size ?? 3;
    const readyTimeoutMs = options.readyTimeoutMs ?? 20_000;
    const binary = toolPath('nats-server');
    const root = await mkdtemp(join(tmpdir(), 'troupe-nats-cluster-'));
    const specs = await Promise.all(Array.from({ length: size }, async (_, i) => ({ name: `n${i + 1}`, routePort: await freePort(), monitorPort: await freePort() })));
    const routes = specs.map((s) => `nats-route://127.0.0.1:${s.routePort}`).join(', ');
    const handles = [];
    const nodes = [];
    const close = async () => {
        await Promise.all(handles.map((h) => h.stop()));
        await rm(root, { recursive: true, force: true });
    };
    const waitHealthy = async (timeoutMs = readyTimeoutMs) => {
        const running = nodes.filter((n) => n.running);
        await Promise.all(running.map((n) => waitFor(() => healthy(n.monitorUrl), { timeoutMs, intervalMs: 100, what: `${n.name} /healthz to answer 200:\n${n.logs().slice(-15).join('\n')}` })));
    };
    try {
        for (const spec of specs) {
            const config = [
                `server_name: ${spec.name}`,
                `http: "127.0.0.1:${spec.monitorPort}"`,
                `cluster { name: troupe-test, listen: "127.0.0.1:${spec.routePort}", routes: [${routes}] }`,
                options.config ?? '',
            ].join('\n');
            // The readiness probe connects as a client: a node alone (the others not started
            // yet) accepts clients, so the nodes can start one after the other.
            const handle = await startNatsServer({ binary, config, storeDir: join(root, spec.name), readyTimeoutMs });
            handles.push(handle);
            let running = true;
            const monitorUrl = `http://127.0.0.1:${spec.monitorPort}`;
            nodes.push({
                name: spec.name,
                url: handle.url,
                monitorUrl,
                get running() {
                    return running;
                },
                async kill() {
                    running = false;
                    await handle.kill();
                },
                async restart() {
                    await handle.restart();
                    running = true;
                    await waitFor(() => healthy(monitorUrl), { timeoutMs: readyTimeoutMs, intervalMs: 100, what: `${spec.name} /healthz after restart:\n${handle.logs().slice(-15).join('\n')}` });
                },
                logs: () => handle.logs(),
            });
        }
        await waitHealthy();
    }
    catch (err) {
        await close();
        throw err;
    }
    return { nodes, urls: nodes.map((n) => n.url).join(','), waitHealthy, close, [Symbol.asyncDispose]: close };
}
//# sourceMappingURL=nats-cluster.js.map
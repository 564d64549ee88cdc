import { createServer } from 'node:net';
/**
 * A free TCP port on 127.0.0.1, for tools that cannot bind port 0 and report it (a NATS
 * cluster's routes, Jaeger, Prometheus, Alertmanager): bound, then released, and bound by
 * the tool a moment later. Another process can take it in between; a caller that starts
 * something on it retries on "address already in use".
 */
export async function freePort() {
    const server = createServer();
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    const address = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    if (address === null || typeof address === 'string')
        throw new Error('no TCP address');
    return address.port;
}
//# sourceMappingURL=free-port.js.map
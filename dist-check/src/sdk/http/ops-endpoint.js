import { createServer } from 'node:http';
import { within } from '../util/nats-shutdown.js';
import { stateBodyLength } from './head-length.js';
import { createReloadingHttpsServer } from './https-server.js';
import { requestUrl } from './request-url.js';
/** The paths an operations endpoint serves. */
export const OPS_PATHS = ['/metrics', '/healthz', '/readyz'];
const METHODS = ['GET', 'HEAD'];
/**
 * An HTTP endpoint for operations, the same on every SDK process that wants one (an
 * agent: `metricsPort`): `GET /metrics` (Prometheus text), `/healthz` (200 while the
 * process runs), `/readyz` (200 when ready, 503 otherwise, JSON either way). A known
 * path with another method than GET or HEAD gets 405 with `Allow`; anything else 404;
 * a target that is not a path 400. Nothing on it needs a token or acts: it says how many
 * tasks ran, never what they carried, like the orchestrator's `/metrics`. With `tls` it
 * serves HTTPS only (see https-server.ts).
 *
 * @example
 * const ops = await startOpsEndpoint({ host: '127.0.0.1', port: 0, metrics: telemetry.metricsHandler, readiness: () => ({ ready: true }) });
 * console.log(ops.metricsUrl);
 * await ops.close(500);
 */
export async function startOpsEndpoint(options) {
    const handler = (req, res) => {
        try {
            route(options, req, res);
        }
        catch (err) {
            options.logger?.error({ err, method: req.method, path: req.url }, 'ops endpoint request failed');
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
            else
                res.destroy();
        }
    };
    const server = options.tls ? createReloadingHttpsServer(options.tls, handler, { logger: options.logger, plaintextHint: options.plaintextHint }) : createServer(handler);
    await new Promise((resolve, reject) => {
        server.once('error', reject).listen(options.port, options.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    let closing;
    return {
        metricsUrl: `${options.tls ? 'https' : 'http'}://${host}:${port}/metrics`,
        address: `${host}:${port}`,
        close: (ms) => (closing ??= (async () => {
            const closed = new Promise((resolve) => server.close(() => resolve()));
            server.closeIdleConnections();
            if ((await within(closed, ms)) !== 'ok')
                server.closeAllConnections();
        })()),
    };
}
function route(options, req, res) {
    const url = requestUrl(req.url);
    if (!url) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request target: expected a path such as /metrics\n');
        return;
    }
    if (!OPS_PATHS.includes(url.pathname)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: try ${OPS_PATHS.join(', ')}\n`);
        return;
    }
    if (!METHODS.includes(req.method ?? '')) {
        res.writeHead(405, { 'content-type': 'text/plain', allow: METHODS.join(', ') }).end(`method not allowed: ${url.pathname} accepts ${METHODS.join(', ')}\n`);
        return;
    }
    if (req.method === 'HEAD')
        stateBodyLength(res);
    switch (url.pathname) {
        case '/metrics':
            options.metrics(req, res);
            return;
        case '/healthz':
            res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
            return;
        default: {
            const readiness = options.readiness();
            const body = `${JSON.stringify(readiness)}\n`;
            res.writeHead(readiness.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) }).end(body);
        }
    }
}
//# sourceMappingURL=ops-endpoint.js.map
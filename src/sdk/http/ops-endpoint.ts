import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { ReloadingCertificateProvider } from '../security/reloading-provider.js';
import { within } from '../util/nats-shutdown.js';
import { stateBodyLength } from './head-length.js';
import { createReloadingHttpsServer } from './https-server.js';
import { requestUrl } from './request-url.js';

/** The paths an operations endpoint serves. */
export const OPS_PATHS = ['/metrics', '/healthz', '/readyz'] as const;
const METHODS = ['GET', 'HEAD'];

/** What `/readyz` reports: `ready` decides 200 or 503; the rest is shown as JSON. */
export interface Readiness {
  ready: boolean;
  [detail: string]: unknown;
}

/** Options of {@link startOpsEndpoint}. */
export interface OpsEndpointOptions {
  /** Interface to bind. */
  host: string;
  /** Port to bind; 0 picks a free one. */
  port: number;
  /** Serve HTTPS with this certificate, following its files. @default none (plain HTTP) */
  tls?: ReloadingCertificateProvider | undefined;
  /** Appended to the 400 a plaintext request gets on the HTTPS port (which setting turned HTTPS on). */
  plaintextHint?: string | undefined;
  /** Answers `GET /metrics`, e.g. `Telemetry.metricsHandler`. */
  metrics: (req: IncomingMessage, res: ServerResponse) => void;
  /** Read at each `GET /readyz`. */
  readiness: () => Readiness;
  /** Where a failing route is logged. @default silent */
  logger?: Logger | undefined;
}

/** A listening operations endpoint. */
export interface OpsEndpoint {
  /** `http(s)://host:port/metrics`, as bound (IPv6 hosts in brackets). */
  readonly metricsUrl: string;
  /** The bound `host:port`. */
  readonly address: string;
  /** Stops listening; open connections get `ms` to finish, then are cut. Never rejects. */
  close(ms: number): Promise<void>;
}

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
export async function startOpsEndpoint(options: OpsEndpointOptions): Promise<OpsEndpoint> {
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    try {
      route(options, req, res);
    } catch (err) {
      options.logger?.error({ err, method: req.method, path: req.url }, 'ops endpoint request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
      else res.destroy();
    }
  };
  const server: Server = options.tls ? createReloadingHttpsServer(options.tls, handler, { logger: options.logger, plaintextHint: options.plaintextHint }) : createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    metricsUrl: `${options.tls ? 'https' : 'http'}://${host}:${port}/metrics`,
    address: `${host}:${port}`,
    close: (ms) =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if ((await within(closed, ms)) !== 'ok') server.closeAllConnections();
      })()),
  };
}

function route(options: OpsEndpointOptions, req: IncomingMessage, res: ServerResponse): void {
  const url = requestUrl(req.url);
  if (!url) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request target: expected a path such as /metrics\n');
    return;
  }
  if (!(OPS_PATHS as readonly string[]).includes(url.pathname)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: try ${OPS_PATHS.join(', ')}\n`);
    return;
  }
  if (!METHODS.includes(req.method ?? '')) {
    res.writeHead(405, { 'content-type': 'text/plain', allow: METHODS.join(', ') }).end(`method not allowed: ${url.pathname} accepts ${METHODS.join(', ')}\n`);
    return;
  }
  if (req.method === 'HEAD') stateBodyLength(res);
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

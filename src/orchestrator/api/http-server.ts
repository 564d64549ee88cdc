import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from '../registry/registry.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { handleRunRoutes } from './http-runs.js';

interface OpsDeps {
  registry: Registry;
  ready: () => boolean;
  metrics: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The request target as a URL, or undefined when it is not one a browser could send:
 * `new URL` throws on targets such as `//` or `http://[` (a TypeError that used to
 * escape the handler as an unhandled rejection and stop the process).
 */
export function requestUrl(target: string | undefined): URL | undefined {
  if (target === undefined) return undefined;
  const absolute = /^https?:\/\//i.test(target); // absolute-form, as proxies send it
  if (!absolute && !target.startsWith('/')) return undefined;
  try {
    // An origin-form path is read as a path; a leading `//` would make it an authority.
    return absolute ? new URL(target) : new URL(target.replace(/^\/+/, '/'), 'http://localhost');
  } catch {
    return undefined;
  }
}

/**
 * The orchestrator's HTTP endpoint: `/healthz` (process up), `/readyz` (NATS
 * connected and start-up discovery done), `/metrics` (Prometheus text), and the
 * run routes for listeners and the web page (see http-runs.ts). A request target
 * that is not an origin-form path gets 400; no request can stop the process.
 */
export function createHttpServer(deps: OpsDeps & { engine: RunEngine; logger?: Logger }): Server {
  return createServer((req, res) => {
    const url = requestUrl(req.url);
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request target: expected a path such as /healthz\n');
      return;
    }
    handleRunRoutes(deps.engine, req, res, url)
      .then((handled) => handled || serveOps(deps, req, res, url))
      .catch((err: unknown) => {
        // handleRunRoutes answers its own errors; this is a bug in a route, kept to this request.
        deps.logger?.error({ err, method: req.method }, 'http request failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
        else res.destroy();
      });
  });
}

function serveOps(deps: OpsDeps, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end('method not allowed\n');
    return;
  }
  switch (url.pathname) {
    case '/healthz':
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    case '/readyz': {
      const ready = deps.ready();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(
        JSON.stringify({ ready, agents: deps.registry.list().length }) + '\n',
      );
      return;
    }
    case '/metrics':
      deps.metrics(req, res);
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /, /healthz, /readyz, /metrics, /api/runs/{id}, /runs/{id}/audio\n');
  }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from '../registry/registry.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { handleRunRoutes } from './http-runs.js';

/**
 * The orchestrator's HTTP endpoint: `/healthz` (process up), `/readyz` (NATS
 * connected and start-up discovery done), `/metrics` (Prometheus text), and the
 * run routes for listeners and the web page (see http-runs.ts).
 */
export function createHttpServer(deps: {
  registry: Registry;
  engine: RunEngine;
  ready: () => boolean;
  metrics: (req: IncomingMessage, res: ServerResponse) => void;
}): Server {
  return createServer((req, res) => {
    void handleRunRoutes(deps.engine, req, res).then((handled) => handled || serveOps(deps, req, res));
  });
}

function serveOps(deps: { registry: Registry; ready: () => boolean; metrics: (req: IncomingMessage, res: ServerResponse) => void }, req: IncomingMessage, res: ServerResponse): void {
  {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
}

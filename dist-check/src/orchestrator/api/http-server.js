import { createServer } from 'node:http';
import { statusName, toGrpcStatus, Status } from '../../sdk/errors.js';
import { ANONYMOUS } from '../../sdk/security/scopes.js';
import { allowedMethods, KNOWN_PATHS } from './http-routes.js';
import { stateBodyLength } from '../../sdk/http/head-length.js';
import { createReloadingHttpsServer } from '../../sdk/http/https-server.js';
import { requestUrl } from '../../sdk/http/request-url.js';
import { openApiDocument } from './openapi.js';
import { INSTRUMENTATION_VERSION } from '../../sdk/telemetry/index.js';
import { handleRunRoutes, sendError } from './http-runs.js';
import { BULK_RUNS_PATH, startRunsOverHttp } from './http-bulk.js';
import { handleScheduleRoutes } from './http-schedules.js';
import { handleTriggerRoutes } from './http-triggers.js';
import { handleTaskRoutes } from './http-tasks.js';
import { handleConsoleRoutes } from './http-console.js';
import { handleTraceRoute } from './http-trace.js';
import { createRunTraceSource } from '../traces/trace-source.js';
import { handleRolloutRoutes } from './http-rollouts.js';
import { serveConsole } from './http-console-static.js';
import { httpRouteScope } from './scopes.js';
import { handleWebhookRoutes } from './http-webhooks.js';
/** Without a Jaeger query URL every trace read answers 409 (not configured). */
const NO_TRACES = createRunTraceSource({ timeoutMs: 0 });
/**
 * The orchestrator's HTTP endpoint: `/healthz` (process up), `/readyz` (NATS
 * connected and start-up discovery done), `/health` (JSON for humans and load
 * balancers: 200 healthy or degraded, 503 unhealthy), `/metrics` (Prometheus text), and the
 * run routes for listeners and the web page (see http-runs.ts), behind the API's
 * bearer-token check. A request target that is not an origin-form path gets 400, an
 * unknown path 404, a known path asked with another method 405 with `Allow` (see
 * http-routes.ts); every GET route answers HEAD too. No request can stop the process.
 * With `tls` it serves HTTPS only, with that certificate, following its files (sdk/http/https-server.ts).
 */
export function createHttpServer(deps) {
    const handler = (req, res) => {
        const url = requestUrl(req.url);
        if (!url) {
            res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request target: expected a path such as /healthz\n');
            return;
        }
        const methods = allowedMethods(url.pathname);
        if (!methods) {
            res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: try ${KNOWN_PATHS}\n`);
            return;
        }
        if (!methods.includes(req.method ?? '')) {
            res.writeHead(405, { 'content-type': 'text/plain', allow: methods.join(', ') }).end(`method not allowed: ${url.pathname} accepts ${methods.join(', ')}\n`);
            return;
        }
        if (req.method === 'HEAD')
            stateBodyLength(res);
        authorizeHttp(deps.authorizer, req, res, url)
            .then(async (principal) => {
            if (!principal)
                return;
            const tasks = deps.tasks ? { ...deps.tasks, logger: deps.logger, audit: deps.authorizer?.audit } : undefined;
            if (tasks && (await handleTaskRoutes(tasks, req, res, url, principal)))
                return;
            if (await handleScheduleRoutes(deps.schedules, req, res, url, principal))
                return;
            if (await serveConsole(req, res, url))
                return;
            if (deps.api && (await handleConsoleRoutes({ api: deps.api, engine: deps.engine, audit: deps.authorizer?.audit }, req, res, url, principal).catch((err) => {
                if (res.headersSent)
                    res.destroy();
                else
                    sendError(res, err);
                return true;
            })))
                return;
            if (deps.api && (await handleRolloutRoutes(deps.api, deps.rollouts, req, res, url).catch((err) => {
                sendError(res, err);
                return true;
            })))
                return;
            if (await handleTriggerRoutes(deps.triggers, req, res, url, principal))
                return;
            if (await handleWebhookRoutes(deps.callbacks?.webhooks?.deliveries, req, res, url, principal).catch((err) => {
                sendError(res, err);
                return true;
            }))
                return;
            if (url.pathname === BULK_RUNS_PATH) {
                await startRunsOverHttp(deps.engine, req, res, principal, { ...deps.callbacks, audit: deps.authorizer?.audit }).catch((err) => sendError(res, err));
                return;
            }
            if (await handleTraceRoute({ engine: deps.engine, traces: deps.traces ?? NO_TRACES, audit: deps.authorizer?.audit }, req, res, url, principal))
                return;
            const handled = await handleRunRoutes(deps.engine, req, res, url, principal, deps.authorizer?.audit, deps.callbacks);
            if (!handled)
                serveOps(deps, req, res, url);
        })
            .catch((err) => {
            // Routes answer their own errors; this is a bug in a route, kept to this request.
            deps.logger?.error({ err, method: req.method }, 'http request failed');
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error\n');
            else
                res.destroy();
        });
    };
    return deps.tls
        ? createReloadingHttpsServer(deps.tls, handler, {
            logger: deps.logger,
            plaintextHint: 'the orchestrator has a TLS certificate, TROUPE_TLS_CERT; TROUPE_HTTP_TLS=false turns HTTPS off',
        })
        : createServer(handler);
}
/**
 * The HTTP door: API, SSE and audio routes need a bearer token with the route's
 * scope (see scopes.ts); `/`, `/health`, `/healthz`, `/readyz` and `/metrics` stay open.
 * `EventSource` and `<audio src>` cannot send headers, so GETs (and HEADs) of
 * `/api/runs/{id}/events`, `/api/agents/events` and `/runs/{id}/audio` also accept `?access_token=`.
 * Answers 401 (with `WWW-Authenticate: Bearer`) or 403 itself and resolves to undefined.
 */
async function authorizeHttp(authorizer, req, res, url) {
    const scope = httpRouteScope(req.method, url.pathname);
    if (!authorizer?.enabled || !scope)
        return ANONYMOUS;
    let header = req.headers.authorization;
    const queryToken = url.searchParams.get('access_token');
    if (header === undefined && queryToken && (req.method === 'GET' || req.method === 'HEAD') && /^\/(api\/runs\/[^/]+\/events|runs\/[^/]+\/audio|api\/agents\/events)$/.test(url.pathname))
        header = `Bearer ${queryToken}`;
    try {
        const traceparent = req.headers.traceparent;
        const traceId = typeof traceparent === 'string' ? /^[\da-f]{2}-([\da-f]{32})-/.exec(traceparent)?.[1] : undefined;
        return await authorizer.authorize({
            header,
            scope,
            action: `${req.method ?? 'GET'} ${routeTemplate(url.pathname)}`,
            ...(traceId ? { traceId } : {}),
            ...(req.socket.remoteAddress ? { peerAddress: req.socket.remoteAddress } : {}),
        });
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        const unauthenticated = code === Status.UNAUTHENTICATED;
        const challenge = unauthenticated ? `Bearer realm="troupe", error="invalid_token"` : `Bearer realm="troupe", error="insufficient_scope", scope="${scope}"`;
        res
            .writeHead(unauthenticated ? 401 : 403, { 'content-type': 'application/json', 'www-authenticate': challenge })
            .end(`${JSON.stringify({ error: statusName(code), message: details })}\n`);
        return undefined;
    }
}
/** A path with its ids replaced by placeholders, for audit records (ids are not actions). */
function routeTemplate(pathname) {
    return pathname
        .replace(/^\/(api\/runs|runs|api\/agents|api\/workflows|api\/dead-letters|api\/rollouts)\/(?!events$)[^/]+/, '/$1/{id}')
        .replace(/^\/api\/tasks\/(?!aggregate$)[^/]+$/, '/api/tasks/{id}');
}
/** The operations routes (GET or HEAD; createHttpServer has checked the method). */
function serveOps(deps, req, res, url) {
    switch (url.pathname) {
        case '/healthz':
            res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
            return;
        case '/readyz': {
            const ready = deps.ready();
            res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready, agents: deps.registry.list().length }) + '\n');
            return;
        }
        case '/health': {
            const report = deps.health();
            const body = JSON.stringify(report) + '\n';
            res.writeHead(report.status === 'unhealthy' ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) }).end(body);
            return;
        }
        case '/metrics':
            deps.metrics(req, res);
            return;
        case '/api/openapi.json':
            res.writeHead(200, { 'content-type': 'application/json' }).end(`${JSON.stringify(openApiDocument(INSTRUMENTATION_VERSION))}\n`);
            return;
        case '/api/config':
            res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${JSON.stringify({ jaegerUiUrl: deps.pageConfig?.jaegerUiUrl?.replace(/\/+$/, '') ?? null, traceSource: deps.pageConfig?.traceSource ?? 'run' })}\n`);
            return;
        default:
            res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: try ${KNOWN_PATHS}\n`);
    }
}
//# sourceMappingURL=http-server.js.map
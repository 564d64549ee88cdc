import { ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { statusName } from '../../sdk/errors.js';
import { ATTR, contextFromTraceparent, instrument } from '../../sdk/telemetry/index.js';
import { TraceUnavailableError } from '../traces/errors.js';
import { runGuard, sendError, sendJson } from './http-runs.js';
const ROUTE = '/api/runs/{id}/trace';
const PATH = /^\/api\/runs\/([^/]+)\/trace$/;
/**
 * `GET /api/runs/{id}/trace` (and HEAD): the run's trace as Jaeger has it, read server-side
 * (traces/trace-source.ts) and answered as a compact span list (traces/run-trace.ts). Same
 * scope and workflow limit as `GET /api/runs/{id}`. Answers 404 for an unknown run or one
 * Jaeger has no span of (yet), 409 when no Jaeger query URL is set, 502 when Jaeger cannot be
 * reached or answers something else, 504 when it is too slow; each with `{ error, message }`.
 * Returns false when the request is not this route.
 */
export async function handleTraceRoute(deps, req, res, url, principal) {
    const match = PATH.exec(url.pathname);
    if (!match?.[1] || (req.method !== 'GET' && req.method !== 'HEAD'))
        return false;
    const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
    const parent = traceparent ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
    const attributes = { 'http.request.method': req.method, 'http.route': ROUTE };
    try {
        const trace = await instrument(`${req.method} ${ROUTE}`, { kind: SpanKind.SERVER, attributes, parent }, async (span, ctx) => {
            const runId = await runGuard(deps.engine, principal, deps.audit)(match[1] ?? '', 'GetRun');
            span.setAttribute(ATTR.RUN_ID, runId);
            const report = (await deps.engine.getRun(runId));
            return deps.traces.read(runId, typeof report?.traceId === 'string' ? report.traceId : '', ctx);
        });
        sendJson(res, 200, trace);
    }
    catch (err) {
        if (TraceUnavailableError.is(err))
            sendJson(res, err.httpStatus, { error: statusName(err.code), message: err.message, retryable: err.retryable });
        else
            sendError(res, err);
    }
    return true;
}
//# sourceMappingURL=http-trace.js.map
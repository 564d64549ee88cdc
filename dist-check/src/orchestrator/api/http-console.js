import { context, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import { InvalidArgumentError, Status, toGrpcStatus } from '../../sdk/errors.js';
import { allowsWorkflow, requireWorkflow } from '../../sdk/security/scopes.js';
import { ATTR, contextFromTraceparent, getTracer } from '../../sdk/telemetry/index.js';
import { applyAgentMode } from './agents.js';
import { toAgentState, toAgentStatus } from './agent-status.js';
import { DeadLetterOps } from './dead-letters.js';
import { limitQuery, readJson, sendJson } from './http-runs.js';
const MODES = { active: 'active', maintenance: 'maintenance', drain: 'drain' };
const REPLAY = { step: 'step', run: 'run', from_step: 'from_step' };
const SEGMENT = /^[^/]{1,256}$/;
/** One mutating route: its span (a child of `traceparent`) and its audit record, as the gRPC guard writes for the RPC. */
async function mutation(deps, req, principal, names, act) {
    const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
    const parent = traceparent ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
    const span = getTracer().startSpan(`POST ${names.route}`, { attributes: { 'http.request.method': 'POST', 'http.route': names.route, 'troupe.api.action': names.action } }, parent);
    const traceId = span.spanContext().traceId;
    const ctx = trace.setSpan(parent, span);
    try {
        const result = await context.with(ctx, () => act(ctx));
        deps.audit?.append({ actor: principal.subject, action: names.action, target: names.target, outcome: 'ok', traceId });
        return result;
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        span.setStatus({ code: SpanStatusCode.ERROR, message: details });
        deps.audit?.append({ actor: principal.subject, action: names.action, target: names.target, outcome: code === Status.PERMISSION_DENIED ? 'denied' : 'error', reason: details, traceId });
        throw err;
    }
    finally {
        span.end();
    }
}
/** A JSON object body (`{}` when empty) whose fields are all in `allowed`. */
async function objectBody(req, allowed, example) {
    const body = await readJson(req, 64 * 1024);
    if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new InvalidArgumentError(`the body must be a JSON object such as ${example}`);
    const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
    if (unknown.length > 0)
        throw new InvalidArgumentError(`unknown field(s) ${unknown.join(', ')} in the body (${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes none: send {} or nothing'})`);
    return body;
}
/**
 * The HTTP mirror of the gRPC methods the console needs (docs/http-api.md), each with the
 * RPC's scope (checked by the HTTP door before this, see scopes.ts), checks and audit record:
 * - `GET /api/agents` (ListAgents), `GET /api/agents/events` (WatchAgents as Server-Sent Events),
 *   `POST /api/agents/{id}/mode` `{ mode }` (SetAgentMode);
 * - `GET /api/workflows` (ListWorkflows), `GET /api/workflows/{name}/versions` (ListWorkflowVersions);
 * - `GET /api/dead-letters` (ListDeadLetters), `POST /api/dead-letters/{task}/replay` `{ mode? }`
 *   (ReplayDeadLetter), `POST /api/dead-letters/{task}/discard` (DiscardDeadLetter);
 * - `POST /api/runs/{id}/cancel` `{ reason? }` (CancelRun).
 * Returns false for any other path; errors are thrown for the caller to answer.
 */
export async function handleConsoleRoutes(deps, req, res, url, principal) {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'api' || parts.slice(2).some((p) => !SEGMENT.test(p)))
        return false;
    const read = req.method === 'GET' || req.method === 'HEAD';
    const post = req.method === 'POST';
    const id = decodeSegment(parts[2] ?? '');
    const { api, engine } = deps;
    const deadLetters = () => new DeadLetterOps(api, engine, api.deadLetters);
    switch (parts[1]) {
        case 'agents':
            if (read && parts.length === 2) {
                const includeLeft = url.searchParams.get('include_left') === 'true';
                sendJson(res, 200, { agents: api.registry.list({ capability: url.searchParams.get('capability') ?? '', includeLeft }).map(toAgentStatus) });
                return true;
            }
            if (read && parts.length === 3 && id === 'events') {
                streamAgents(api, req, res);
                return true;
            }
            if (post && parts.length === 4 && parts[3] === 'mode') {
                const body = await objectBody(req, ['mode'], '{"mode": "maintenance"}');
                const mode = typeof body.mode === 'string' ? MODES[body.mode] : undefined;
                if (!mode)
                    throw new InvalidArgumentError(`body.mode must be "active", "maintenance" or "drain"; got ${JSON.stringify(body.mode ?? null).slice(0, 60)}`);
                const entry = await mutation(deps, req, principal, { route: '/api/agents/{id}/mode', action: 'SetAgentMode', target: id }, async () => {
                    trace.getActiveSpan()?.setAttributes({ [ATTR.AGENT_INSTANCE_ID]: id, 'troupe.agent.mode': mode });
                    return applyAgentMode(api, id, mode, principal.subject);
                });
                sendJson(res, 200, { agent: toAgentStatus(entry) });
                return true;
            }
            return false;
        case 'workflows':
            if (read && parts.length === 2) {
                const all = await engine.listWorkflows();
                sendJson(res, 200, { workflows: all.filter((w) => allowsWorkflow(principal, workflowName(w))) });
                return true;
            }
            if (read && parts.length === 4 && parts[3] === 'versions') {
                requireWorkflow(principal, id, 'ListWorkflowVersions');
                sendJson(res, 200, { versions: await engine.workflowVersions(id) });
                return true;
            }
            return false;
        case 'dead-letters':
            if (read && parts.length === 2) {
                const runId = url.searchParams.get('run') ?? '';
                sendJson(res, 200, { records: await deadLetters().list(principal, { ...(runId ? { runId } : {}), limit: limitQuery(url.searchParams.get('limit'), 10_000) ?? 100 }) });
                return true;
            }
            if (post && parts.length === 4 && parts[3] === 'replay') {
                const body = await objectBody(req, ['mode'], '{"mode": "step"}, {"mode": "run"} or {"mode": "from_step"}');
                const mode = body.mode === undefined ? 'step' : typeof body.mode === 'string' ? REPLAY[body.mode] : undefined;
                if (!mode)
                    throw new InvalidArgumentError(`body.mode must be "step", "run" or "from_step"; got ${JSON.stringify(body.mode).slice(0, 60)}`);
                const abort = new AbortController();
                res.once('close', () => abort.abort());
                const result = await mutation(deps, req, principal, { route: '/api/dead-letters/{id}/replay', action: 'ReplayDeadLetter', target: id }, (traceContext) => deadLetters().replay(id, mode, { principal, traceContext, signal: abort.signal }));
                sendJson(res, 200, result);
                return true;
            }
            if (post && parts.length === 4 && parts[3] === 'discard') {
                await objectBody(req, [], '{}');
                const record = await mutation(deps, req, principal, { route: '/api/dead-letters/{id}/discard', action: 'DiscardDeadLetter', target: id }, (traceContext) => deadLetters().discard(id, { principal, traceContext }));
                sendJson(res, 200, { record });
                return true;
            }
            return false;
        case 'runs':
            if (post && parts.length === 4 && parts[3] === 'cancel') {
                const body = await objectBody(req, ['reason'], '{"reason": "not needed"}');
                if (body.reason !== undefined && typeof body.reason !== 'string')
                    throw new InvalidArgumentError('body.reason must be a string');
                const reason = typeof body.reason === 'string' && body.reason ? body.reason.slice(0, 500) : 'cancelled from the console';
                const status = await mutation(deps, req, principal, { route: '/api/runs/{id}/cancel', action: 'CancelRun', target: id }, async () => {
                    trace.getActiveSpan()?.setAttribute(ATTR.RUN_ID, id);
                    if (principal.workflows !== undefined)
                        requireWorkflow(principal, workflowName(await engine.getRun(id)), 'CancelRun');
                    return engine.cancelRun(id, reason);
                });
                sendJson(res, 200, { status });
                return true;
            }
            return false;
        default:
            return false;
    }
}
/** A path segment decoded; INVALID_ARGUMENT for a malformed escape (`%E0%A4`), not a 500. */
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        throw new InvalidArgumentError(`"${segment.slice(0, 80)}" is not a valid URL path segment (bad percent-escape)`);
    }
}
/** The workflow of a run report (`workflow`) or of a definition (`name`). */
function workflowName(json) {
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return '';
    const value = json.workflow ?? json.name;
    return typeof value === 'string' ? value : '';
}
/** How often an idle agent stream sends a comment, so proxies keep it open and a gone client is noticed. */
const KEEPALIVE_MS = 15_000;
/**
 * WatchAgents as Server-Sent Events: every current instance first (`event: agent`, data
 * `{ agent, previousState }` as the RPC's messages), then one event per lifecycle or breaker change.
 */
function streamAgents(api, req, res) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    if (req.method === 'HEAD') {
        res.end();
        return;
    }
    const send = (message) => void res.write(`event: agent\ndata: ${JSON.stringify(message)}\n\n`);
    for (const entry of api.registry.list())
        send({ agent: toAgentStatus(entry), previousState: 'AGENT_STATE_UNSPECIFIED' });
    const onChange = ({ entry, previous }) => send({ agent: toAgentStatus(entry), previousState: toAgentState(previous) });
    api.registry.on('change', onChange);
    const keepalive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
    keepalive.unref();
    // The orchestrator stopping ends the stream (an open console must not hold the HTTP server open); EventSource reconnects.
    const stop = () => void res.end();
    api.stopping?.addEventListener('abort', stop, { once: true });
    if (api.stopping?.aborted)
        stop();
    res.once('close', () => {
        clearInterval(keepalive);
        api.registry.off('change', onChange);
        api.stopping?.removeEventListener('abort', stop);
    });
}
//# sourceMappingURL=http-console.js.map
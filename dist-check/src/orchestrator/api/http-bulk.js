import { ROOT_CONTEXT } from '@opentelemetry/api';
import { InvalidArgumentError, statusName } from '../../sdk/errors.js';
import { contextFromTraceparent, getTracer } from '../../sdk/telemetry/index.js';
import { readJson, sendJson } from './http-runs.js';
import { MAX_BULK_RUNS, startMany } from './start-runs.js';
/** The path of the HTTP bulk start. */
export const BULK_RUNS_PATH = '/api/runs:bulk';
/** Largest body of a bulk start (up to 1000 runs with their inputs). */
const BODY_LIMIT = 16 * 1024 * 1024;
/** Fields of one run of the body, as `POST /api/runs` takes them (plus priority and timeoutMs). */
const KEYS = new Set(['workflow', 'input', 'idempotencyKey', 'priority', 'timeoutMs', 'callback_url', 'callback_secret_id']);
/** Reads one run of the body; INVALID_ARGUMENT (that item only) when it is not one. */
export function httpStartItem(raw) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw new InvalidArgumentError('a run must be an object such as {"workflow": "podcast", "input": {...}}');
    const unknown = Object.keys(raw).filter((k) => !KEYS.has(k));
    if (unknown.length > 0)
        throw new InvalidArgumentError(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; a run has ${[...KEYS].join(', ')}`);
    const { workflow, input, idempotencyKey, priority, timeoutMs, callback_url: url, callback_secret_id: secret } = raw;
    if (typeof workflow !== 'string' || workflow === '')
        throw new InvalidArgumentError('"workflow" is required (a workflow name)');
    for (const [key, value] of [['idempotencyKey', idempotencyKey], ['callback_url', url], ['callback_secret_id', secret]]) {
        if (value !== undefined && typeof value !== 'string')
            throw new InvalidArgumentError(`"${key}" must be a string`);
    }
    for (const [key, value] of [['priority', priority], ['timeoutMs', timeoutMs]]) {
        if (value !== undefined && typeof value !== 'number')
            throw new InvalidArgumentError(`"${key}" must be a number`);
    }
    return {
        workflow,
        input: input ?? {},
        idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : '',
        priority: typeof priority === 'number' ? priority : 0,
        timeoutMs: typeof timeoutMs === 'number' ? timeoutMs : 0,
        callbackUrl: typeof url === 'string' ? url : undefined,
        callbackSecretId: typeof secret === 'string' ? secret : undefined,
    };
}
/**
 * `POST /api/runs:bulk` `{ "runs": [ {workflow, input, idempotencyKey, priority, timeoutMs, callback_url, callback_secret_id}, … ] }`:
 * StartRuns over HTTP (scope runs:start). 200 with `{ "results": [...] }`, one per run in
 * order: `{ runId, existing, traceId }`, or `{ error, code, message }` (the gRPC status name
 * and number the run got, e.g. RESOURCE_EXHAUSTED). 400 for a body that is not such a list,
 * empty, or over 1000 runs; a bad run is refused in its slot only.
 */
export async function startRunsOverHttp(engine, req, res, principal, deps) {
    const body = await readJson(req, BODY_LIMIT);
    const runs = body !== null && typeof body === 'object' && !Array.isArray(body) ? body.runs : undefined;
    if (!Array.isArray(runs))
        throw new InvalidArgumentError(`the body must be {"runs": [...]}: 1 to ${MAX_BULK_RUNS} runs, each as POST /api/runs takes it`);
    if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).some((k) => k !== 'runs'))
        throw new InvalidArgumentError('the body has unknown fields; it must be {"runs": [...]}');
    const traceparent = req.headers.traceparent;
    const parent = typeof traceparent === 'string' ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
    const span = getTracer().startSpan(`POST ${BULK_RUNS_PATH}`, { attributes: { 'http.request.method': 'POST', 'url.path': BULK_RUNS_PATH } }, parent);
    try {
        const results = await startMany(deps, engine, runs, { parse: httpStartItem, principal, span, audit: deps.audit });
        span.setAttribute('http.response.status_code', 200);
        sendJson(res, 200, { results: results.map((r) => ('run' in r ? r.run : { error: statusName(r.error.code), code: r.error.code, message: r.error.message })) });
    }
    finally {
        span.end();
    }
}
//# sourceMappingURL=http-bulk.js.map
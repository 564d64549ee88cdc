import { ROOT_CONTEXT } from '@opentelemetry/api';
import { Status, toGrpcStatus, TroupeError } from '../../sdk/errors.js';
import { checkPayloadSize, DEFAULT_MAX_PAYLOAD_BYTES } from '../../sdk/grpc/payload-limits.js';
import { ATTR, contextFromTraceparent, getTracer } from '../../sdk/telemetry/index.js';
import { STEP_ID_PATTERN } from '../workflow/definition/schema.js';
import { PAYLOAD_SETTING } from './deps.js';
/**
 * `POST /api/runs/{id}/signal/{step}` `{ payload?, reject? }`: SignalRun over HTTP for
 * the console and for scripts, with the same checks, errors and audit record as the RPC
 * (scope `runs:signal`, checked by the HTTP guard before this).
 */
export async function signalOverHttp(engine, req) {
    const { runId, stepId, body, principal, audit } = req;
    const parent = req.traceparent ? contextFromTraceparent(req.traceparent) : ROOT_CONTEXT;
    const span = getTracer().startSpan('POST /api/runs/{id}/signal/{step}', { attributes: { 'http.request.method': 'POST', [ATTR.RUN_ID]: runId, 'troupe.step.id': stepId } }, parent);
    const traceId = span.spanContext().traceId;
    const target = `${runId}/${stepId}`;
    try {
        if (!STEP_ID_PATTERN.test(stepId))
            throw new TroupeError(Status.INVALID_ARGUMENT, `"${stepId.slice(0, 80)}" is not a step id (${STEP_ID_PATTERN.source})`);
        if (body === null || typeof body !== 'object' || Array.isArray(body))
            throw new TroupeError(Status.INVALID_ARGUMENT, 'the body must be a JSON object such as {"payload": {"comment": "ok"}} or {"reject": true}');
        const unknown = Object.keys(body).filter((k) => k !== 'payload' && k !== 'reject');
        if (unknown.length > 0)
            throw new TroupeError(Status.INVALID_ARGUMENT, `unknown field(s) ${unknown.join(', ')} in the body (allowed: payload, reject)`);
        if (body.reject !== undefined && typeof body.reject !== 'boolean')
            throw new TroupeError(Status.INVALID_ARGUMENT, 'body.reject must be true or false');
        const payload = body.payload ?? null;
        checkPayloadSize('the signal payload', payload, DEFAULT_MAX_PAYLOAD_BYTES, PAYLOAD_SETTING, { runId });
        const result = await engine.signalRun(await req.checked(runId, 'SignalRun'), stepId, { approved: body.reject !== true, payload, actor: principal.subject });
        audit?.append({ actor: principal.subject, action: 'SignalRun', target, outcome: 'ok', traceId });
        return result;
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        audit?.append({ actor: principal.subject, action: 'SignalRun', target, outcome: code === Status.PERMISSION_DENIED ? 'denied' : 'error', reason: details, traceId });
        throw err;
    }
    finally {
        span.end();
    }
}
//# sourceMappingURL=http-signal.js.map
import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { boundText, InvalidArgumentError, Status, statusName, toGrpcStatus } from '../../sdk/errors.js';
import { checkPayloadSize, DEFAULT_MAX_PAYLOAD_BYTES } from '../../sdk/grpc/payload-limits.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { fromValue } from '../../sdk/grpc/struct.js';
import { requireWorkflow } from '../../sdk/security/scopes.js';
import { ATTR, getTracer, instruments, SPAN } from '../../sdk/telemetry/index.js';
import { callbackOf, methodPath, PAYLOAD_SETTING, serveOptions } from './deps.js';
import { storeCall } from './store-call.js';
/** Most items one StartRuns call (or `POST /api/runs:bulk`) may carry. */
export const MAX_BULK_RUNS = 1000;
/** Items of one StartRuns call started at once. */
const BULK_CONCURRENCY = 16;
/** A StartRunRequest from the wire, decoded. */
export function fromWire(request) {
    return {
        workflow: request.workflow,
        input: fromValue(request.input),
        idempotencyKey: request.options?.idempotencyKey ?? '',
        priority: request.options?.priority ?? 0,
        timeoutMs: request.options?.timeoutMs ?? 0,
        callbackUrl: request.callbackUrl,
        callbackSecretId: request.callbackSecretId,
    };
}
/**
 * StartRun of one request: checks it (workflow named and allowed to the caller, priority,
 * input size, callback), starts the run (the store link answering UNAVAILABLE fast while
 * NATS is down) and tracks its callback. Throws what StartRun answers.
 */
export async function startOne(deps, engine, item, principal, traceContext) {
    const { workflow, priority, input } = item;
    if (!workflow)
        throw new InvalidArgumentError('workflow is required: name a registered workflow (see `troupe workflows`)');
    requireWorkflow(principal, workflow, 'StartRun');
    if (!Number.isInteger(priority) || priority < 0 || priority > 5)
        throw new InvalidArgumentError(`options.priority must be 1 (highest) to 5 (lowest), or 0 for the default; got ${priority}`);
    if (!Number.isInteger(item.timeoutMs) || item.timeoutMs < 0)
        throw new InvalidArgumentError(`options.timeout_ms must be a whole number of milliseconds, or 0 for the default; got ${item.timeoutMs}`);
    checkPayloadSize('the StartRun input', input, deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES, PAYLOAD_SETTING, { workflow });
    const callback = callbackOf(deps, item.callbackUrl, item.callbackSecretId);
    const started = await storeCall(deps.storeLink, 'write', () => engine.startRun({
        workflow,
        input,
        idempotencyKey: item.idempotencyKey,
        priority: priority || 3,
        timeoutMs: item.timeoutMs,
        traceContext,
        callback: callback && { url: callback.url.href, secretId: callback.secretId },
    }));
    // A repeated idempotent StartRun keeps the first call's callback (or none).
    if (callback && !started.existing)
        deps.runCallbacks?.track(started.runId, callback.url, traceContext, callback.secretId, workflow);
    return started;
}
/**
 * StartRuns: every item started as StartRun would, at most {@link BULK_CONCURRENCY} at once
 * (items sharing an idempotency key one after the other, in order, so the later ones answer
 * `existing`), each answered in its own slot: a refused item (unknown workflow, bad input,
 * RESOURCE_EXHAUSTED at the limit of active runs…) does not fail the others. Each item's
 * run gets its own trace, whose first span links to the bulk call's; each item is audited.
 * INVALID_ARGUMENT for no items or more than {@link MAX_BULK_RUNS}.
 */
export async function startMany(deps, engine, items, call) {
    if (items.length === 0)
        throw new InvalidArgumentError('requests is empty: give 1 to 1000 StartRun requests');
    if (items.length > MAX_BULK_RUNS)
        throw new InvalidArgumentError(`${items.length} requests in one call; the limit is ${MAX_BULK_RUNS}: split them over several calls (with idempotency keys, a retried call starts nothing twice)`);
    call.span.setAttribute('troupe.bulk.items', items.length);
    const results = new Array(items.length);
    const byKey = new Map();
    const link = { context: call.span.spanContext() };
    const one = async (index, item) => {
        const workflow = item instanceof Error ? '' : item.workflow;
        const span = getTracer().startSpan(SPAN.RUN_START, { kind: SpanKind.INTERNAL, links: [link], attributes: { 'troupe.bulk.index': index, [ATTR.WORKFLOW]: workflow } }, ROOT_CONTEXT);
        const target = workflow || '(none)';
        try {
            if (item instanceof Error)
                throw item;
            const run = await startOne(deps, engine, item, call.principal, trace.setSpan(ROOT_CONTEXT, span));
            span.setAttribute(ATTR.RUN_ID, run.runId);
            results[index] = { run };
            instruments().bulkRunItems.add(1, { outcome: run.existing ? 'existing' : 'started' });
            call.audit?.append({ actor: call.principal.subject, action: call.action ?? 'StartRuns', target: `${target}/${run.runId}`, outcome: 'ok', traceId: run.traceId });
        }
        catch (err) {
            const { code, details } = toGrpcStatus(err);
            span.setAttribute(ATTR.ERROR_CODE, statusName(code));
            results[index] = { error: { code, message: boundText(details, 4096) } };
            instruments().bulkRunItems.add(1, { outcome: 'refused' });
            call.audit?.append({ actor: call.principal.subject, action: call.action ?? 'StartRuns', target, outcome: code === Status.PERMISSION_DENIED ? 'denied' : 'error', reason: details, traceId: span.spanContext().traceId });
        }
        finally {
            span.end();
        }
    };
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            let item;
            try {
                item = call.parse(items[index]);
            }
            catch (err) {
                item = err instanceof Error ? err : new InvalidArgumentError(String(err));
            }
            const key = item instanceof Error ? '' : item.idempotencyKey;
            if (!key) {
                await one(index, item);
                continue;
            }
            const mine = (byKey.get(key) ?? Promise.resolve()).then(() => one(index, item));
            byKey.set(key, mine);
            await mine;
        }
    };
    await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, items.length) }, worker));
    return results;
}
/** OrchestratorService.StartRuns over the run engine. */
export function startRunsHandler(deps, engine) {
    return serveUnary(methodPath('StartRuns'), serveOptions(deps), async (call, { span, principal }) => {
        const results = await startMany(deps, engine, call.request.requests, { parse: fromWire, principal, span, audit: deps.auditLog });
        return { results };
    });
}
//# sourceMappingURL=start-runs.js.map
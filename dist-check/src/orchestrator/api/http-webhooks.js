import { ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { InvalidArgumentError } from '../../sdk/errors.js';
import { allowsWorkflow, hasScope } from '../../sdk/security/scopes.js';
import { contextFromTraceparent, instrument } from '../../sdk/telemetry/index.js';
import { DEFAULT_DELIVERY_LOG_SIZE, DELIVERY_STATE_NAMES } from '../webhooks/delivery-log.js';
import { limitQuery, sendJson } from './http-runs.js';
/** The route's path. */
export const WEBHOOKS_PATH = '/api/webhooks';
/**
 * Whether `principal` (who already holds `runs:read`, checked by the HTTP door) sees a delivery:
 * a run's when it may read runs of its workflow (a resumed run's workflow is known once it
 * ends; until then only unlimited readers see it); a task's when it is a `*` caller, or the
 * task's submitter holding `tasks:submit` — the rule of `GET /api/tasks/{id}`.
 */
export function deliveryVisible(principal, subject) {
    if (subject.kind === 'run')
        return subject.workflow === undefined ? principal.workflows === undefined : allowsWorkflow(principal, subject.workflow);
    if (principal.scopes.has('*'))
        return true;
    return subject.owner !== undefined && subject.owner === principal.subject && hasScope(principal, 'tasks:submit');
}
/**
 * `GET /api/webhooks?state=&limit=`: this orchestrator's callback deliveries, newest first
 * (`{ deliveries }`, see delivery-log.ts), for the console's Webhooks view. Never a secret or a
 * body. A SERVER span `GET /api/webhooks`, a child of the caller's `traceparent`. Returns false for
 * other paths; a bad `state` or `limit` is thrown as INVALID_ARGUMENT for the caller to answer (400).
 */
export async function handleWebhookRoutes(log, req, res, url, principal) {
    if (url.pathname !== WEBHOOKS_PATH)
        return false;
    const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
    const parent = traceparent ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
    await instrument(`GET ${WEBHOOKS_PATH}`, { kind: SpanKind.SERVER, parent, attributes: { 'http.request.method': req.method ?? 'GET', 'http.route': WEBHOOKS_PATH } }, (span) => {
        const state = stateParam(url.searchParams.get('state'));
        const limit = limitQuery(url.searchParams.get('limit'), DEFAULT_DELIVERY_LOG_SIZE);
        const deliveries = log?.list({ state, limit, visible: (subject) => deliveryVisible(principal, subject) }) ?? [];
        span.setAttribute('troupe.webhook.delivery_count', deliveries.length);
        sendJson(res, 200, { deliveries });
    });
    return true;
}
function stateParam(raw) {
    if (raw === null || raw === '')
        return undefined;
    if (DELIVERY_STATE_NAMES.includes(raw))
        return raw;
    throw new InvalidArgumentError(`state "${raw.slice(0, 40)}" is not one of ${DELIVERY_STATE_NAMES.join(', ')}`);
}
//# sourceMappingURL=http-webhooks.js.map
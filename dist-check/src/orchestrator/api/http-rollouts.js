import { ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { InvalidArgumentError } from '../../sdk/errors.js';
import { ATTR, contextFromTraceparent, instrument } from '../../sdk/telemetry/index.js';
import { sendJson } from './http-runs.js';
import { getRolloutView, listRolloutViews } from './rollouts.js';
/** `/api/rollouts` and `/api/rollouts/{capability}`. */
const ROLLOUTS = /^\/api\/rollouts(?:\/([^/]+))?$/;
/**
 * `GET /api/rollouts` (ListRollouts) and `GET /api/rollouts/{capability}` (GetRollout), as the RPCs
 * answer them (api/rollouts.ts), for the console. Scope agents:read (checked by the HTTP door,
 * scopes.ts). Each request is a SERVER span `GET /api/rollouts[/{capability}]`, a child of the
 * caller's `traceparent`. Returns false for any other path; errors are thrown for the caller to answer.
 */
export async function handleRolloutRoutes(api, handle, req, res, url) {
    const match = ROLLOUTS.exec(url.pathname);
    if (!match)
        return false;
    const segment = match[1];
    const route = segment === undefined ? '/api/rollouts' : '/api/rollouts/{capability}';
    const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
    const parent = traceparent ? contextFromTraceparent(traceparent) : ROOT_CONTEXT;
    await instrument(`GET ${route}`, { kind: SpanKind.SERVER, parent, attributes: { 'http.request.method': req.method ?? 'GET', 'http.route': route } }, async (span) => {
        if (segment === undefined) {
            const rollouts = await listRolloutViews(api, handle);
            span.setAttribute('troupe.rollout.count', rollouts.length);
            sendJson(res, 200, { rollouts });
            return;
        }
        const capability = decodeCapability(segment);
        span.setAttribute(ATTR.CAPABILITY, capability);
        sendJson(res, 200, { rollout: await getRolloutView(api, handle, capability) });
    });
    return true;
}
/** The capability of the path, decoded; INVALID_ARGUMENT for a malformed escape, not a 500. */
function decodeCapability(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        throw new InvalidArgumentError(`"${segment.slice(0, 80)}" is not a valid capability in the path (bad percent-escape)`);
    }
}
//# sourceMappingURL=http-rollouts.js.map
import { statusName, toGrpcStatus } from '../../sdk/errors.js';
import { visibleTriggers } from './triggers.js';
const HTTP_STATUS = { INVALID_ARGUMENT: 400, FAILED_PRECONDITION: 409, UNAVAILABLE: 503, PERMISSION_DENIED: 403 };
/**
 * `GET /api/triggers[?workflow=W]`: the event triggers (as ListTriggers has them), for a
 * console. Scope `workflows:read`; a workflow-limited token sees its workflows' only.
 * Returns false for any other path.
 */
export async function handleTriggerRoutes(triggers, _req, res, url, principal) {
    if (url.pathname !== '/api/triggers')
        return false;
    const send = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
    };
    if (!triggers) {
        send(409, { error: 'FAILED_PRECONDITION', message: 'triggers need durable state (TROUPE_DURABLE=true)' });
        return true;
    }
    try {
        send(200, { triggers: await visibleTriggers(triggers, principal, url.searchParams.get('workflow') || undefined) });
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        send(HTTP_STATUS[statusName(code)] ?? 500, { error: statusName(code), message: details });
    }
    return true;
}
//# sourceMappingURL=http-triggers.js.map
import { statusName, toGrpcStatus } from '../../sdk/errors.js';
import { allowsWorkflow } from '../../sdk/security/scopes.js';
import { scheduleView } from './schedules.js';
const HTTP_STATUS = { NOT_FOUND: 404, INVALID_ARGUMENT: 400, FAILED_PRECONDITION: 409, UNAVAILABLE: 503, PERMISSION_DENIED: 403 };
/**
 * `GET /api/schedules[?workflow=W]`: the schedules (as ListSchedules has them), for a
 * console. Scope `schedules:read`; a workflow-limited token sees its workflows' only.
 * Returns false for any other path.
 */
export async function handleScheduleRoutes(service, req, res, url, principal) {
    if (url.pathname !== '/api/schedules')
        return false;
    const send = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
    };
    if (!service) {
        send(409, { error: 'FAILED_PRECONDITION', message: 'schedules need durable state (TROUPE_DURABLE=true)' });
        return true;
    }
    try {
        const workflow = url.searchParams.get('workflow') ?? undefined;
        const all = await service.list(workflow || undefined);
        send(200, { schedules: all.filter((r) => allowsWorkflow(principal, r.workflow)).map(scheduleView) });
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        send(HTTP_STATUS[statusName(code)] ?? 500, { error: statusName(code), message: details });
    }
    return true;
}
//# sourceMappingURL=http-schedules.js.map
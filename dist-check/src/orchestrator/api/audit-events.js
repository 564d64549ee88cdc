import { Status, TroupeError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { methodPath, serveOptions } from './deps.js';
/** OrchestratorService.ListAuditEvents: reads the audit log (JetStream or memory) with the request's filters. */
export function listAuditEventsHandler(deps) {
    return serveUnary(methodPath('ListAuditEvents'), serveOptions(deps), async (call) => {
        if (!deps.auditLog)
            throw new TroupeError(Status.UNIMPLEMENTED, 'this orchestrator keeps no audit log');
        const { sinceUnixMs, actor, action, limit } = call.request;
        const since = Number(sinceUnixMs);
        const events = await deps.auditLog.list({
            ...(since > 0 ? { sinceMs: since } : {}),
            ...(actor ? { actor } : {}),
            ...(action ? { action } : {}),
            limit: limit || 1000,
        });
        return {
            events: events.map((e) => ({ at: e.at, actor: e.actor, action: e.action, target: e.target ?? '', outcome: e.outcome, reason: e.reason ?? '', traceId: e.traceId ?? '' })),
        };
    });
}
//# sourceMappingURL=audit-events.js.map
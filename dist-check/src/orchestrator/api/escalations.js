import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { toStruct } from '../../sdk/grpc/struct.js';
import { allowsWorkflow } from '../../sdk/security/scopes.js';
import { methodPath, serveOptions } from './deps.js';
const struct = (value) => toStruct(JSON.parse(JSON.stringify(value)));
/** ListEscalations, AcknowledgeEscalation and ResolveEscalation (docs/workflows.md#escalation). */
export function escalationHandlers(deps, service) {
    const o = serveOptions(deps);
    const need = () => {
        if (!service)
            throw new FailedPreconditionError('escalations are not set up on this orchestrator');
        return service;
    };
    const change = (name, state) => serveUnary(methodPath(name), o, async (call, { principal }) => {
        const id = call.request.id.trim();
        if (!id)
            throw new InvalidArgumentError('id is required: an escalation id such as esc-<task id> (troupe alerts list)');
        // A workflow-limited caller may act only on its workflows' escalations (others look unknown).
        const visible = (record) => allowsWorkflow(principal, record.workflow);
        return { escalation: struct(await need().change(id, state, principal.subject, call.request.note, visible)) };
    });
    return {
        ListEscalations: serveUnary(methodPath('ListEscalations'), o, async (call, { principal }) => ({
            escalations: (await need().list(call.request.state)).filter((r) => allowsWorkflow(principal, r.workflow)).map(struct),
        })),
        AcknowledgeEscalation: change('AcknowledgeEscalation', 'acknowledged'),
        ResolveEscalation: change('ResolveEscalation', 'resolved'),
    };
}
//# sourceMappingURL=escalations.js.map
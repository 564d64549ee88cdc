import { FailedPreconditionError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { allowsWorkflow } from '../../sdk/security/scopes.js';
import { storeCall } from './store-call.js';
import { methodPath, serveOptions } from './deps.js';
/** Throws FAILED_PRECONDITION when triggers are off (no durable state). */
export function needTriggers(triggers) {
    if (!triggers)
        throw new FailedPreconditionError('triggers need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)');
    return triggers;
}
/** The triggers `principal` may see, of `workflow` when given. */
export async function visibleTriggers(triggers, principal, workflow) {
    return (await triggers.list()).filter((t) => (!workflow || t.workflow === workflow) && allowsWorkflow(principal, t.workflow));
}
/** ListTriggers (docs/triggers.md). */
export function triggerHandlers(deps, triggers) {
    return {
        ListTriggers: serveUnary(methodPath('ListTriggers'), serveOptions(deps), async (call, { principal }) => {
            const source = needTriggers(triggers);
            const all = await storeCall(deps.storeLink, 'read', () => visibleTriggers(source, principal, call.request.workflow || undefined));
            return { triggers: all.map((t) => ({ ...t, workflowVersion: t.version, pending: String(t.pending), ackPending: String(t.ackPending), redelivered: String(t.redelivered) })) };
        }),
    };
}
//# sourceMappingURL=triggers.js.map
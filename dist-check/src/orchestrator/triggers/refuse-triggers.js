import { FailedPreconditionError } from '../../sdk/errors.js';
/** RegisterWorkflow's hook without durable state: a workflow with triggers is refused (they need JetStream and durable idempotency keys). */
export function refuseTriggers(workflow) {
    if (workflow.triggers.length === 0)
        return Promise.resolve();
    return Promise.reject(new FailedPreconditionError(`workflow "${workflow.name}" has triggers, which need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)`, { workflow: workflow.name }));
}
//# sourceMappingURL=refuse-triggers.js.map
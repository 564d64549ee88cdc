import { unaryCall } from './calls.js';
function toTriggerInfo(t) {
    return {
        workflow: t.workflow,
        workflowVersion: t.workflowVersion,
        name: t.name,
        subject: t.subject,
        stream: t.stream,
        consumer: t.consumer,
        state: t.state,
        error: t.error,
        pending: Number(t.pending),
        ackPending: Number(t.ackPending),
        redelivered: Number(t.redelivered),
    };
}
/** Builds the trigger methods over a raw grpc client. @internal */
export function triggersClient(raw, unaryArgs) {
    return {
        async listTriggers(filter = {}, call) {
            const res = await unaryCall((md, o, cb) => raw.listTriggers({ workflow: filter.workflow ?? '' }, md, o, cb), unaryArgs(call), call?.signal);
            return res.triggers.map(toTriggerInfo);
        },
    };
}
//# sourceMappingURL=triggers-client.js.map
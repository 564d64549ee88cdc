import { fromValue } from '../grpc/struct.js';
import { unaryCall } from './calls.js';
const asInfo = (s) => fromValue({ structValue: s ?? { fields: {} }, kind: 'structValue' });
/** Builds the escalation methods over a raw grpc client. @internal */
export function escalationsClient(raw, unaryArgs) {
    return {
        async listEscalations(state, call) {
            const res = await unaryCall((md, o, cb) => raw.listEscalations({ state: state ?? '' }, md, o, cb), unaryArgs(call), call?.signal);
            return res.escalations.map(asInfo);
        },
        async acknowledgeEscalation(id, note = '', call) {
            const res = await unaryCall((md, o, cb) => raw.acknowledgeEscalation({ id, note }, md, o, cb), unaryArgs(call), call?.signal);
            return asInfo(res.escalation);
        },
        async resolveEscalation(id, note = '', call) {
            const res = await unaryCall((md, o, cb) => raw.resolveEscalation({ id, note }, md, o, cb), unaryArgs(call), call?.signal);
            return asInfo(res.escalation);
        },
    };
}
//# sourceMappingURL=escalations-client.js.map
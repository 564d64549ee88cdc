import { status as Status } from '@grpc/grpc-js';
import { statusName } from '../errors.js';
import { callExecute, callExecuteStream, statusText, taskFor } from './calls.js';
import { result } from './types.js';
/** A capability name no agent offers. */
export const UNKNOWN_CAPABILITY = 'troupe.conformance.no-such-capability';
function expectCode(name, want, got, fix) {
    if (!got)
        return result.fail(name, `the call succeeded; ${fix}`);
    if (got.code === want)
        return result.pass(name, statusText(got.code, got.details));
    return result.fail(name, `got ${statusText(got.code, got.details)}; ${fix}`);
}
/**
 * The contract's error codes: NOT_FOUND for an unknown capability (Execute and
 * ExecuteStream), INVALID_ARGUMENT for a request without a task, FAILED_PRECONDITION
 * for the wrong RPC shape (skipped when the agent has no capability of that shape).
 * @internal
 */
export async function errorChecks(ctx) {
    const out = [];
    const unknown = await callExecute(ctx, taskFor(UNKNOWN_CAPABILITY, {}));
    out.push(expectCode('errors.unknown_capability', Status.NOT_FOUND, unknown.ok ? undefined : unknown, `Execute of an unknown capability must answer NOT_FOUND`));
    const unknownStream = await callExecuteStream(ctx, taskFor(UNKNOWN_CAPABILITY, {}));
    out.push(expectCode('errors.unknown_capability_stream', Status.NOT_FOUND, unknownStream.code === Status.OK ? undefined : unknownStream, 'ExecuteStream of an unknown capability must answer NOT_FOUND'));
    const missing = await callExecute(ctx, null);
    out.push(expectCode('errors.missing_task', Status.INVALID_ARGUMENT, missing.ok ? undefined : missing, 'an ExecuteRequest without a task must answer INVALID_ARGUMENT'));
    const capabilities = ctx.descriptor?.capabilities ?? [];
    const streaming = capabilities.find((c) => c.streaming);
    const unary = capabilities.find((c) => !c.streaming);
    if (streaming) {
        const res = await callExecute(ctx, taskFor(streaming.name, ctx.samples[streaming.name] ?? {}));
        out.push(expectCode('errors.stream_via_execute', Status.FAILED_PRECONDITION, res.ok ? undefined : res, `Execute of the streaming capability ${streaming.name} must answer ${statusName(Status.FAILED_PRECONDITION)} (call ExecuteStream)`));
    }
    else {
        out.push(result.skip('errors.stream_via_execute', ctx.descriptor ? 'the agent has no streaming capability' : 'Describe failed'));
    }
    if (unary) {
        const res = await callExecuteStream(ctx, taskFor(unary.name, ctx.samples[unary.name] ?? {}));
        out.push(expectCode('errors.unary_via_stream', Status.FAILED_PRECONDITION, res.code === Status.OK ? undefined : res, `ExecuteStream of the unary capability ${unary.name} must answer ${statusName(Status.FAILED_PRECONDITION)} (call Execute)`));
    }
    else {
        out.push(result.skip('errors.unary_via_stream', ctx.descriptor ? 'the agent has no unary capability' : 'Describe failed'));
    }
    return out;
}
//# sourceMappingURL=error-checks.js.map
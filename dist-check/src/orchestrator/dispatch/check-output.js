/**
 * The orchestrator's side of output contracts: a unary result of a capability whose
 * descriptor declares `output_schema` must match it. A mismatch fails the attempt with
 * INTERNAL (the agent broke its own contract: not the caller's fault, so not
 * INVALID_ARGUMENT, which would be final and count as the instance's success): it is
 * retried per the step's policy and counts against the instance's breaker and success rate.
 */
import { trace } from '@opentelemetry/api';
import { Status, TroupeError } from '../../sdk/errors.js';
import { ATTR } from '../../sdk/telemetry/index.js';
import { fromValue } from '../../sdk/grpc/struct.js';
import { loadProtos } from '../../sdk/grpc/load-protos.js';
import { outputViolation } from '../../sdk/util/output-contract.js';
const service = () => loadProtos().agent.troupe.v1.AgentService.service;
/** The output schema `entry` declares for `capability` (JSON text), or undefined. */
export function outputSchemaOf(entry, capability) {
    const schema = entry.descriptor.capabilities?.find((c) => c.name === capability)?.outputSchema;
    return schema ? schema : undefined;
}
/**
 * Throws INTERNAL naming the JSON path when the raw ExecuteResponse's output does not
 * match the capability's declared schema; does nothing when none is declared.
 */
export function checkOutput(entry, capability, response, traceContext) {
    const schema = outputSchemaOf(entry, capability);
    if (!schema)
        return;
    const output = fromValue(service().Execute.responseDeserialize(response).result?.output ?? null);
    const violation = outputViolation(schema, output);
    if (!violation)
        return;
    trace.getSpan(traceContext)?.addEvent('troupe.output.contract_violated', { [ATTR.CAPABILITY]: capability, 'troupe.output.violation': violation });
    throw new TroupeError(Status.INTERNAL, `the output of "${capability}" from ${entry.descriptor.name ?? 'agent'} (${entry.instanceId}) does not match its declared output schema: ${violation}`, { context: { capability, instanceId: entry.instanceId }, retryable: true });
}
//# sourceMappingURL=check-output.js.map
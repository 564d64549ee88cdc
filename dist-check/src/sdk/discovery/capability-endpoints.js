import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { capabilitySubject } from './subjects.js';
const encoder = new TextEncoder();
/** A NATS micro endpoint name for a capability (`echo.say` → `echo_say`; endpoint names allow only `[-\w]`). */
export function endpointName(capability) {
    return capability.replace(/[^-\w]/g, '_');
}
/**
 * Adds one NATS micro endpoint per capability to the agent's service, so
 * `nats micro info` lists the capabilities and `nats micro stats` counts the tasks
 * each one served over gRPC (`taskStats`): requests, errors, processing time.
 *
 * A request on the endpoint itself is answered with a small JSON description of the
 * capability and how to call it (tasks are gRPC calls, never NATS requests); such a
 * request is counted by nats.js like any other, so `num_requests` is the gRPC tasks
 * plus these look-ups, and `data.grpc_tasks` / `data.grpc_errors` are the tasks alone.
 */
export function addCapabilityEndpoints(service, descriptor, address, taskStats) {
    const instanceId = descriptor.instanceId ?? '';
    const byEndpoint = new Map();
    for (const capability of descriptor.capabilities ?? []) {
        const name = capability.name ?? '';
        let endpoint = endpointName(name);
        for (let n = 2; byEndpoint.has(endpoint); n++)
            endpoint = `${endpointName(name)}-${n}`;
        byEndpoint.set(endpoint, name);
        const method = capability.streaming ? 'ExecuteStream' : 'Execute';
        const about = encoder.encode(JSON.stringify({
            capability: name,
            agent: descriptor.name,
            instance_id: instanceId,
            description: capability.description ?? '',
            streaming: capability.streaming === true,
            grpc: { address, method: `${AGENT_SERVICE}/${method}` },
            hint: `tasks are gRPC calls: submit them through an orchestrator (troupe task ${name}${capability.streaming ? ' --stream' : ''}, or OrchestratorService/${capability.streaming ? 'StreamTask' : 'SubmitTask'}); this endpoint only describes the capability`,
        }));
        service.addEndpoint(endpoint, {
            subject: capabilitySubject(instanceId, name),
            handler: (err, msg) => {
                if (!err)
                    msg.respond(about);
            },
            metadata: { capability: name, streaming: String(capability.streaming === true), description: capability.description ?? '' },
        });
    }
    if (!taskStats)
        return;
    // nats.js answers $SRV.STATS with `service.stats()`; the gRPC-served tasks are added there.
    const natsStats = service.stats.bind(service);
    service.stats = async () => {
        const stats = await natsStats();
        return { ...stats, endpoints: stats.endpoints?.map((e) => withTasks(e, byEndpoint.get(e.name), taskStats)) };
    };
    const natsReset = service.reset.bind(service);
    service.reset = () => {
        natsReset();
        taskStats.reset();
    };
}
function withTasks(endpoint, capability, taskStats) {
    if (capability === undefined)
        return endpoint;
    const t = taskStats.get(capability);
    const requests = endpoint.num_requests + t.tasks;
    // Integers: Go clients (natscli) decode the times as time.Duration.
    const processing = Math.round(endpoint.processing_time + t.processingTimeNs);
    const lastError = t.lastError ?? endpoint.last_error;
    return {
        ...endpoint,
        num_requests: requests,
        num_errors: endpoint.num_errors + t.errors,
        processing_time: processing,
        average_processing_time: requests > 0 ? Math.round(processing / requests) : 0,
        ...(lastError !== undefined ? { last_error: lastError } : {}),
        data: { grpc_tasks: t.tasks, grpc_errors: t.errors, grpc_errors_by_code: t.errorsByCode },
    };
}
//# sourceMappingURL=capability-endpoints.js.map
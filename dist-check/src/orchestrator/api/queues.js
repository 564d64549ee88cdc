import { serveUnary } from '../../sdk/grpc/serve.js';
import { methodPath, serveOptions } from './deps.js';
/** Lifecycle states in which an instance serves tasks (a saturated one is busy, not gone). */
const SERVING = new Set(['active', 'saturated']);
/**
 * OrchestratorService.GetQueues: per capability (every known one, plus any with tasks
 * waiting), the tasks waiting for an instance and the oldest wait, tasks in flight and
 * instances serving it. Read-only; the scaling signal of `troupe up` (docs/fleet.md).
 */
export function getQueuesHandler(deps) {
    return serveUnary(methodPath('GetQueues'), serveOptions(deps), async (call) => ({
        queues: capabilityQueues(deps.registry, deps.dispatcher.waiting, call.request.capability),
    }));
}
/** The queue of every capability (or only `only`), sorted by name. */
export function capabilityQueues(registry, waiting, only) {
    const names = only ? [only] : [...new Set([...registry.knownCapabilities(), ...waiting.capabilities()])].sort();
    return names.map((capability) => {
        const { waiting: count, oldestWaitMs } = waiting.of(capability);
        let inFlight = 0;
        let routable = 0;
        for (const entry of registry.list({ capability })) {
            inFlight += entry.localInFlight;
            if (SERVING.has(entry.state) && entry.breaker !== 'open')
                routable++;
        }
        return { capability, waiting: count, oldestWaitMs: String(oldestWaitMs), inFlight, routableInstances: routable };
    });
}
//# sourceMappingURL=queues.js.map
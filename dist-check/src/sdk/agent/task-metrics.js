import { statusName, toGrpcStatus } from '../errors.js';
import { CONTROL_REJECTIONS } from '../security/control-signing.js';
import { ATTR, instruments } from '../telemetry/index.js';
import { REFUSAL_REASONS } from './admission.js';
import { failureOf } from './results.js';
/** Counts one finished task (outcome `ok` or the lower-case status name of its error) and records its duration, in the metrics and the NATS micro stats. @internal */
export function countTask(runtime, capability, started, err) {
    const failedWith = err === undefined ? undefined : statusName(toGrpcStatus(err).code);
    const outcome = failedWith?.toLowerCase() ?? 'ok';
    const attrs = { [ATTR.AGENT_NAME]: runtime.definition.name, [ATTR.CAPABILITY]: capability, outcome };
    const durationMs = performance.now() - started;
    instruments().agentTasks.add(1, attrs);
    instruments().agentTaskDuration.record(durationMs / 1000, attrs);
    runtime.taskStats.record(capability, durationMs, failedWith);
}
/**
 * Runs an admitted task's work and settles it: counts it (ok, or the status of the
 * error, with a cancel/deadline reason winning over what the handler threw), releases
 * its slot and timers, and rethrows the error for the gRPC wrapper. @internal
 */
export async function settleTask(runtime, task, work) {
    const started = performance.now();
    try {
        const value = await work();
        countTask(runtime, task.ctx.capability, started);
        return value;
    }
    catch (raw) {
        const err = failureOf(raw, task.ctx.signal);
        countTask(runtime, task.ctx.capability, started, err);
        throw err;
    }
    finally {
        task.finish();
    }
}
/**
 * Makes an agent's series whose labels are known at start-up exist at 0, so the first
 * scrape of its metrics endpoint has them (Prometheus conventions, docs/metrics.md; the
 * orchestrator does the same in prime-counters.ts): successful tasks per capability,
 * cache lookups (hit and miss) per cached capability, tasks in flight, refusals per
 * reason and, when the agent checks control messages' signatures, rejections per reason.
 * Failed outcomes (one per gRPC status) appear when they happen. @internal
 */
export function primeAgentSeries(definition, options) {
    const m = instruments();
    const agent = { [ATTR.AGENT_NAME]: definition.name };
    for (const { name } of definition.capabilities)
        m.agentTasks.add(0, { ...agent, [ATTR.CAPABILITY]: name, outcome: 'ok' });
    for (const name of definition.caching.keys())
        for (const hit of [true, false])
            m.agentCacheLookups.add(0, { ...agent, [ATTR.CAPABILITY]: name, [ATTR.CACHE_HIT]: hit });
    m.agentTasksInFlight.add(0, agent);
    for (const reason of REFUSAL_REASONS)
        m.agentRefused.add(0, { ...agent, reason });
    if (options.verifiesControl)
        for (const reason of CONTROL_REJECTIONS)
            m.controlRejected.add(0, { reason });
}
//# sourceMappingURL=task-metrics.js.map
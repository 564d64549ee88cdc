import { metrics, } from '@opentelemetry/api';
import { INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION, METRIC } from './attributes.js';
/** The meter every Troupe instrument belongs to (from the current global meter provider). */
export function troupeMeter() {
    return metrics.getMeter(INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION);
}
/** Task durations run from milliseconds (lookups) to minutes (speech synthesis); in seconds. */
const TASK_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
/** gRPC calls: sub-millisecond loopback calls to long streams; in seconds. */
const RPC_BUCKETS_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
/** A `performance.now()` duration in seconds, as every Troupe histogram records it. */
export function seconds(fromMs, toMs = performance.now()) {
    return (toMs - fromMs) / 1000;
}
// Instruments are cached per meter provider: the metrics API has no proxy provider,
// so instruments made before startTelemetry (or after a restart) would be no-ops forever.
const cache = new WeakMap();
function create(meter) {
    const histogram = (name, description, buckets) => meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: buckets } });
    return {
        rpcServerDuration: histogram(METRIC.RPC_SERVER_DURATION, 'Duration of inbound gRPC calls', RPC_BUCKETS_SECONDS),
        rpcClientDuration: histogram(METRIC.RPC_CLIENT_DURATION, 'Duration of outbound gRPC calls', RPC_BUCKETS_SECONDS),
        tasks: meter.createCounter(METRIC.TASKS, { description: 'Finished task attempts by capability and outcome' }),
        taskDuration: histogram(METRIC.TASK_DURATION, 'Duration of task attempts', TASK_BUCKETS_SECONDS),
        agentTasks: meter.createCounter(METRIC.AGENT_TASKS, { description: 'Tasks finished by an agent, by capability and outcome' }),
        agentTaskDuration: histogram(METRIC.AGENT_TASK_DURATION, 'Time an agent spent per task', TASK_BUCKETS_SECONDS),
        agentCacheLookups: meter.createCounter(METRIC.AGENT_CACHE_LOOKUPS, { description: 'Tasks of cached capabilities, answered from the result cache or not' }),
        harvestFallbacks: meter.createCounter(METRIC.HARVEST_FALLBACKS, { description: 'Pages the web-harvester took from its page cache because the live fetch failed' }),
        agentTasksInFlight: meter.createUpDownCounter(METRIC.AGENT_TASKS_IN_FLIGHT, { description: 'Tasks an agent is running now' }),
        agentRefused: meter.createCounter(METRIC.AGENT_REFUSED, { description: 'Tasks an agent refused before running them, by reason (full, draining)' }),
        tasksActive: meter.createUpDownCounter(METRIC.TASKS_ACTIVE, { description: 'Tasks in flight' }),
        chunksRelayed: meter.createCounter(METRIC.CHUNKS_RELAYED, { description: 'Streamed chunks relayed to consumers' }),
        illegalTransitions: meter.createCounter(METRIC.ILLEGAL_TRANSITIONS, { description: 'Events refused by a state machine' }),
        agentsRefused: meter.createCounter(METRIC.AGENTS_REFUSED, { description: 'Agent instances refused admission, by reason' }),
        agentDemotions: meter.createCounter(METRIC.AGENT_DEMOTIONS, { description: 'Agent instances demoted on a low success rate, and returned after a probe, by event' }),
        controlRejected: meter.createCounter(METRIC.CONTROL_REJECTED, { description: 'Control messages an agent ignored, by reason' }),
        discoveryRejected: meter.createCounter(METRIC.DISCOVERY_REJECTED, { description: 'Discovery messages the orchestrator rejected (sender check), by reason' }),
        runsFinished: meter.createCounter(METRIC.RUNS_FINISHED, { description: 'Runs that reached a final status, by status' }),
        runsAdopted: meter.createCounter(METRIC.RUNS_ADOPTED, { description: 'Runs taken over from a dead or fenced orchestrator' }),
        leaseEvents: meter.createCounter(METRIC.LEASE_EVENTS, { description: "This orchestrator's instance lease acquired or lost, by event" }),
        deadLetters: meter.createCounter(METRIC.DEAD_LETTERS, { description: 'Tasks dead-lettered after exhausting their retries and fallback, by capability' }),
        escalations: meter.createCounter(METRIC.ESCALATIONS, { description: 'Escalations of dead letters (on_dead_letter: escalate), by state entered: open, acknowledged, resolved' }),
        deadLetterActions: meter.createCounter(METRIC.DEAD_LETTER_ACTIONS, { description: 'Dead letters replayed (step or run) or discarded, by action and outcome' }),
        stepSignals: meter.createCounter(METRIC.STEP_SIGNALS, { description: 'wait_for_signal steps ended, by outcome (approved, rejected, timed_out)' }),
        childRuns: meter.createCounter(METRIC.CHILD_RUNS, { description: 'Child runs of workflow steps that ended or could not start, by outcome' }),
        bulkRunItems: meter.createCounter(METRIC.BULK_RUN_ITEMS, { description: 'StartRuns (bulk start) items, by outcome (started, existing, refused)' }),
        webhookDeliveries: meter.createCounter(METRIC.WEBHOOK_DELIVERIES, { description: 'Callbacks (webhooks) that finished, by outcome' }),
        scheduleFires: meter.createCounter(METRIC.SCHEDULE_FIRES, { description: 'Schedule ticks fired by this orchestrator, by schedule and outcome' }),
        scheduleMissedTicks: meter.createCounter(METRIC.SCHEDULE_MISSED_TICKS, { description: 'Schedule ticks skipped by the missed-tick policy, by schedule' }),
        triggerEvents: meter.createCounter(METRIC.TRIGGER_EVENTS, { description: 'Trigger events (NATS messages) processed by this orchestrator, by workflow, trigger and outcome' }),
        rolloutDecisions: meter.createCounter(METRIC.ROLLOUT_DECISIONS, { description: 'Rollout decisions taken by this orchestrator (operator or automatic), by capability and decision' }),
        traceFetches: meter.createCounter(METRIC.TRACE_FETCHES, { description: "Runs' traces read from Jaeger for the console, by outcome" }),
    };
}
/**
 * Troupe's common instruments, created once per meter provider. Call it where you
 * record (it is a map lookup), rather than keeping the result from import time.
 * @example instruments().tasks.add(1, { [ATTR.CAPABILITY]: 'tts', [ATTR.OUTCOME]: 'completed' });
 */
export function instruments() {
    const provider = metrics.getMeterProvider();
    let found = cache.get(provider);
    if (found === undefined) {
        found = create(provider.getMeter(INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION));
        cache.set(provider, found);
    }
    return found;
}
/**
 * Registers an observable gauge whose values are read at collection time, e.g. the
 * number of agents per lifecycle state or the queue size per priority. Returns a
 * function that unregisters the callback.
 * @example
 * const stop = observeGauge(METRIC.AGENTS, 'Agents by lifecycle state', (record) => {
 *   for (const [state, n] of registry.countByState()) record(n, { state });
 * });
 */
export function observeGauge(name, description, observe, unit) {
    const gauge = troupeMeter().createObservableGauge(name, unit === undefined ? { description } : { description, unit });
    const callback = (result) => observe((value, attributes) => result.observe(value, attributes));
    gauge.addCallback(callback);
    return () => gauge.removeCallback(callback);
}
/**
 * Registers an observable counter (a cumulative total read at collection time, shown
 * with `_total`), e.g. dead letters lost so far. Returns a function that unregisters it.
 * @example const stop = observeCounter(METRIC.DEAD_LETTERS_LOST, 'Dead letters lost', (record) => record(store.dropped));
 */
export function observeCounter(name, description, observe) {
    const counter = troupeMeter().createObservableCounter(name, { description });
    const callback = (result) => observe((value, attributes) => result.observe(value, attributes));
    counter.addCallback(callback);
    return () => counter.removeCallback(callback);
}
//# sourceMappingURL=metrics.js.map
import {
  metrics,
  type Attributes,
  type Counter,
  type Histogram,
  type Meter,
  type MeterProvider,
  type ObservableResult,
  type UpDownCounter,
} from '@opentelemetry/api';
import { INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION, METRIC } from './attributes.js';
import { summedCounter, summedUpDownCounter } from './summed-counter.js';

/** The meter every Troupe instrument belongs to (from the current global meter provider). */
export function troupeMeter(): Meter {
  return metrics.getMeter(INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION);
}

/**
 * Troupe's common instruments. Attribute keys come from `ATTR`; Prometheus names are in
 * `METRIC` and docs/metrics.md. Durations are recorded in seconds (see {@link seconds}).
 */
export interface TroupeInstruments {
  /** `rpc_server_duration_seconds`: one per handled gRPC call; attributes rpc.service, rpc.method, rpc.grpc.status_code. */
  readonly rpcServerDuration: Histogram;
  /** `rpc_client_duration_seconds`: one per gRPC call made; same attributes. Recorded by the tracing interceptor. */
  readonly rpcClientDuration: Histogram;
  /** `troupe_tasks_total`: finished task attempts; attributes troupe.capability, troupe.outcome. */
  readonly tasks: Counter;
  /** `troupe_task_duration_seconds`: task attempt durations; attributes troupe.capability, troupe.outcome. */
  readonly taskDuration: Histogram;
  /** `troupe_agent_tasks_total`: tasks an agent finished; attributes troupe.agent.name, troupe.capability, outcome. */
  readonly agentTasks: Counter;
  /** `troupe_agent_task_duration_seconds`: how long an agent took per task; same attributes. */
  readonly agentTaskDuration: Histogram;
  /** `troupe_agent_cache_lookups_total`: tasks of cached capabilities; attributes troupe.agent.name, troupe.capability, troupe.cache.hit. */
  readonly agentCacheLookups: Counter;
  /** `troupe_harvest_fallbacks_total`: pages the web-harvester answered from its page cache after a failed live fetch; attribute troupe.agent.name. */
  readonly harvestFallbacks: Counter;
  /** `troupe_agent_tasks_in_flight`: tasks an agent is running now; attribute troupe.agent.name. */
  readonly agentTasksInFlight: UpDownCounter;
  /** `troupe_agent_refused_total`: tasks an agent refused before running them; attributes troupe.agent.name, reason (full, draining). */
  readonly agentRefused: Counter;
  /** `troupe_tasks_active`: tasks in flight; attribute troupe.capability. */
  readonly tasksActive: UpDownCounter;
  /** `troupe_chunks_relayed_total`: streamed chunks passed on to consumers; attribute troupe.capability. */
  readonly chunksRelayed: Counter;
  /** `troupe_machine_illegal_transitions_total`: events a state machine refused; attributes machine, event. */
  readonly illegalTransitions: Counter;
  /** `troupe_agents_refused_total`: instances refused admission; attribute reason. */
  readonly agentsRefused: Counter;
  /** `troupe_agent_demotions_total`: automatic demotions to maintenance on a low success rate and returns after a probe; attribute event (demoted, restored). */
  readonly agentDemotions: Counter;
  /** `troupe_agent_control_rejected_total`: control messages an agent ignored (bad or missing signature, stale); attribute reason. */
  readonly controlRejected: Counter;
  /** `troupe_discovery_rejected_total`: discovery messages the orchestrator ignored because their sender cannot be who they claim; attribute reason. */
  readonly discoveryRejected: Counter;
  /** `troupe_runs_finished_total`: runs that reached a final status; attribute status (completed, failed, cancelled). */
  readonly runsFinished: Counter;
  /** `troupe_runs_adopted_total`: runs this orchestrator took over from a dead or fenced owner. */
  readonly runsAdopted: Counter;
  /** `troupe_lease_events_total`: this orchestrator's instance lease acquired or lost (taken over); attribute event. */
  readonly leaseEvents: Counter;
  /** `troupe_dead_letters_total`: tasks that exhausted their retries and fallback; attribute troupe.capability. */
  readonly deadLetters: Counter;
  readonly escalations: Counter;
  /** `troupe_dead_letter_actions_total`: dead letters replayed or discarded; attributes action (replay_step, replay_run, replay_from_step, discard), outcome (ok, error). */
  readonly deadLetterActions: Counter;
  /** `troupe_step_signals_total`: how `wait_for_signal` steps ended; attribute outcome (approved, rejected, timed_out). */
  readonly stepSignals: Counter;
  /** `troupe_child_runs_total`: child runs of `workflow` steps that ended (or could not start); attribute outcome (completed, failed, cancelled, not_started). */
  readonly childRuns: Counter;
  /** `troupe_bulk_run_items_total`: StartRuns items; attribute outcome (started, existing, refused). */
  readonly bulkRunItems: Counter;
  /** `troupe_webhook_deliveries_total`: callbacks that finished; attribute outcome (delivered, failed). */
  readonly webhookDeliveries: Counter;
  /** `troupe_schedule_fires_total`: schedule ticks fired here; attributes schedule, outcome (started, existing, failed, retry). */
  readonly scheduleFires: Counter;
  /** `troupe_schedule_missed_ticks_total`: ticks skipped by the missed-tick policy; attribute schedule. */
  readonly scheduleMissedTicks: Counter;
  /** `troupe_trigger_events_total`: trigger events processed here; attributes workflow, trigger, outcome (started, duplicate, filtered, rejected, retry). */
  readonly triggerEvents: Counter;
  /** `troupe_rollout_decisions_total`: rollout decisions taken here; attributes troupe.capability, decision (set, promoted, aborted, rolled_back). */
  readonly rolloutDecisions: Counter;
  /** `troupe_trace_fetches_total`: runs' traces read from Jaeger; attribute outcome (ok, not_found, unreachable, timeout, bad_answer). */
  readonly traceFetches: Counter;
}

/** Task durations run from milliseconds (lookups) to minutes (speech synthesis); in seconds. */
const TASK_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
/** gRPC calls: sub-millisecond loopback calls to long streams; in seconds. */
const RPC_BUCKETS_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** A `performance.now()` duration in seconds, as every Troupe histogram records it. */
export function seconds(fromMs: number, toMs: number = performance.now()): number {
  return (toMs - fromMs) / 1000;
}

// Instruments are cached per meter provider: the metrics API has no proxy provider,
// so instruments made before startTelemetry (or after a restart) would be no-ops forever.
const cache = new WeakMap<MeterProvider, TroupeInstruments>();

// Counters are summed here and read at collection (see SummedCounter): an `add` on the task
// path then costs a map lookup instead of the SDK's hashing of its attributes.
function create(meter: Meter): TroupeInstruments {
  const histogram = (name: string, description: string, buckets: number[]): Histogram =>
    meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: buckets } });
  return {
    rpcServerDuration: histogram(METRIC.RPC_SERVER_DURATION, 'Duration of inbound gRPC calls', RPC_BUCKETS_SECONDS),
    rpcClientDuration: histogram(METRIC.RPC_CLIENT_DURATION, 'Duration of outbound gRPC calls', RPC_BUCKETS_SECONDS),
    tasks: summedCounter(meter, METRIC.TASKS, { description: 'Finished task attempts by capability and outcome' }),
    taskDuration: histogram(METRIC.TASK_DURATION, 'Duration of task attempts', TASK_BUCKETS_SECONDS),
    agentTasks: summedCounter(meter, METRIC.AGENT_TASKS, { description: 'Tasks finished by an agent, by capability and outcome' }),
    agentTaskDuration: histogram(METRIC.AGENT_TASK_DURATION, 'Time an agent spent per task', TASK_BUCKETS_SECONDS),
    agentCacheLookups: summedCounter(meter, METRIC.AGENT_CACHE_LOOKUPS, { description: 'Tasks of cached capabilities, answered from the result cache or not' }),
    harvestFallbacks: summedCounter(meter, METRIC.HARVEST_FALLBACKS, { description: 'Pages the web-harvester took from its page cache because the live fetch failed' }),
    agentTasksInFlight: summedUpDownCounter(meter, METRIC.AGENT_TASKS_IN_FLIGHT, { description: 'Tasks an agent is running now' }),
    agentRefused: summedCounter(meter, METRIC.AGENT_REFUSED, { description: 'Tasks an agent refused before running them, by reason (full, draining)' }),
    tasksActive: summedUpDownCounter(meter, METRIC.TASKS_ACTIVE, { description: 'Tasks in flight' }),
    chunksRelayed: summedCounter(meter, METRIC.CHUNKS_RELAYED, { description: 'Streamed chunks relayed to consumers' }),
    illegalTransitions: summedCounter(meter, METRIC.ILLEGAL_TRANSITIONS, { description: 'Events refused by a state machine' }),
    agentsRefused: summedCounter(meter, METRIC.AGENTS_REFUSED, { description: 'Agent instances refused admission, by reason' }),
    agentDemotions: summedCounter(meter, METRIC.AGENT_DEMOTIONS, { description: 'Agent instances demoted on a low success rate, and returned after a probe, by event' }),
    controlRejected: summedCounter(meter, METRIC.CONTROL_REJECTED, { description: 'Control messages an agent ignored, by reason' }),
    discoveryRejected: summedCounter(meter, METRIC.DISCOVERY_REJECTED, { description: 'Discovery messages the orchestrator rejected (sender check), by reason' }),
    runsFinished: summedCounter(meter, METRIC.RUNS_FINISHED, { description: 'Runs that reached a final status, by status' }),
    runsAdopted: summedCounter(meter, METRIC.RUNS_ADOPTED, { description: 'Runs taken over from a dead or fenced orchestrator' }),
    leaseEvents: summedCounter(meter, METRIC.LEASE_EVENTS, { description: "This orchestrator's instance lease acquired or lost, by event" }),
    deadLetters: summedCounter(meter, METRIC.DEAD_LETTERS, { description: 'Tasks dead-lettered after exhausting their retries and fallback, by capability' }),
    escalations: summedCounter(meter, METRIC.ESCALATIONS, { description: 'Escalations of dead letters (on_dead_letter: escalate), by state entered: open, acknowledged, resolved' }),
    deadLetterActions: summedCounter(meter, METRIC.DEAD_LETTER_ACTIONS, { description: 'Dead letters replayed (step or run) or discarded, by action and outcome' }),
    stepSignals: summedCounter(meter, METRIC.STEP_SIGNALS, { description: 'wait_for_signal steps ended, by outcome (approved, rejected, timed_out)' }),
    childRuns: summedCounter(meter, METRIC.CHILD_RUNS, { description: 'Child runs of workflow steps that ended or could not start, by outcome' }),
    bulkRunItems: summedCounter(meter, METRIC.BULK_RUN_ITEMS, { description: 'StartRuns (bulk start) items, by outcome (started, existing, refused)' }),
    webhookDeliveries: summedCounter(meter, METRIC.WEBHOOK_DELIVERIES, { description: 'Callbacks (webhooks) that finished, by outcome' }),
    scheduleFires: summedCounter(meter, METRIC.SCHEDULE_FIRES, { description: 'Schedule ticks fired by this orchestrator, by schedule and outcome' }),
    scheduleMissedTicks: summedCounter(meter, METRIC.SCHEDULE_MISSED_TICKS, { description: 'Schedule ticks skipped by the missed-tick policy, by schedule' }),
    triggerEvents: summedCounter(meter, METRIC.TRIGGER_EVENTS, { description: 'Trigger events (NATS messages) processed by this orchestrator, by workflow, trigger and outcome' }),
    rolloutDecisions: summedCounter(meter, METRIC.ROLLOUT_DECISIONS, { description: 'Rollout decisions taken by this orchestrator (operator or automatic), by capability and decision' }),
    traceFetches: summedCounter(meter, METRIC.TRACE_FETCHES, { description: "Runs' traces read from Jaeger for the console, by outcome" }),
  };
}

/**
 * Troupe's common instruments, created once per meter provider. Call it where you
 * record (it is a map lookup), rather than keeping the result from import time.
 * @example instruments().tasks.add(1, { [ATTR.CAPABILITY]: 'tts', [ATTR.OUTCOME]: 'completed' });
 */
export function instruments(): TroupeInstruments {
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
export function observeGauge(
  name: string,
  description: string,
  observe: (record: (value: number, attributes?: Attributes) => void) => void,
  unit?: string,
): () => void {
  const gauge = troupeMeter().createObservableGauge(name, unit === undefined ? { description } : { description, unit });
  const callback = (result: ObservableResult): void => observe((value, attributes) => result.observe(value, attributes));
  gauge.addCallback(callback);
  return () => gauge.removeCallback(callback);
}

/**
 * Registers an observable counter (a cumulative total read at collection time, shown
 * with `_total`), e.g. dead letters lost so far. Returns a function that unregisters it.
 * @example const stop = observeCounter(METRIC.DEAD_LETTERS_LOST, 'Dead letters lost', (record) => record(store.dropped));
 */
export function observeCounter(
  name: string,
  description: string,
  observe: (record: (value: number, attributes?: Attributes) => void) => void,
): () => void {
  const counter = troupeMeter().createObservableCounter(name, { description });
  const callback = (result: ObservableResult): void => observe((value, attributes) => result.observe(value, attributes));
  counter.addCallback(callback);
  return () => counter.removeCallback(callback);
}

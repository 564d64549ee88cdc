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

/** The meter every Troupe instrument belongs to (from the current global meter provider). */
export function troupeMeter(): Meter {
  return metrics.getMeter(INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION);
}

/** Troupe's common instruments. Attribute keys come from `ATTR`. */
export interface TroupeInstruments {
  /** `rpc.server.duration` (ms): one per handled gRPC call; attributes rpc.service, rpc.method, rpc.grpc.status_code. */
  readonly rpcServerDuration: Histogram;
  /** `rpc.client.duration` (ms): one per gRPC call made; same attributes. Recorded by the tracing interceptor. */
  readonly rpcClientDuration: Histogram;
  /** `troupe.tasks`: finished task attempts; attributes troupe.capability, troupe.outcome. */
  readonly tasks: Counter;
  /** `troupe.task.duration` (ms): task attempt durations; attributes troupe.capability, troupe.outcome. */
  readonly taskDuration: Histogram;
  /** `troupe.agent.tasks`: tasks an agent finished; attributes troupe.agent.name, troupe.capability, outcome. */
  readonly agentTasks: Counter;
  /** `troupe.agent.task.duration` (ms): how long an agent took per task; same attributes. */
  readonly agentTaskDuration: Histogram;
  /** `troupe.agent.cache.lookups`: tasks of cached capabilities; attributes troupe.agent.name, troupe.capability, troupe.cache.hit. */
  readonly agentCacheLookups: Counter;
  /** `troupe.tasks.active`: tasks in flight; attribute troupe.capability. */
  readonly tasksActive: UpDownCounter;
  /** `troupe.chunks.relayed`: streamed chunks passed on to consumers; attribute troupe.capability. */
  readonly chunksRelayed: Counter;
  /** `troupe.machine.illegal_transitions`: events a state machine refused; attributes machine, state, event. */
  readonly illegalTransitions: Counter;
  /** `troupe.agents.refused` (Prometheus `troupe_agents_refused_total`): instances refused admission; attribute reason. */
  readonly agentsRefused: Counter;
  /** `troupe.agent.control.rejected`: control messages an agent ignored (bad or missing signature, stale); attribute reason. */
  readonly controlRejected: Counter;
  /** `troupe.discovery.rejected` (Prometheus `troupe_discovery_rejected_total`): discovery messages the orchestrator ignored because their sender cannot be who they claim; attribute reason. */
  readonly discoveryRejected: Counter;
}

/** Task durations run from milliseconds (lookups) to minutes (speech synthesis). */
const TASK_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000, 300_000];

// Instruments are cached per meter provider: the metrics API has no proxy provider,
// so instruments made before startTelemetry (or after a restart) would be no-ops forever.
const cache = new WeakMap<MeterProvider, TroupeInstruments>();

function create(meter: Meter): TroupeInstruments {
  return {
    rpcServerDuration: meter.createHistogram(METRIC.RPC_SERVER_DURATION, { unit: 'ms', description: 'Duration of inbound gRPC calls' }),
    rpcClientDuration: meter.createHistogram(METRIC.RPC_CLIENT_DURATION, { unit: 'ms', description: 'Duration of outbound gRPC calls' }),
    tasks: meter.createCounter(METRIC.TASKS, { description: 'Finished task attempts by capability and outcome' }),
    taskDuration: meter.createHistogram(METRIC.TASK_DURATION, {
      unit: 'ms',
      description: 'Duration of task attempts',
      advice: { explicitBucketBoundaries: TASK_BUCKETS_MS },
    }),
    agentTasks: meter.createCounter(METRIC.AGENT_TASKS, { description: 'Tasks finished by an agent, by capability and outcome' }),
    agentTaskDuration: meter.createHistogram(METRIC.AGENT_TASK_DURATION, {
      unit: 'ms',
      description: 'Time an agent spent per task',
      advice: { explicitBucketBoundaries: TASK_BUCKETS_MS },
    }),
    agentCacheLookups: meter.createCounter(METRIC.AGENT_CACHE_LOOKUPS, { description: 'Tasks of cached capabilities, answered from the result cache or not' }),
    tasksActive: meter.createUpDownCounter(METRIC.TASKS_ACTIVE, { description: 'Tasks in flight' }),
    chunksRelayed: meter.createCounter(METRIC.CHUNKS_RELAYED, { description: 'Streamed chunks relayed to consumers' }),
    illegalTransitions: meter.createCounter(METRIC.ILLEGAL_TRANSITIONS, { description: 'Events refused by a state machine' }),
    agentsRefused: meter.createCounter(METRIC.AGENTS_REFUSED, { description: 'Agent instances refused admission, by reason' }),
    controlRejected: meter.createCounter(METRIC.CONTROL_REJECTED, { description: 'Control messages an agent ignored, by reason' }),
    discoveryRejected: meter.createCounter(METRIC.DISCOVERY_REJECTED, { description: 'Discovery messages the orchestrator rejected (sender check), by reason' }),
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

import { type Attributes, type Counter, type Histogram, type Meter, type UpDownCounter } from '@opentelemetry/api';
/** The meter every Troupe instrument belongs to (from the current global meter provider). */
export declare function troupeMeter(): Meter;
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
/** A `performance.now()` duration in seconds, as every Troupe histogram records it. */
export declare function seconds(fromMs: number, toMs?: number): number;
/**
 * Troupe's common instruments, created once per meter provider. Call it where you
 * record (it is a map lookup), rather than keeping the result from import time.
 * @example instruments().tasks.add(1, { [ATTR.CAPABILITY]: 'tts', [ATTR.OUTCOME]: 'completed' });
 */
export declare function instruments(): TroupeInstruments;
/**
 * Registers an observable gauge whose values are read at collection time, e.g. the
 * number of agents per lifecycle state or the queue size per priority. Returns a
 * function that unregisters the callback.
 * @example
 * const stop = observeGauge(METRIC.AGENTS, 'Agents by lifecycle state', (record) => {
 *   for (const [state, n] of registry.countByState()) record(n, { state });
 * });
 */
export declare function observeGauge(name: string, description: string, observe: (record: (value: number, attributes?: Attributes) => void) => void, unit?: string): () => void;
/**
 * Registers an observable counter (a cumulative total read at collection time, shown
 * with `_total`), e.g. dead letters lost so far. Returns a function that unregisters it.
 * @example const stop = observeCounter(METRIC.DEAD_LETTERS_LOST, 'Dead letters lost', (record) => record(store.dropped));
 */
export declare function observeCounter(name: string, description: string, observe: (record: (value: number, attributes?: Attributes) => void) => void): () => void;

/**
 * The one vocabulary of Troupe telemetry: span names, attribute keys and metric
 * names. Every span, attribute and instrument Troupe emits is named here, so a
 * dashboard or a test can rely on this file alone.
 *
 * Keys that have an OpenTelemetry semantic convention use it verbatim
 * (`rpc.*`, `messaging.*`, `server.*`, `error.type`); Troupe's own keys live
 * under `troupe.*`.
 */
/** Span names. gRPC spans are named `<service>/<method>` (see `grpcSpanName`), not listed here. */
export const SPAN = {
    /** A workflow run, from StartRun to its final state. */
    RUN: 'troupe.run',
    /** One attempt of one task, owned by the orchestrator. */
    TASK: 'troupe.task',
    /** One streamed chunk, when the chunk carries real work (otherwise an `rpc.message` event). */
    CHUNK: 'troupe.chunk',
    /** The orchestrator relaying a stream's chunks to the consumer. */
    RELAY: 'troupe.relay',
    /** A `wait_for_signal` step waiting for SignalRun or its timeout (on each orchestrator that drove the wait). */
    STEP_WAIT: 'troupe.step.wait',
    /** A `workflow` step's child run, from its start (or re-attachment after a restart) to its end: the child's run span is its child. */
    STEP_CHILD: 'troupe.step.child',
    /** One item of StartRuns (bulk start): the root of that run's trace, linked to the bulk call's span. */
    RUN_START: 'troupe.run.start',
    /** Agent selection for a task. */
    SCHEDULE: 'troupe.schedule',
    /** A write to the durable store. */
    STORE_WRITE: 'troupe.store.write',
    /** Publishing a discovery announcement or heartbeat. */
    DISCOVERY_PUBLISH: 'troupe.discovery.publish',
    /** An orchestrator publishing a control message (e.g. drain) to one agent over NATS. */
    CONTROL_PUBLISH: 'publish troupe.agents.control',
    /** An agent processing a control message received over NATS. */
    CONTROL_PROCESS: 'process troupe.agents.control',
    /** Speech synthesis of one piece of text (voice-forge). */
    TTS_SYNTHESIZE: 'tts.synthesize',
    /** Delivering one callback (webhook) of a task or run, all its attempts. */
    WEBHOOK_DELIVER: 'troupe.webhook.deliver',
    /** An orchestrator processing one event (NATS message) of a workflow trigger: the parent of the run it starts. */
    TRIGGER_FIRE: 'troupe.trigger.fire',
    /** An orchestrator storing the automatic rollback of a canary that did worse than its stable (docs/rollouts.md). */
    ROLLOUT_ROLLBACK: 'troupe.rollout.rollback',
    /** The orchestrator reading a run's trace from Jaeger's query API for `GET /api/runs/{id}/trace` (a child of that request's span). */
    TRACE_FETCH: 'troupe.trace.fetch',
    /** The fleet supervisor (`troupe up`) applying a scaling decision of one agent. */
    FLEET_SCALE: 'troupe.fleet.scale',
    /** The fleet supervisor starting one instance of an agent. */
    FLEET_START: 'troupe.fleet.start',
    /** The fleet supervisor stopping one agent's instances (scale-down or shutdown). */
    FLEET_STOP: 'troupe.fleet.stop',
};
/** Attribute keys (semantic-convention names where one exists). */
export const ATTR = {
    // --- RPC (https://opentelemetry.io/docs/specs/semconv/rpc/grpc/) ---
    RPC_SYSTEM: 'rpc.system',
    RPC_SERVICE: 'rpc.service',
    RPC_METHOD: 'rpc.method',
    RPC_GRPC_STATUS_CODE: 'rpc.grpc.status_code',
    RPC_MESSAGE_TYPE: 'rpc.message.type',
    RPC_MESSAGE_ID: 'rpc.message.id',
    RPC_MESSAGE_UNCOMPRESSED_SIZE: 'rpc.message.uncompressed_size',
    // --- Messaging (https://opentelemetry.io/docs/specs/semconv/messaging/) ---
    MESSAGING_SYSTEM: 'messaging.system',
    MESSAGING_DESTINATION_NAME: 'messaging.destination.name',
    MESSAGING_OPERATION: 'messaging.operation',
    MESSAGING_OPERATION_TYPE: 'messaging.operation.type',
    MESSAGING_CONSUMER_GROUP_NAME: 'messaging.consumer.group.name',
    MESSAGING_MESSAGE_ID: 'messaging.message.id',
    // --- Network and errors ---
    SERVER_ADDRESS: 'server.address',
    SERVER_PORT: 'server.port',
    NETWORK_PEER_ADDRESS: 'network.peer.address',
    NETWORK_PEER_PORT: 'network.peer.port',
    ERROR_TYPE: 'error.type',
    // --- Resource ---
    SERVICE_NAME: 'service.name',
    SERVICE_VERSION: 'service.version',
    // --- Process ---
    /** How a CLI command ended (on its root span). */
    PROCESS_EXIT_CODE: 'process.exit.code',
    // --- Troupe ---
    CAPABILITY: 'troupe.capability',
    /** The version of the capability on the instance chosen for a task attempt (its own, else the agent's). */
    CAPABILITY_VERSION: 'troupe.capability.version',
    /** `canary` or `stable`: the side of the capability's rollout the chosen instance is on (only with a rollout). */
    ROLLOUT_SIDE: 'troupe.rollout.side',
    /** The canary version or range of a rollout (on `troupe.rollout.rollback` spans). */
    ROLLOUT_CANARY: 'troupe.rollout.canary',
    /** A cached capability's result came from the result cache (true) or its handler ran (false). */
    CACHE_HIT: 'troupe.cache.hit',
    /** The trace a `troupe.trace.fetch` span read from Jaeger (the run's, not the request's own). */
    TRACE_FETCHED_ID: 'troupe.trace.fetched_id',
    /** How many spans Jaeger had of that trace. */
    TRACE_SPAN_COUNT: 'troupe.trace.span_count',
    TASK_ID: 'troupe.task.id',
    RUN_ID: 'troupe.run.id',
    STEP_ID: 'troupe.step.id',
    AGENT_NAME: 'troupe.agent.name',
    AGENT_INSTANCE_ID: 'troupe.agent.instance_id',
    ATTEMPT: 'troupe.attempt',
    PRIORITY: 'troupe.priority',
    OUTCOME: 'troupe.outcome',
    CHUNK_SEQUENCE: 'troupe.chunk.sequence',
    CHUNK_BYTES: 'troupe.chunk.bytes',
    CHUNK_AUDIO_MS: 'troupe.chunk.audio_ms',
    CHUNK_CONTENT_TYPE: 'troupe.chunk.content_type',
    /** Chunks a stream carried (set on the stream's span when it ends). */
    CHUNK_COUNT: 'troupe.chunk.count',
    /** On a `troupe.stream.restarted` event: the attempt whose stream failed. */
    STREAM_FAILED_ATTEMPT: 'troupe.stream.failed_attempt',
    /** On a `troupe.stream.restarted` event: the next chunk sequence consumers get. */
    STREAM_RESUME_FROM: 'troupe.stream.resume_from',
    /** On a `troupe.stream.restarted` event: resumed, deduplicated or spliced (docs/streams.md). */
    STREAM_RESTART_MODE: 'troupe.stream.restart_mode',
    /** `rpc.message` events not recorded on a span because it already holds the maximum. */
    MESSAGE_EVENTS_DROPPED: 'troupe.rpc.message_events_dropped',
    /** The gRPC status name of an error that was expected (not marked ERROR), e.g. "NOT_FOUND". */
    ERROR_CODE: 'troupe.error.code',
    /** A SubmitTasks task's client-chosen id (on its span). */
    BULK_ID: 'troupe.bulk.id',
    /** Tasks a SubmitTasks stream carried, and how many of them failed (on the stream's span when it ends). */
    BULK_TASKS: 'troupe.bulk.tasks',
    BULK_FAILED: 'troupe.bulk.failed',
    /** Tasks a SubmitTasks stream may have in flight (TROUPE_BULK_MAX_IN_FLIGHT), on the stream's span. */
    BULK_MAX_IN_FLIGHT: 'troupe.bulk.max_in_flight',
    /** A schedule's name (on `troupe.schedule.fire` spans, and the `schedule` label of its metrics). */
    SCHEDULE_NAME: 'troupe.schedule.name',
    /** The tick a schedule fired, RFC 3339. */
    SCHEDULE_TICK: 'troupe.schedule.tick',
    /** True when an orchestrator redid a tick another one claimed and did not finish (it died). */
    SCHEDULE_REDO: 'troupe.schedule.redo',
    WORKFLOW: 'troupe.workflow',
    /** A trigger's name (or subject when it has none), on `troupe.trigger.fire` spans and the `trigger` label of its metric. */
    TRIGGER_NAME: 'troupe.trigger.name',
    /** The JetStream stream sequence of the event a trigger processed. */
    EVENT_SEQUENCE: 'troupe.event.sequence',
    /** How many times JetStream delivered the event (1 the first time). */
    EVENT_DELIVERIES: 'troupe.event.deliveries',
    /** The fleet agent (its key in the fleet file) on `troupe.fleet.*` spans and the `agent` label of fleet metrics. */
    FLEET_AGENT: 'troupe.fleet.agent',
    /** Instances wanted before and after a fleet scaling decision. */
    FLEET_FROM: 'troupe.fleet.from',
    FLEET_TO: 'troupe.fleet.to',
    /** What drove a fleet decision: min, schedule, demand, queue, idle, guard. */
    FLEET_CAUSE: 'troupe.fleet.cause',
    /** The decision's reason as shown by `troupe fleet`. */
    FLEET_REASON: 'troupe.fleet.reason',
    /** The instance id a fleet span is about. */
    FLEET_INSTANCE: 'troupe.fleet.instance',
};
/** Fixed attribute values. */
export const VALUE = {
    RPC_SYSTEM_GRPC: 'grpc',
    MESSAGING_SYSTEM_NATS: 'nats',
    MESSAGE_SENT: 'SENT',
    MESSAGE_RECEIVED: 'RECEIVED',
    MESSAGING_PUBLISH: 'publish',
    MESSAGING_RECEIVE: 'receive',
    MESSAGING_PROCESS: 'process',
};
/** Span event names. */
export const EVENT = {
    /** One per streamed message (semconv `rpc.message`). */
    RPC_MESSAGE: 'rpc.message',
};
/**
 * Metric instrument names, spelled as Prometheus shows them (docs/metrics.md): durations
 * in seconds end in `_seconds`, counters in `_total` (the exporter adds nothing to a name
 * that already ends so), gauges are plain nouns. Grep a name here to find the series.
 */
export const METRIC = {
    RPC_SERVER_DURATION: 'rpc_server_duration_seconds',
    RPC_CLIENT_DURATION: 'rpc_client_duration_seconds',
    TASKS: 'troupe_tasks_total',
    TASK_DURATION: 'troupe_task_duration_seconds',
    TASKS_ACTIVE: 'troupe_tasks_active',
    AGENT_TASKS: 'troupe_agent_tasks_total',
    AGENT_TASK_DURATION: 'troupe_agent_task_duration_seconds',
    AGENT_CACHE_LOOKUPS: 'troupe_agent_cache_lookups_total',
    /** Pages the web-harvester answered from its page cache because their live fetch failed. */
    HARVEST_FALLBACKS: 'troupe_harvest_fallbacks_total',
    /** Tasks an agent is running now (its admission's in-flight count). */
    AGENT_TASKS_IN_FLIGHT: 'troupe_agent_tasks_in_flight',
    /** Tasks an agent refused before running them: full (max concurrency) or draining. */
    AGENT_REFUSED: 'troupe_agent_refused_total',
    CHUNKS_RELAYED: 'troupe_chunks_relayed_total',
    QUEUE_SIZE: 'troupe_queue_size',
    QUEUE_CAPACITY: 'troupe_queue_capacity',
    AGENTS: 'troupe_agents',
    BREAKERS: 'troupe_breakers',
    CAPABILITY_INSTANCES: 'troupe_capability_instances',
    ILLEGAL_TRANSITIONS: 'troupe_machine_illegal_transitions_total',
    AGENTS_REFUSED: 'troupe_agents_refused_total',
    AGENT_DEMOTIONS: 'troupe_agent_demotions_total',
    CONTROL_REJECTED: 'troupe_agent_control_rejected_total',
    DISCOVERY_REJECTED: 'troupe_discovery_rejected_total',
    RUNS_ACTIVE: 'troupe_runs_active',
    /** Runs accepted but held by their workflow's flow control (max_concurrent_runs, concurrency). */
    RUNS_WAITING: 'troupe_runs_waiting',
    RUNS_FINISHED: 'troupe_runs_finished_total',
    RUNS_ADOPTED: 'troupe_runs_adopted_total',
    LEASE_EVENTS: 'troupe_lease_events_total',
    DEAD_LETTERS: 'troupe_dead_letters_total',
    /** How `wait_for_signal` steps ended: approved, rejected or timed_out (SignalRun, or the step's timeout). */
    STEP_SIGNALS: 'troupe_step_signals_total',
    /** Child runs `workflow` steps waited for, by outcome (completed, failed, cancelled, not_started). */
    CHILD_RUNS: 'troupe_child_runs_total',
    /** Items of StartRuns (bulk start), by outcome (started, existing, refused). */
    BULK_RUN_ITEMS: 'troupe_bulk_run_items_total',
    DEAD_LETTERS_PENDING: 'troupe_dead_letters_pending',
    /** Dead letters replayed (step, run, or run from the failed step) or discarded, by action and outcome (ok, error). */
    DEAD_LETTER_ACTIONS: 'troupe_dead_letter_actions_total',
    DEAD_LETTERS_LOST: 'troupe_dead_letters_lost_total',
    /** Schedule ticks this orchestrator fired, by schedule and outcome (started, existing, failed, retry). */
    SCHEDULE_FIRES: 'troupe_schedule_fires_total',
    ESCALATIONS: 'troupe_escalations_total',
    /** Schedule ticks skipped by the missed-tick policy (docs/schedules.md), by schedule. */
    SCHEDULE_MISSED_TICKS: 'troupe_schedule_missed_ticks_total',
    /** Trigger events processed here, by workflow, trigger and outcome (started, duplicate, filtered, rejected, retry). */
    TRIGGER_EVENTS: 'troupe_trigger_events_total',
    /** Rollout decisions taken here (docs/rollouts.md), by capability and decision (set, promoted, aborted, rolled_back). */
    ROLLOUT_DECISIONS: 'troupe_rollout_decisions_total',
    /** Reads of runs' traces from Jaeger (`GET /api/runs/{id}/trace`), by outcome (ok, not_found, unreachable, timeout, bad_answer). */
    TRACE_FETCHES: 'troupe_trace_fetches_total',
    AUDIT_FAILURES: 'troupe_audit_failures_total',
    /** Callbacks (webhooks) finished, by outcome (delivered, failed). */
    WEBHOOK_DELIVERIES: 'troupe_webhook_deliveries_total',
    /** `troupe up`: instances wanted per fleet agent. */
    FLEET_INSTANCES_DESIRED: 'troupe_fleet_instances_desired',
    /** `troupe up`: instance processes running per fleet agent. */
    FLEET_INSTANCES: 'troupe_fleet_instances',
    /** `troupe up`: crashed instances restarted, per fleet agent. */
    FLEET_RESTARTS: 'troupe_fleet_restarts_total',
    /** `troupe up`: crash loops detected (the agent was stopped), per fleet agent. */
    FLEET_CRASH_LOOPS: 'troupe_fleet_crash_loops_total',
    /** `troupe up`: 1 while a fleet agent is stopped in a crash loop, else 0 (the alert's signal). */
    FLEET_CRASH_LOOPED: 'troupe_fleet_agent_crash_looped',
    /** `troupe up`: scaling decisions, per fleet agent and cause (min, schedule, demand, queue, idle, guard). */
    FLEET_DECISIONS: 'troupe_fleet_scaling_decisions_total',
    /** `troupe up`: the resource guard's level: 0 ok, 1 warning, 2 critical. */
    FLEET_GUARD_LEVEL: 'troupe_fleet_resource_guard_level',
    /** `troupe up`: the host's CPU (load average / CPUs) and memory use as the guard reads them, 0–1; attribute resource. */
    FLEET_HOST_UTILIZATION: 'troupe_fleet_host_utilization_ratio',
};
/** The name every Troupe tracer and meter is registered under. */
export const INSTRUMENTATION_SCOPE = 'troupe';
/** The version reported with the instrumentation scope; keep in step with package.json. */
export const INSTRUMENTATION_VERSION = '0.1.0';
//# sourceMappingURL=attributes.js.map
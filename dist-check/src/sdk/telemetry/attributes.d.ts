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
export declare const SPAN: {
    /** A workflow run, from StartRun to its final state. */
    readonly RUN: "troupe.run";
    /** One attempt of one task, owned by the orchestrator. */
    readonly TASK: "troupe.task";
    /** One streamed chunk, when the chunk carries real work (otherwise an `rpc.message` event). */
    readonly CHUNK: "troupe.chunk";
    /** The orchestrator relaying a stream's chunks to the consumer. */
    readonly RELAY: "troupe.relay";
    /** A `wait_for_signal` step waiting for SignalRun or its timeout (on each orchestrator that drove the wait). */
    readonly STEP_WAIT: "troupe.step.wait";
    /** A `workflow` step's child run, from its start (or re-attachment after a restart) to its end: the child's run span is its child. */
    readonly STEP_CHILD: "troupe.step.child";
    /** One item of StartRuns (bulk start): the root of that run's trace, linked to the bulk call's span. */
    readonly RUN_START: "troupe.run.start";
    /** Agent selection for a task. */
    readonly SCHEDULE: "troupe.schedule";
    /** A write to the durable store. */
    readonly STORE_WRITE: "troupe.store.write";
    /** Publishing a discovery announcement or heartbeat. */
    readonly DISCOVERY_PUBLISH: "troupe.discovery.publish";
    /** An orchestrator publishing a control message (e.g. drain) to one agent over NATS. */
    readonly CONTROL_PUBLISH: "publish troupe.agents.control";
    /** An agent processing a control message received over NATS. */
    readonly CONTROL_PROCESS: "process troupe.agents.control";
    /** Speech synthesis of one piece of text (voice-forge). */
    readonly TTS_SYNTHESIZE: "tts.synthesize";
    /** Delivering one callback (webhook) of a task or run, all its attempts. */
    readonly WEBHOOK_DELIVER: "troupe.webhook.deliver";
    /** An orchestrator processing one event (NATS message) of a workflow trigger: the parent of the run it starts. */
    readonly TRIGGER_FIRE: "troupe.trigger.fire";
    /** An orchestrator storing the automatic rollback of a canary that did worse than its stable (docs/rollouts.md). */
    readonly ROLLOUT_ROLLBACK: "troupe.rollout.rollback";
    /** The orchestrator reading a run's trace from Jaeger's query API for `GET /api/runs/{id}/trace` (a child of that request's span). */
    readonly TRACE_FETCH: "troupe.trace.fetch";
    /** The fleet supervisor (`troupe up`) applying a scaling decision of one agent. */
    readonly FLEET_SCALE: "troupe.fleet.scale";
    /** The fleet supervisor starting one instance of an agent. */
    readonly FLEET_START: "troupe.fleet.start";
    /** The fleet supervisor stopping one agent's instances (scale-down or shutdown). */
    readonly FLEET_STOP: "troupe.fleet.stop";
};
/** Attribute keys (semantic-convention names where one exists). */
export declare const ATTR: {
    readonly RPC_SYSTEM: "rpc.system";
    readonly RPC_SERVICE: "rpc.service";
    readonly RPC_METHOD: "rpc.method";
    readonly RPC_GRPC_STATUS_CODE: "rpc.grpc.status_code";
    readonly RPC_MESSAGE_TYPE: "rpc.message.type";
    readonly RPC_MESSAGE_ID: "rpc.message.id";
    readonly RPC_MESSAGE_UNCOMPRESSED_SIZE: "rpc.message.uncompressed_size";
    readonly MESSAGING_SYSTEM: "messaging.system";
    readonly MESSAGING_DESTINATION_NAME: "messaging.destination.name";
    readonly MESSAGING_OPERATION: "messaging.operation";
    readonly MESSAGING_OPERATION_TYPE: "messaging.operation.type";
    readonly MESSAGING_CONSUMER_GROUP_NAME: "messaging.consumer.group.name";
    readonly MESSAGING_MESSAGE_ID: "messaging.message.id";
    readonly SERVER_ADDRESS: "server.address";
    readonly SERVER_PORT: "server.port";
    readonly NETWORK_PEER_ADDRESS: "network.peer.address";
    readonly NETWORK_PEER_PORT: "network.peer.port";
    readonly ERROR_TYPE: "error.type";
    readonly SERVICE_NAME: "service.name";
    readonly SERVICE_VERSION: "service.version";
    /** How a CLI command ended (on its root span). */
    readonly PROCESS_EXIT_CODE: "process.exit.code";
    readonly CAPABILITY: "troupe.capability";
    /** The version of the capability on the instance chosen for a task attempt (its own, else the agent's). */
    readonly CAPABILITY_VERSION: "troupe.capability.version";
    /** `canary` or `stable`: the side of the capability's rollout the chosen instance is on (only with a rollout). */
    readonly ROLLOUT_SIDE: "troupe.rollout.side";
    /** The canary version or range of a rollout (on `troupe.rollout.rollback` spans). */
    readonly ROLLOUT_CANARY: "troupe.rollout.canary";
    /** A cached capability's result came from the result cache (true) or its handler ran (false). */
    readonly CACHE_HIT: "troupe.cache.hit";
    /** The trace a `troupe.trace.fetch` span read from Jaeger (the run's, not the request's own). */
    readonly TRACE_FETCHED_ID: "troupe.trace.fetched_id";
    /** How many spans Jaeger had of that trace. */
    readonly TRACE_SPAN_COUNT: "troupe.trace.span_count";
    readonly TASK_ID: "troupe.task.id";
    readonly RUN_ID: "troupe.run.id";
    readonly STEP_ID: "troupe.step.id";
    readonly AGENT_NAME: "troupe.agent.name";
    readonly AGENT_INSTANCE_ID: "troupe.agent.instance_id";
    readonly ATTEMPT: "troupe.attempt";
    readonly PRIORITY: "troupe.priority";
    readonly OUTCOME: "troupe.outcome";
    readonly CHUNK_SEQUENCE: "troupe.chunk.sequence";
    readonly CHUNK_BYTES: "troupe.chunk.bytes";
    readonly CHUNK_AUDIO_MS: "troupe.chunk.audio_ms";
    readonly CHUNK_CONTENT_TYPE: "troupe.chunk.content_type";
    /** Chunks a stream carried (set on the stream's span when it ends). */
    readonly CHUNK_COUNT: "troupe.chunk.count";
    /** On a `troupe.stream.restarted` event: the attempt whose stream failed. */
    readonly STREAM_FAILED_ATTEMPT: "troupe.stream.failed_attempt";
    /** On a `troupe.stream.restarted` event: the next chunk sequence consumers get. */
    readonly STREAM_RESUME_FROM: "troupe.stream.resume_from";
    /** On a `troupe.stream.restarted` event: resumed, deduplicated or spliced (docs/streams.md). */
    readonly STREAM_RESTART_MODE: "troupe.stream.restart_mode";
    /** `rpc.message` events not recorded on a span because it already holds the maximum. */
    readonly MESSAGE_EVENTS_DROPPED: "troupe.rpc.message_events_dropped";
    /** The gRPC status name of an error that was expected (not marked ERROR), e.g. "NOT_FOUND". */
    readonly ERROR_CODE: "troupe.error.code";
    /** A SubmitTasks task's client-chosen id (on its span). */
    readonly BULK_ID: "troupe.bulk.id";
    /** Tasks a SubmitTasks stream carried, and how many of them failed (on the stream's span when it ends). */
    readonly BULK_TASKS: "troupe.bulk.tasks";
    readonly BULK_FAILED: "troupe.bulk.failed";
    /** Tasks a SubmitTasks stream may have in flight (TROUPE_BULK_MAX_IN_FLIGHT), on the stream's span. */
    readonly BULK_MAX_IN_FLIGHT: "troupe.bulk.max_in_flight";
    /** A schedule's name (on `troupe.schedule.fire` spans, and the `schedule` label of its metrics). */
    readonly SCHEDULE_NAME: "troupe.schedule.name";
    /** The tick a schedule fired, RFC 3339. */
    readonly SCHEDULE_TICK: "troupe.schedule.tick";
    /** True when an orchestrator redid a tick another one claimed and did not finish (it died). */
    readonly SCHEDULE_REDO: "troupe.schedule.redo";
    readonly WORKFLOW: "troupe.workflow";
    /** A trigger's name (or subject when it has none), on `troupe.trigger.fire` spans and the `trigger` label of its metric. */
    readonly TRIGGER_NAME: "troupe.trigger.name";
    /** The JetStream stream sequence of the event a trigger processed. */
    readonly EVENT_SEQUENCE: "troupe.event.sequence";
    /** How many times JetStream delivered the event (1 the first time). */
    readonly EVENT_DELIVERIES: "troupe.event.deliveries";
    /** The fleet agent (its key in the fleet file) on `troupe.fleet.*` spans and the `agent` label of fleet metrics. */
    readonly FLEET_AGENT: "troupe.fleet.agent";
    /** Instances wanted before and after a fleet scaling decision. */
    readonly FLEET_FROM: "troupe.fleet.from";
    readonly FLEET_TO: "troupe.fleet.to";
    /** What drove a fleet decision: min, schedule, demand, queue, idle, guard. */
    readonly FLEET_CAUSE: "troupe.fleet.cause";
    /** The decision's reason as shown by `troupe fleet`. */
    readonly FLEET_REASON: "troupe.fleet.reason";
    /** The instance id a fleet span is about. */
    readonly FLEET_INSTANCE: "troupe.fleet.instance";
};
/** Fixed attribute values. */
export declare const VALUE: {
    readonly RPC_SYSTEM_GRPC: "grpc";
    readonly MESSAGING_SYSTEM_NATS: "nats";
    readonly MESSAGE_SENT: "SENT";
    readonly MESSAGE_RECEIVED: "RECEIVED";
    readonly MESSAGING_PUBLISH: "publish";
    readonly MESSAGING_RECEIVE: "receive";
    readonly MESSAGING_PROCESS: "process";
};
/** Span event names. */
export declare const EVENT: {
    /** One per streamed message (semconv `rpc.message`). */
    readonly RPC_MESSAGE: "rpc.message";
};
/**
 * Metric instrument names, spelled as Prometheus shows them (docs/metrics.md): durations
 * in seconds end in `_seconds`, counters in `_total` (the exporter adds nothing to a name
 * that already ends so), gauges are plain nouns. Grep a name here to find the series.
 */
export declare const METRIC: {
    readonly RPC_SERVER_DURATION: "rpc_server_duration_seconds";
    readonly RPC_CLIENT_DURATION: "rpc_client_duration_seconds";
    readonly TASKS: "troupe_tasks_total";
    readonly TASK_DURATION: "troupe_task_duration_seconds";
    readonly TASKS_ACTIVE: "troupe_tasks_active";
    readonly AGENT_TASKS: "troupe_agent_tasks_total";
    readonly AGENT_TASK_DURATION: "troupe_agent_task_duration_seconds";
    readonly AGENT_CACHE_LOOKUPS: "troupe_agent_cache_lookups_total";
    /** Pages the web-harvester answered from its page cache because their live fetch failed. */
    readonly HARVEST_FALLBACKS: "troupe_harvest_fallbacks_total";
    /** Tasks an agent is running now (its admission's in-flight count). */
    readonly AGENT_TASKS_IN_FLIGHT: "troupe_agent_tasks_in_flight";
    /** Tasks an agent refused before running them: full (max concurrency) or draining. */
    readonly AGENT_REFUSED: "troupe_agent_refused_total";
    readonly CHUNKS_RELAYED: "troupe_chunks_relayed_total";
    readonly QUEUE_SIZE: "troupe_queue_size";
    readonly QUEUE_CAPACITY: "troupe_queue_capacity";
    readonly AGENTS: "troupe_agents";
    readonly BREAKERS: "troupe_breakers";
    readonly CAPABILITY_INSTANCES: "troupe_capability_instances";
    readonly ILLEGAL_TRANSITIONS: "troupe_machine_illegal_transitions_total";
    readonly AGENTS_REFUSED: "troupe_agents_refused_total";
    readonly AGENT_DEMOTIONS: "troupe_agent_demotions_total";
    readonly CONTROL_REJECTED: "troupe_agent_control_rejected_total";
    readonly DISCOVERY_REJECTED: "troupe_discovery_rejected_total";
    readonly RUNS_ACTIVE: "troupe_runs_active";
    /** Runs accepted but held by their workflow's flow control (max_concurrent_runs, concurrency). */
    readonly RUNS_WAITING: "troupe_runs_waiting";
    readonly RUNS_FINISHED: "troupe_runs_finished_total";
    readonly RUNS_ADOPTED: "troupe_runs_adopted_total";
    readonly LEASE_EVENTS: "troupe_lease_events_total";
    readonly DEAD_LETTERS: "troupe_dead_letters_total";
    /** How `wait_for_signal` steps ended: approved, rejected or timed_out (SignalRun, or the step's timeout). */
    readonly STEP_SIGNALS: "troupe_step_signals_total";
    /** Child runs `workflow` steps waited for, by outcome (completed, failed, cancelled, not_started). */
    readonly CHILD_RUNS: "troupe_child_runs_total";
    /** Items of StartRuns (bulk start), by outcome (started, existing, refused). */
    readonly BULK_RUN_ITEMS: "troupe_bulk_run_items_total";
    readonly DEAD_LETTERS_PENDING: "troupe_dead_letters_pending";
    /** Dead letters replayed (step, run, or run from the failed step) or discarded, by action and outcome (ok, error). */
    readonly DEAD_LETTER_ACTIONS: "troupe_dead_letter_actions_total";
    readonly DEAD_LETTERS_LOST: "troupe_dead_letters_lost_total";
    /** Schedule ticks this orchestrator fired, by schedule and outcome (started, existing, failed, retry). */
    readonly SCHEDULE_FIRES: "troupe_schedule_fires_total";
    readonly ESCALATIONS: "troupe_escalations_total";
    /** Schedule ticks skipped by the missed-tick policy (docs/schedules.md), by schedule. */
    readonly SCHEDULE_MISSED_TICKS: "troupe_schedule_missed_ticks_total";
    /** Trigger events processed here, by workflow, trigger and outcome (started, duplicate, filtered, rejected, retry). */
    readonly TRIGGER_EVENTS: "troupe_trigger_events_total";
    /** Rollout decisions taken here (docs/rollouts.md), by capability and decision (set, promoted, aborted, rolled_back). */
    readonly ROLLOUT_DECISIONS: "troupe_rollout_decisions_total";
    /** Reads of runs' traces from Jaeger (`GET /api/runs/{id}/trace`), by outcome (ok, not_found, unreachable, timeout, bad_answer). */
    readonly TRACE_FETCHES: "troupe_trace_fetches_total";
    readonly AUDIT_FAILURES: "troupe_audit_failures_total";
    /** Callbacks (webhooks) finished, by outcome (delivered, failed). */
    readonly WEBHOOK_DELIVERIES: "troupe_webhook_deliveries_total";
    /** `troupe up`: instances wanted per fleet agent. */
    readonly FLEET_INSTANCES_DESIRED: "troupe_fleet_instances_desired";
    /** `troupe up`: instance processes running per fleet agent. */
    readonly FLEET_INSTANCES: "troupe_fleet_instances";
    /** `troupe up`: crashed instances restarted, per fleet agent. */
    readonly FLEET_RESTARTS: "troupe_fleet_restarts_total";
    /** `troupe up`: crash loops detected (the agent was stopped), per fleet agent. */
    readonly FLEET_CRASH_LOOPS: "troupe_fleet_crash_loops_total";
    /** `troupe up`: 1 while a fleet agent is stopped in a crash loop, else 0 (the alert's signal). */
    readonly FLEET_CRASH_LOOPED: "troupe_fleet_agent_crash_looped";
    /** `troupe up`: scaling decisions, per fleet agent and cause (min, schedule, demand, queue, idle, guard). */
    readonly FLEET_DECISIONS: "troupe_fleet_scaling_decisions_total";
    /** `troupe up`: the resource guard's level: 0 ok, 1 warning, 2 critical. */
    readonly FLEET_GUARD_LEVEL: "troupe_fleet_resource_guard_level";
    /** `troupe up`: the host's CPU (load average / CPUs) and memory use as the guard reads them, 0–1; attribute resource. */
    readonly FLEET_HOST_UTILIZATION: "troupe_fleet_host_utilization_ratio";
};
/** The name every Troupe tracer and meter is registered under. */
export declare const INSTRUMENTATION_SCOPE = "troupe";
/** The version reported with the instrumentation scope; keep in step with package.json. */
export declare const INSTRUMENTATION_VERSION = "0.1.0";

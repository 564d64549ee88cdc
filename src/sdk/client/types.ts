import type * as grpc from '@grpc/grpc-js';
import type { Json } from '../grpc/struct.js';

/** Per-call options accepted by every {@link OrchestratorClient} method. */
export interface CallOptions {
  /** Aborting cancels the gRPC call; the server sees CANCELLED and the promise/iterator rejects with it. */
  signal?: AbortSignal;
  /** Absolute gRPC deadline. Unary calls default to the client's `defaultTimeoutMs`. */
  deadline?: Date;
  /** Extra request metadata (headers). */
  metadata?: grpc.Metadata;
}

/** {@link CallOptions} of a WatchRun. */
export interface WatchRunOptions extends CallOptions {
  /**
   * Only the events of these types, or of types starting with an entry that ends in a dot:
   * `['run.']` is the run's start and its end. @default every event
   */
  types?: readonly string[];
}

/** One task for {@link OrchestratorClient.submitTask} or {@link OrchestratorClient.streamTask}. */
export interface TaskRequest {
  /** The capability to invoke, e.g. "tts.synthesize". */
  capability: string;
  /** JSON input passed to the agent unchanged. Omitted means null. */
  input?: Json;
  /** Optional binary input. */
  data?: Uint8Array;
  /** Content type of `data`. */
  contentType?: string;
  /** Resubmitting with the same key is safe for idempotent agents. */
  idempotencyKey?: string;
  /** 1 (highest) … 5 (lowest); 0 or omitted means 3. */
  priority?: number;
  /** Server-side time budget for the whole task in ms; 0 or omitted means the orchestrator default. */
  timeoutMs?: number;
  /** SubmitTask only: http(s) URL the result is also POSTed to, signed (docs/http-api.md). @default none */
  callbackUrl?: string;
  /** Which orchestrator webhook secret signs the callback. @default "default" */
  callbackSecretId?: string;
}

/** The final outcome of a task. */
export interface TaskOutcome {
  /** JSON output of the agent. */
  output: Json;
  /** Binary output; empty when there is none. */
  data: Buffer;
  /** Content type of `data`; empty when `data` is empty. */
  contentType: string;
  /** Numbers the agent reported (tokens, audio_ms, …). */
  metrics: Record<string, number>;
  /** Non-fatal problems the caller should know about. */
  warnings: string[];
}

/** What {@link OrchestratorClient.submitTask} resolves to. */
export interface SubmitTaskResult extends TaskOutcome {
  /** Id the orchestrator gave the task. */
  taskId: string;
  /** The agent instance that ran it. */
  agentInstanceId: string;
}

/** One event of {@link OrchestratorClient.streamTask}: started, then progress/chunks, then one result. */
export type StreamTaskEvent =
  | { type: 'started'; taskId: string; agentInstanceId: string; traceId: string }
  | { type: 'progress'; fraction: number; message: string }
  | {
      type: 'chunk';
      /** Position in the stream, from 0 without gaps. */
      sequence: number;
      contentType: string;
      data: Buffer;
      /** Media duration in ms; 0 when not media. */
      durationMs: number;
      metadata: Json;
      /** W3C traceparent of the span that produced the chunk; empty when unknown. */
      traceparent: string;
    }
  | ({ type: 'result' } & TaskOutcome);

/** Lifecycle state of an agent instance (`AGENT_STATE_ACTIVE` → `'active'`). */
export type AgentStateName =
  | 'unspecified'
  | 'joining'
  | 'active'
  | 'saturated'
  | 'maintenance'
  | 'draining'
  | 'suspect'
  | 'unreachable'
  | 'left'
  | 'refused';

/** State of the circuit breaker guarding an agent instance. */
export type BreakerStateName = 'closed' | 'open' | 'half_open' | 'unspecified';

/** Operator-chosen mode for {@link OrchestratorClient.setAgentMode}. */
export type AgentModeName = 'active' | 'maintenance' | 'drain';

/** A capability as described by an agent. */
export interface CapabilityInfo {
  name: string;
  /** Its semver version: the capability's own, else the agent's. */
  version: string;
  description: string;
  inputTypes: string[];
  outputTypes: string[];
  /** True when it must be called with streamTask. */
  streaming: boolean;
  /** Streaming: a retried attempt can start where the failed one stopped (`resume_from_sequence`). */
  resumable?: boolean;
  /** Streaming: the same input always yields the same chunks. */
  deterministic?: boolean;
  /** The JSON Schema its output must match (the output contract), parsed; absent when it declares none. */
  outputSchema?: Record<string, unknown>;
}

/** The registry's view of one agent instance, as plain JS. */
export interface AgentInfo {
  name: string;
  version: string;
  instanceId: string;
  /** host:port of its gRPC server. */
  address: string;
  capabilities: CapabilityInfo[];
  state: AgentStateName;
  /** Tasks the orchestrator has in flight on it. */
  inFlight: number;
  /** Tasks in flight according to its last heartbeat. */
  reportedInFlight: number;
  /** Effective maximum concurrency (0 on the wire means 1). */
  maxConcurrency: number;
  /** When its last heartbeat arrived; null when none has. */
  lastHeartbeat: Date | null;
  /** When it joined; null when unknown. */
  joinedAt: Date | null;
  breaker: BreakerStateName;
  /** Tasks completed successfully through this orchestrator. */
  succeeded: number;
  /** Tasks that failed through this orchestrator. */
  failed: number;
  /** Smoothed latency of successful tasks in ms (0 until measured). */
  latencyEwmaMs: number;
  /** Share of finished tasks that succeeded, in [0, 1]. */
  successRate: number;
  /** Share of the time since joining that the instance was active, in [0, 1]. */
  uptimeRatio: number;
  /**
   * Recent lifecycle state changes, oldest first, each with why (`reason`) and who triggered it
   * (`actor`: agent, orchestrator, operator:<subject>, auto-demotion); both '' in old histories.
   * A breaker change is recorded as re-entering the current state with the breaker's reason.
   */
  history: { state: AgentStateName; at: Date; reason: string; actor: string }[];
  /** Why admission refused it (state `refused`), e.g. `wrong_identity: ...`; '' otherwise. */
  refusedReason: string;
  labels: Record<string, string>;
}

/** One registry change from {@link OrchestratorClient.watchAgents}. */
export interface AgentChange {
  /** The instance after the change. */
  agent: AgentInfo;
  /** State before the change; null for the initial snapshot. */
  previousState: AgentStateName | null;
}

/** One capability's queue on an orchestrator ({@link OrchestratorClient.getQueues}). */
export interface CapabilityQueueInfo {
  readonly capability: string;
  /** Tasks waiting for an instance (queued, or waiting for a free or started instance). */
  readonly waiting: number;
  /** Age of the oldest waiting task in ms; 0 when none waits. */
  readonly oldestWaitMs: number;
  /** Tasks in flight on agents. */
  readonly inFlight: number;
  /** Instances serving it now (active or saturated, breaker not open). */
  readonly routableInstances: number;
}

/** Filter for {@link OrchestratorClient.listAgents}. */
export interface ListAgentsFilter {
  /** Only instances offering this capability. */
  capability?: string;
  /** Include instances that have left or were refused admission. @default false */
  includeLeft?: boolean;
  /** Only instances with a capability accepting this type (media type or schema name). */
  inputType?: string;
  /** Only instances with a capability producing this type. */
  outputType?: string;
}

/** What {@link OrchestratorClient.planChains} asks for. */
export interface PlanChainsRequest {
  /** The type the chain starts from, e.g. `topic`. */
  from: string;
  /** The type the chain must produce, e.g. `audio/wav`. */
  to: string;
  /** Most chains (1 … 20). @default 5 */
  maxChains?: number;
  /** Name of the workflow in each definition. @default `<from>-to-<to>` */
  workflowName?: string;
}

/** One chain {@link OrchestratorClient.planChains} found. */
export interface PlannedChainInfo {
  steps: { capability: string; inputType: string; outputType: string; instances: number; latencyMs: number; successRate: number; streaming: boolean }[];
  /** Sum of the steps' measured latencies (ms). */
  latencyMs: number;
  /** Product of the steps' success rates. */
  success: number;
  /** A workflow definition running the chain: `registerWorkflow(JSON.stringify(definition))`. */
  definition: Record<string, unknown>;
}

/** Filter for {@link OrchestratorClient.watchAgents}. */
export interface WatchAgentsFilter {
  /** Only instances offering this capability. */
  capability?: string;
}

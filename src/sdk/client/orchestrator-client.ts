import * as grpc from '@grpc/grpc-js';
import type { ListAgentsResponse__Output } from '../../gen/troupe/v1/ListAgentsResponse.js';
import type { GetQueuesResponse__Output } from '../../gen/troupe/v1/GetQueuesResponse.js';
import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { SetAgentModeResponse__Output } from '../../gen/troupe/v1/SetAgentModeResponse.js';
import type { ListAuditEventsResponse__Output } from '../../gen/troupe/v1/ListAuditEventsResponse.js';
import type { SubmitTaskResponse__Output } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import type { PlanChainsResponse__Output } from '../../gen/troupe/v1/PlanChainsResponse.js';
import { fromValue } from '../grpc/struct.js';
import type { AuditEvent, AuditFilter } from '../security/audit.js';
import { TroupeError, Status } from '../errors.js';
import { createClientTls, type ClientTls, type ClientTlsOptions } from '../security/tls.js';
import { loadProtos } from '../grpc/load-protos.js';
import { bearerTokenInterceptor, type TokenSource } from './bearer-token.js';
import { DEFAULT_MAX_MESSAGE_BYTES, STREAM_RECEIVE_WINDOW_BYTES } from '../grpc/payload-limits.js';
import { grpcCallArgs, readServerStream, unaryCall } from './calls.js';
import { runsClient, type RunsClient } from './runs-client.js';
import { schedulesClient, type SchedulesClient } from './schedules-client.js';
import { escalationsClient, type EscalationsClient } from './escalations-client.js';
import { triggersClient, type TriggersClient } from './triggers-client.js';
import { rolloutsClient, type RolloutsClient } from './rollouts-client.js';
import { plaintextHintInterceptor } from './connection-hint.js';
import { agentModeToWire, agentStateName, toAgentInfo } from './map-agent-status.js';
import { toStreamTaskEvent, toSubmitTaskResult, toTaskRequestMessage } from './map-task.js';
import { DEFAULT_SUBMIT_MANY_CONCURRENCY, submitManyOver, type TaskStreamOutcome } from './submit-many.js';
import { openTaskStream, type TaskStream } from './task-stream.js';
import type {
  AgentChange,
  AgentInfo,
  AgentModeName,
  CallOptions,
  CapabilityQueueInfo,
  ListAgentsFilter,
  PlanChainsRequest,
  PlannedChainInfo,
  StreamTaskEvent,
  SubmitTaskResult,
  TaskRequest,
  WatchAgentsFilter,
} from './types.js';

/** Options of {@link createOrchestratorClient}. */
export interface OrchestratorClientOptions {
  /** Channel credentials; overrides `tls`. @default from `tls`, else grpc.credentials.createInsecure() */
  credentials?: grpc.ChannelCredentials;
  /**
   * TLS to the orchestrator: `ca` (PEM path or Buffer; default the system roots), and
   * `cert` + `key` for mutual TLS, `serverName` when the certificate names another host
   * than the one dialled. Files are re-read when they change. @default plaintext
   */
  tls?: ClientTlsOptions;
  /** Per-call credentials (e.g. a bearer token) added to every call; needs TLS. @default none */
  callCredentials?: grpc.CallCredentials;
  /** grpc-js client interceptors applied to every call, outermost first (e.g. tracing). @default [] */
  interceptors?: grpc.Interceptor[];
  /**
   * Deadline in ms for unary calls that pass no `deadline` of their own. Streams
   * (streamTask, watchAgents) only get a deadline when the call asks for one.
   * @default undefined (no deadline)
   */
  defaultTimeoutMs?: number;
  /**
   * Extra grpc-js channel options. The send and receive message limits default to
   * DEFAULT_MAX_MESSAGE_BYTES (80 MiB: 64 MiB payloads plus headroom), as the orchestrator's. @default {}
   */
  channelOptions?: grpc.ChannelOptions;
  /**
   * API token sent as `authorization: Bearer <token>` on every call (a string, or a
   * function called per call). On a plaintext channel use it for loopback only. @default none
   */
  token?: TokenSource;
}

/** A promise / async-iterator API over `troupe.v1.OrchestratorService`. */
export interface OrchestratorClient extends RunsClient, SchedulesClient, EscalationsClient, TriggersClient, RolloutsClient {
  /** Runs one task of a unary capability and resolves to its result. */
  submitTask(req: TaskRequest, call?: CallOptions): Promise<SubmitTaskResult>;
  /**
   * Opens a `SubmitTasks` stream: many unary tasks over one gRPC stream, for high rates (several
   * times the tasks per second of `submitTask` calls). `submit()` sends a task and resolves with its
   * result when it finishes, in whatever order tasks finish; each task has its own deadline
   * (`timeoutMs`, or `deadline`), its own cancellation (`signal`) and its own error, which never
   * ends the stream. Ids are assigned for you. The server reads a bounded number of tasks ahead
   * (TROUPE_BULK_MAX_IN_FLIGHT): beyond it, sends wait in HTTP/2 flow control rather than fail.
   * `call.signal` (or `cancel()`) cancels the stream and every task in flight; `close()` ends it
   * once every task has answered. Trace context: each task's parent span is the one active when
   * `submit` is called.
   *
   * @example
   * ```ts
   * const tasks = client.submitTasks();
   * const results = await Promise.all(
   *   texts.map((text) => tasks.submit({ capability: 'echo.say', input: { text }, timeoutMs: 5_000 })),
   * );
   * await tasks.close();
   * ```
   */
  submitTasks(call?: CallOptions): TaskStream;
  /**
   * Runs every task of `tasks` (an array, a generator, an async iterable: read only as fast as tasks
   * finish) over one `SubmitTasks` stream, at most `concurrency` at a time, and yields each outcome
   * as it finishes, with its position in the input. A failed task is an outcome (`ok: false`);
   * only the stream's own failure throws. Breaking out of the loop cancels the tasks in flight.
   *
   * @example
   * ```ts
   * for await (const outcome of client.submitMany(tasks, { concurrency: 256 })) {
   *   if (outcome.ok) console.log(outcome.index, outcome.result.output);
   *   else console.error(outcome.index, outcome.error.message);
   * }
   * ```
   */
  submitMany(tasks: Iterable<TaskRequest> | AsyncIterable<TaskRequest>, options?: CallOptions & { concurrency?: number }): AsyncIterable<TaskStreamOutcome>;
  /**
   * Runs one task of a streaming capability. Iterate the events; breaking out of the
   * loop or aborting `call.signal` cancels the task on the server.
   */
  streamTask(req: TaskRequest, call?: CallOptions): AsyncIterable<StreamTaskEvent>;
  /** Lists agent instances, ordered by agent name then instance id. */
  listAgents(filter?: ListAgentsFilter, call?: CallOptions): Promise<AgentInfo[]>;
  /**
   * The shortest chains of capabilities whose declared types lead from `from` to `to`,
   * ranked by measured success and latency, each with a workflow definition.
   * @example
   * const [best] = await client.planChains({ from: 'topic', to: 'audio/wav' });
   * if (best) await client.registerWorkflow(JSON.stringify(best.definition));
   */
  planChains(request: PlanChainsRequest, call?: CallOptions): Promise<PlannedChainInfo[]>;
  /**
   * Per capability: tasks waiting for an instance on this orchestrator and the oldest wait,
   * tasks in flight, routable instances (the scaling signal of `troupe up`); `capability`
   * narrows it to one. Needs the scope `agents:read` when auth is on.
   */
  getQueues(capability?: string, call?: CallOptions): Promise<CapabilityQueueInfo[]>;
  /** Streams the registry: every current instance (previousState null), then each change. */
  watchAgents(filter?: WatchAgentsFilter, call?: CallOptions): AsyncIterable<AgentChange>;
  /** Puts an instance into active, maintenance or drain mode; resolves to the instance after the change. */
  setAgentMode(instanceId: string, mode: AgentModeName, call?: CallOptions): Promise<AgentInfo>;
  /** Audit events (needs the scope `audit:read` when auth is on), oldest first. */
  listAuditEvents(filter?: AuditFilter, call?: CallOptions): Promise<AuditEvent[]>;
  /** Closes the channel; calls in flight fail with CANCELLED or UNAVAILABLE. */
  close(): void;
}

/**
 * Connects to a Troupe orchestrator. The channel connects lazily on the first call.
 *
 * @example
 * ```ts
 * import { createOrchestratorClient } from 'troupe/sdk';
 *
 * const client = createOrchestratorClient('127.0.0.1:7600', { defaultTimeoutMs: 30_000 });
 * const { output } = await client.submitTask({ capability: 'snippet.write', input: { topic: 'tides' } });
 *
 * for await (const event of client.streamTask({ capability: 'tts.synthesize', input: { text: 'Hello' } })) {
 *   if (event.type === 'chunk') speaker.write(event.data);
 * }
 * client.close();
 * ```
 */
export function createOrchestratorClient(address: string, options: OrchestratorClientOptions = {}): OrchestratorClient {
  const Ctor = loadProtos().orchestrator.troupe.v1.OrchestratorService;
  const tls: ClientTls | undefined = options.credentials === undefined && options.tls ? createClientTls(options.tls) : undefined;
  let credentials = options.credentials ?? tls?.credentials ?? grpc.credentials.createInsecure();
  if (options.callCredentials) {
    if (!credentials._isSecure()) throw new TroupeError(Status.INVALID_ARGUMENT, 'callCredentials need TLS: set `tls` (grpc-js never sends call credentials in plaintext)');
    credentials = credentials.compose(options.callCredentials);
  }
  const raw: OrchestratorServiceClient = new Ctor(address, credentials, {
    ...tls?.channelOptions,
    'grpc.max_receive_message_length': DEFAULT_MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': DEFAULT_MAX_MESSAGE_BYTES,
    'grpc-node.flow_control_window': STREAM_RECEIVE_WINDOW_BYTES,
    ...options.channelOptions,
    interceptors: [...(options.interceptors ?? []), ...(options.token ? [bearerTokenInterceptor(options.token)] : []), ...(credentials._isSecure() ? [] : [plaintextHintInterceptor()])],
  });
  const unaryArgs = (call?: CallOptions) => grpcCallArgs(call, options.defaultTimeoutMs);
  const streamArgs = (call?: CallOptions) => grpcCallArgs(call);

  return {
    ...runsClient(raw, unaryArgs, streamArgs),
    ...schedulesClient(raw, unaryArgs),
    ...escalationsClient(raw, unaryArgs),
    ...triggersClient(raw, unaryArgs),
    ...rolloutsClient(raw, unaryArgs),
    async submitTask(req, call) {
      const message = { ...toTaskRequestMessage(req), ...(req.callbackUrl ? { callbackUrl: req.callbackUrl } : {}), ...(req.callbackSecretId ? { callbackSecretId: req.callbackSecretId } : {}) };
      const res = await unaryCall<SubmitTaskResponse__Output>((md, opts, cb) => raw.submitTask(message, md, opts, cb), unaryArgs(call), call?.signal);
      return toSubmitTaskResult(res);
    },

    submitTasks(call) {
      return openTaskStream(({ metadata, options: opts }) => raw.submitTasks(metadata, opts), streamArgs(call), call?.signal);
    },

    submitMany(tasks, options) {
      const concurrency = options?.concurrency ?? DEFAULT_SUBMIT_MANY_CONCURRENCY;
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new TroupeError(Status.INVALID_ARGUMENT, `concurrency must be a positive integer; got ${concurrency}`);
      const open = (): TaskStream => openTaskStream(({ metadata, options: opts }) => raw.submitTasks(metadata, opts), streamArgs(options), options?.signal);
      return { [Symbol.asyncIterator]: () => submitManyOver(open(), tasks, concurrency) };
    },

    streamTask(req, call) {
      return {
        [Symbol.asyncIterator]() {
          const message = toTaskRequestMessage(req);
          const { metadata, options: opts } = streamArgs(call);
          return readServerStream(() => raw.streamTask(message, metadata, opts), toStreamTaskEvent, call?.signal);
        },
      };
    },

    async planChains(req, call) {
      const request = { fromType: req.from, toType: req.to, maxChains: req.maxChains ?? 0, workflowName: req.workflowName ?? '' };
      const res = await unaryCall<PlanChainsResponse__Output>((md, opts, cb) => raw.planChains(request, md, opts, cb), unaryArgs(call), call?.signal);
      return res.chains.map((c) => ({
        steps: c.steps.map((s) => ({ ...s })),
        latencyMs: c.latencyMs,
        success: c.success,
        definition: fromValue({ structValue: c.definition, kind: 'structValue' }) as Record<string, unknown>,
      }));
    },

    async listAgents(filter, call) {
      const request = { capability: filter?.capability ?? '', includeLeft: filter?.includeLeft ?? false, inputType: filter?.inputType ?? '', outputType: filter?.outputType ?? '' };
      const res = await unaryCall<ListAgentsResponse__Output>((md, opts, cb) => raw.listAgents(request, md, opts, cb), unaryArgs(call), call?.signal);
      return res.agents.map(toAgentInfo);
    },

    async getQueues(capability, call) {
      const res = await unaryCall<GetQueuesResponse__Output>((md, opts, cb) => raw.getQueues({ capability: capability ?? '' }, md, opts, cb), unaryArgs(call), call?.signal);
      return res.queues.map((q) => ({ capability: q.capability, waiting: q.waiting, oldestWaitMs: Number(q.oldestWaitMs), inFlight: q.inFlight, routableInstances: q.routableInstances }));
    },

    watchAgents(filter, call) {
      return {
        [Symbol.asyncIterator]() {
          const { metadata, options: opts } = streamArgs(call);
          return readServerStream(
            () => raw.watchAgents({ capability: filter?.capability ?? '' }, metadata, opts),
            (res): AgentChange | undefined => {
              if (!res.agent) return undefined;
              const previous = agentStateName(res.previousState);
              return { agent: toAgentInfo(res.agent), previousState: previous === 'unspecified' ? null : previous };
            },
            call?.signal,
          );
        },
      };
    },

    async setAgentMode(instanceId, mode, call) {
      const request = { instanceId, mode: agentModeToWire(mode) };
      const res = await unaryCall<SetAgentModeResponse__Output>((md, opts, cb) => raw.setAgentMode(request, md, opts, cb), unaryArgs(call), call?.signal);
      if (!res.agent) throw new TroupeError(Status.INTERNAL, `SetAgentMode answered without the agent ${instanceId}`);
      return toAgentInfo(res.agent);
    },

    async listAuditEvents(filter, call) {
      const request = { sinceUnixMs: filter?.sinceMs ?? 0, actor: filter?.actor ?? '', action: filter?.action ?? '', limit: filter?.limit ?? 0 };
      const res = await unaryCall<ListAuditEventsResponse__Output>((md, opts, cb) => raw.listAuditEvents(request, md, opts, cb), unaryArgs(call), call?.signal);
      return res.events.map((e) => ({
        at: e.at,
        actor: e.actor,
        action: e.action,
        outcome: e.outcome as AuditEvent['outcome'],
        ...(e.target ? { target: e.target } : {}),
        ...(e.reason ? { reason: e.reason } : {}),
        ...(e.traceId ? { traceId: e.traceId } : {}),
      }));
    },

    close() {
      raw.close();
      tls?.close();
    },
  };
}

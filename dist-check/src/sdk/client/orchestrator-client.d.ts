import * as grpc from '@grpc/grpc-js';
import type { AuditEvent, AuditFilter } from '../security/audit.js';
import { type ClientTlsOptions } from '../security/tls.js';
import { type TokenSource } from './bearer-token.js';
import { type RunsClient } from './runs-client.js';
import { type SchedulesClient } from './schedules-client.js';
import { type EscalationsClient } from './escalations-client.js';
import { type TriggersClient } from './triggers-client.js';
import { type RolloutsClient } from './rollouts-client.js';
import { type TaskStreamOutcome } from './submit-many.js';
import { type TaskStream } from './task-stream.js';
import type { AgentChange, AgentInfo, AgentModeName, CallOptions, CapabilityQueueInfo, ListAgentsFilter, PlanChainsRequest, PlannedChainInfo, StreamTaskEvent, SubmitTaskResult, TaskRequest, WatchAgentsFilter } from './types.js';
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
    submitMany(tasks: Iterable<TaskRequest> | AsyncIterable<TaskRequest>, options?: CallOptions & {
        concurrency?: number;
    }): AsyncIterable<TaskStreamOutcome>;
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
export declare function createOrchestratorClient(address: string, options?: OrchestratorClientOptions): OrchestratorClient;

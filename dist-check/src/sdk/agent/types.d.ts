import type { Context, Span } from '@opentelemetry/api';
import type { KV } from 'nats';
import type { Logger } from 'pino';
import type { BucketOptions } from './agent-buckets.js';
import type { Json } from '../grpc/struct.js';
/** A named skill an agent offers (mirrors `troupe.v1.Capability`). */
export interface CapabilitySpec {
    /** Unique capability name, e.g. `echo.say`: lowercase letters, digits, `.`, `-`, `_`. */
    name: string;
    /**
     * Semantic version of this capability, e.g. `2.1.0`, when it moves apart from the agent's own.
     * Tasks and workflow steps may ask for a range (`echo.say@^2`) and rollouts split traffic
     * between versions (docs/rollouts.md). @default the agent's `version`
     */
    version?: string;
    /** One line for people. @default '' */
    description?: string;
    /** Content types or schema names accepted. @default ['application/json'] */
    inputTypes?: string[];
    /** Content types or schema names produced. @default ['application/json'] */
    outputTypes?: string[];
    /** True when the handler is an async generator that yields chunks. @default false */
    streaming?: boolean;
    /**
     * Streaming only: the same input always yields the same chunks, byte for byte and in
     * order (a TTS engine, a file). Lets a retried stream continue where the failed
     * attempt stopped instead of repeating itself to listeners. @default false
     */
    deterministic?: boolean;
    /**
     * Streaming only: how a retried attempt resumes a stream (`ctx.resumeFromSequence`).
     * - `true`: the SDK resumes: it runs the handler from the start and drops the chunks
     *   (and progress) before `ctx.resumeFromSequence`. Needs `deterministic: true`.
     * - `'handler'`: the handler itself starts at `ctx.resumeFromSequence`: it yields only
     *   the chunks from there on, which the SDK numbers from `ctx.resumeFromSequence`.
     * - `false`: never asked to resume (the orchestrator restarts it from 0 and drops what
     *   it re-sends).
     * @default deterministic
     */
    resumable?: boolean | 'handler';
    /**
     * Effectively-once: the handler's result is stored (NATS JetStream KV `troupe_agent_results`,
     * or memory for an agent without NATS) under the task's idempotency key for `ttlMs`, and a
     * redo with the same key (`run_id/step_id/attempt`, e.g. after an orchestrator crash, or a
     * client's retry) is answered from it without running the handler. Unary capabilities only.
     * @default undefined (not cached)
     */
    cacheByIdempotencyKey?: {
        ttlMs: number;
    };
    /**
     * Unary only: the JSON Schema the handler's output must match (the output contract). It is
     * sent in the descriptor; the orchestrator checks every result and fails an attempt whose
     * output does not match with INTERNAL naming the JSON path, e.g. `$.segments[1].text:
     * expected string, received number` (retried per policy, counted against this instance).
     * Checked at definition time: a schema zod's `fromJSONSchema` cannot read is refused.
     * @default undefined (no contract)
     */
    outputSchema?: Record<string, unknown>;
}
/** Everything a handler knows about the task it runs. */
export interface TaskContext {
    readonly taskId: string;
    readonly capability: string;
    /** Attempt number, from 1. */
    readonly attempt: number;
    /**
     * Streaming: the first chunk sequence the caller still needs (0 = from the start). Non-zero
     * only for a resumable capability retried after an attempt that delivered chunks. With
     * `resumable: true` the SDK drops earlier chunks itself (a handler may read this to skip
     * costly work, e.g. pacing); with `resumable: 'handler'` the handler must start here.
     */
    readonly resumeFromSequence: number;
    /** `run_id/step_id/attempt` in runs, or the client's key; use it to deduplicate side effects. */
    readonly idempotencyKey: string;
    readonly runId: string;
    readonly stepId: string;
    /** Binary input (empty when none). */
    readonly data: Buffer;
    readonly contentType: string;
    /** Aborted when the caller cancels, the deadline passes or the agent stops. Pass it to fetch & co. */
    readonly signal: AbortSignal;
    /** The caller's deadline, when it set one. */
    readonly deadline: Date | undefined;
    /** A pino logger bound to this task (carries trace_id, task_id, agent). */
    readonly logger: Logger;
    /** The server span of this task; add events or start child spans from `traceContext`. */
    readonly span: Span;
    /** The OpenTelemetry context of this task. Async generators lose the active context: use this. */
    readonly traceContext: Context;
    /**
     * Opens (creating if needed) a JetStream KV bucket for the handler's own state, e.g. a
     * cache: over the agent's NATS connection, at its `storeReplicas` (TROUPE_STORE_REPLICAS),
     * its max age at least `ttlMs`; opened once per instance. Resolves `undefined` for an
     * agent without NATS, and rejects when JetStream is unavailable. Optional so that test
     * doubles of the context need not provide it; the SDK always does.
     */
    readonly openBucket?: (bucket: string, options: BucketOptions) => Promise<KV | undefined>;
}
/** A full result; a handler may instead return plain JSON, which becomes `output`. */
export interface TaskResultInit {
    output?: Json;
    data?: Uint8Array;
    contentType?: string;
    metrics?: Record<string, number>;
    warnings?: string[];
}
/** A chunk yielded by a streaming handler. `sequence` is assigned by the SDK. */
export interface ChunkEvent {
    type: 'chunk';
    data: Uint8Array;
    contentType: string;
    /** Media duration in ms (audio), 0 when not media. */
    durationMs?: number;
    metadata?: Json;
    /** The context of the span that produced the chunk, when the handler made one (e.g. per sentence). */
    traceContext?: Context;
}
/** A progress report yielded by a streaming handler. */
export interface ProgressEvent {
    type: 'progress';
    /** In [0, 1]; -1 when unknown. */
    fraction: number;
    message?: string;
}
export type StreamEvent = ChunkEvent | ProgressEvent;
/** Marks a handler's return value as a full {@link TaskResultInit} rather than plain JSON output. */
export declare function taskResult(init: TaskResultInit): TaskResultInit;
/** @internal */
export declare function isTaskResult(value: unknown): value is TaskResultInit;
/** Handler of a unary capability. */
export type UnaryHandler = (input: Json, ctx: TaskContext) => Promise<Json | TaskResultInit | void> | Json | TaskResultInit | void;
/** Handler of a streaming capability: yield chunks and progress, return the final output. */
export type StreamHandler = (input: Json, ctx: TaskContext) => AsyncGenerator<StreamEvent, Json | TaskResultInit | void, void>;
export type Handler = UnaryHandler | StreamHandler;

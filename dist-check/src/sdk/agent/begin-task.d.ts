import type * as grpc from '@grpc/grpc-js';
import type { Span, Context } from '@opentelemetry/api';
import type { TaskSpec__Output } from '../../gen/troupe/v1/TaskSpec.js';
import { type Json } from '../grpc/struct.js';
import type { ServedCall } from '../grpc/serve.js';
import type { AgentRuntime } from './runtime.js';
import type { StreamHandler, TaskContext, UnaryHandler } from './types.js';
/** A task admitted and ready to run. @internal */
export interface BegunTask<H> {
    readonly handler: H;
    readonly input: Json;
    readonly ctx: TaskContext;
    readonly span: Span;
    readonly traceContext: Context;
    /** How the capability resumes a retried stream (CapabilitySpec.resumable). */
    readonly resumable: boolean | 'handler';
    /** Releases the concurrency slot and timers; idempotent. */
    readonly finish: () => void;
}
interface Request {
    task: TaskSpec__Output | null;
    resumeFromSequence?: string;
}
type Call = grpc.ServerUnaryCall<Request, unknown> | grpc.ServerWritableStream<Request, unknown>;
/**
 * Validates the request, admits the task and builds its context. Throws a TroupeError
 * when the task cannot start (unknown capability, wrong RPC, full, draining).
 * @internal
 */
export declare function beginTask<S extends boolean>(runtime: AgentRuntime, call: Call, served: ServedCall, streaming: S): BegunTask<S extends true ? StreamHandler : UnaryHandler>;
export {};

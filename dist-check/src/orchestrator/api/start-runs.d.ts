import { type Context, type Span } from '@opentelemetry/api';
import type * as grpc from '@grpc/grpc-js';
import type { Value } from '../../gen/google/protobuf/Value.js';
import { type Json } from '../../sdk/grpc/struct.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { type ApiDeps } from './deps.js';
/** Most items one StartRuns call (or `POST /api/runs:bulk`) may carry. */
export declare const MAX_BULK_RUNS = 1000;
/** A StartRun request as decoded from the wire. */
export interface WireStartRun {
    workflow: string;
    input: Value | null;
    options: {
        idempotencyKey: string;
        priority: number;
        timeoutMs: number;
    } | null;
    callbackUrl?: string;
    callbackSecretId?: string;
}
/** One run to start, decoded (from a StartRunRequest or an HTTP body). */
export interface StartItem {
    readonly workflow: string;
    readonly input: Json;
    readonly idempotencyKey: string;
    /** 0: the default (3). */
    readonly priority: number;
    /** 0: the orchestrator's default. */
    readonly timeoutMs: number;
    readonly callbackUrl?: string | undefined;
    readonly callbackSecretId?: string | undefined;
}
/** A StartRunRequest from the wire, decoded. */
export declare function fromWire(request: WireStartRun): StartItem;
/** What the start of a run needs from the API's dependencies. */
export type StartDeps = Pick<ApiDeps, 'storeLink' | 'maxPayloadBytes' | 'webhooks' | 'runCallbacks'>;
/** What StartRun answers. */
export interface StartedRun {
    runId: string;
    existing: boolean;
    traceId: string;
}
/**
 * StartRun of one request: checks it (workflow named and allowed to the caller, priority,
 * input size, callback), starts the run (the store link answering UNAVAILABLE fast while
 * NATS is down) and tracks its callback. Throws what StartRun answers.
 */
export declare function startOne(deps: StartDeps, engine: RunEngine, item: StartItem, principal: Principal, traceContext: Context): Promise<StartedRun>;
/** One item's result: the run, or why it did not start (`code` a gRPC status). */
export type BulkResult = {
    run: StartedRun;
} | {
    error: {
        code: number;
        message: string;
    };
};
/** Who starts the runs of a bulk call, how its items read, and where each item's decision is audited. */
export interface BulkCall<T> {
    /** Reads one item; a throw (INVALID_ARGUMENT) refuses that item only. */
    parse(raw: T): StartItem;
    readonly principal: Principal;
    /** The bulk call's span: each item's run starts a trace of its own, linked to it. */
    readonly span: Span;
    readonly audit?: AuditSink | undefined;
    /** The audit action of each item. @default 'StartRuns' */
    readonly action?: string;
}
/**
 * StartRuns: every item started as StartRun would, at most {@link BULK_CONCURRENCY} at once
 * (items sharing an idempotency key one after the other, in order, so the later ones answer
 * `existing`), each answered in its own slot: a refused item (unknown workflow, bad input,
 * RESOURCE_EXHAUSTED at the limit of active runs…) does not fail the others. Each item's
 * run gets its own trace, whose first span links to the bulk call's; each item is audited.
 * INVALID_ARGUMENT for no items or more than {@link MAX_BULK_RUNS}.
 */
export declare function startMany<T>(deps: StartDeps, engine: RunEngine, items: readonly T[], call: BulkCall<T>): Promise<BulkResult[]>;
/** OrchestratorService.StartRuns over the run engine. */
export declare function startRunsHandler(deps: ApiDeps, engine: RunEngine): grpc.handleUnaryCall<{
    requests: WireStartRun[];
}, unknown>;

import type { Json } from '../../sdk/grpc/struct.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { SignalResult } from '../workflow/engine/run-executor.js';
/** A `POST /api/runs/{id}/signal/{step}` request, its body parsed. */
export interface HttpSignal {
    readonly runId: string;
    readonly stepId: string;
    /** `{ payload?: JSON, reject?: boolean }`. */
    readonly body: Json;
    readonly principal: Principal;
    readonly audit: AuditSink | undefined;
    readonly traceparent: string | undefined;
    /** Refuses a run of a workflow the caller is not allowed (as the other run routes do). */
    readonly checked: (runId: string, action: string) => Promise<string>;
}
/**
 * `POST /api/runs/{id}/signal/{step}` `{ payload?, reject? }`: SignalRun over HTTP for
 * the console and for scripts, with the same checks, errors and audit record as the RPC
 * (scope `runs:signal`, checked by the HTTP guard before this).
 */
export declare function signalOverHttp(engine: RunEngine, req: HttpSignal): Promise<SignalResult>;

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from '../../sdk/grpc/struct.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { type StartDeps, type StartItem } from './start-runs.js';
/** The path of the HTTP bulk start. */
export declare const BULK_RUNS_PATH = "/api/runs:bulk";
/** Reads one run of the body; INVALID_ARGUMENT (that item only) when it is not one. */
export declare function httpStartItem(raw: Json): StartItem;
/**
 * `POST /api/runs:bulk` `{ "runs": [ {workflow, input, idempotencyKey, priority, timeoutMs, callback_url, callback_secret_id}, … ] }`:
 * StartRuns over HTTP (scope runs:start). 200 with `{ "results": [...] }`, one per run in
 * order: `{ runId, existing, traceId }`, or `{ error, code, message }` (the gRPC status name
 * and number the run got, e.g. RESOURCE_EXHAUSTED). 400 for a body that is not such a list,
 * empty, or over 1000 runs; a bad run is refused in its slot only.
 */
export declare function startRunsOverHttp(engine: RunEngine, req: IncomingMessage, res: ServerResponse, principal: Principal, deps: StartDeps & {
    audit?: AuditSink | undefined;
}): Promise<void>;

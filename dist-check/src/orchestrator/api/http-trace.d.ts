import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Principal } from '../../sdk/security/scopes.js';
import type { RunTraceSource } from '../traces/trace-source.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
/**
 * `GET /api/runs/{id}/trace` (and HEAD): the run's trace as Jaeger has it, read server-side
 * (traces/trace-source.ts) and answered as a compact span list (traces/run-trace.ts). Same
 * scope and workflow limit as `GET /api/runs/{id}`. Answers 404 for an unknown run or one
 * Jaeger has no span of (yet), 409 when no Jaeger query URL is set, 502 when Jaeger cannot be
 * reached or answers something else, 504 when it is too slow; each with `{ error, message }`.
 * Returns false when the request is not this route.
 */
export declare function handleTraceRoute(deps: {
    engine: RunEngine;
    traces: RunTraceSource;
    audit?: AuditSink | undefined;
}, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from '../../sdk/grpc/struct.js';
import type { AuditSink } from '../../sdk/security/audit.js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { type ApiDeps } from './deps.js';
export declare function sendJson(res: ServerResponse, status: number, body: unknown): void;
export declare function sendError(res: ServerResponse, err: unknown): void;
/** A `?limit=` query value: a whole number from 1 to `max`, or undefined when absent or empty. */
export declare function limitQuery(raw: string | null, max: number): number | undefined;
export declare function readJson(req: IncomingMessage, limit?: number): Promise<Json>;
/**
 * The run-read guard of the run routes: for a caller limited to some workflows, refuses runs of
 * the others (and audits the refusal). Resolves to the run id it was given.
 */
export declare function runGuard(engine: RunEngine, principal: Principal, audit?: AuditSink): (runId: string, action: string) => Promise<string>;
/**
 * The run routes of the orchestrator's HTTP endpoint, for listeners and the web page:
 * - `GET /` the page; `POST /api/runs` `{ workflow, input }` starts a run;
 * - `POST /api/runs/{id}/signal/{step}` `{ payload?, reject? }` approves or rejects a waiting step (see http-signal.ts);
 * - `GET /api/runs/{id}` its report; `GET /api/runs/{id}/events` its events as Server-Sent Events;
 * - `GET /runs/{id}/audio` its streamed audio as one chunked `audio/wav` response that
 *   players (curl, ffplay, VLC, `<audio>`) play while it grows — a late listener gets
 *   the audio from the start. A finished run's audio is a whole file: it honours
 *   `Range: bytes=…` (206, or 416 when unsatisfiable) so players can seek, with an `ETag`
 *   for `If-Range` and `If-None-Match`; a run still streaming answers 200 with the audio
 *   so far and what follows, `Accept-Ranges: none`.
 * Every GET here answers HEAD too (same status and headers, no body).
 * Returns false when the request is not one of these routes. `url` is the parsed request target.
 */
export declare function handleRunRoutes(engine: RunEngine, req: IncomingMessage, res: ServerResponse, url: URL, principal?: Principal, audit?: AuditSink, callbacks?: Pick<ApiDeps, 'webhooks' | 'runCallbacks'>): Promise<boolean>;

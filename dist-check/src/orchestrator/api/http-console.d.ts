import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuditSink } from '../../sdk/security/audit.js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { ApiDeps } from './deps.js';
/** What the console's API routes need: the API's own dependencies and the run engine. */
export interface ConsoleRouteDeps {
    readonly api: ApiDeps;
    readonly engine: RunEngine;
    readonly audit: AuditSink | undefined;
}
/**
 * The HTTP mirror of the gRPC methods the console needs (docs/http-api.md), each with the
 * RPC's scope (checked by the HTTP door before this, see scopes.ts), checks and audit record:
 * - `GET /api/agents` (ListAgents), `GET /api/agents/events` (WatchAgents as Server-Sent Events),
 *   `POST /api/agents/{id}/mode` `{ mode }` (SetAgentMode);
 * - `GET /api/workflows` (ListWorkflows), `GET /api/workflows/{name}/versions` (ListWorkflowVersions);
 * - `GET /api/dead-letters` (ListDeadLetters), `POST /api/dead-letters/{task}/replay` `{ mode? }`
 *   (ReplayDeadLetter), `POST /api/dead-letters/{task}/discard` (DiscardDeadLetter);
 * - `POST /api/runs/{id}/cancel` `{ reason? }` (CancelRun).
 * Returns false for any other path; errors are thrown for the caller to answer.
 */
export declare function handleConsoleRoutes(deps: ConsoleRouteDeps, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RolloutHandle } from '../rollouts/setup.js';
import type { ApiDeps } from './deps.js';
/**
 * `GET /api/rollouts` (ListRollouts) and `GET /api/rollouts/{capability}` (GetRollout), as the RPCs
 * answer them (api/rollouts.ts), for the console. Scope agents:read (checked by the HTTP door,
 * scopes.ts). Each request is a SERVER span `GET /api/rollouts[/{capability}]`, a child of the
 * caller's `traceparent`. Returns false for any other path; errors are thrown for the caller to answer.
 */
export declare function handleRolloutRoutes(api: ApiDeps, handle: RolloutHandle | undefined, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;

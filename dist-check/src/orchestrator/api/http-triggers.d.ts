import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../../sdk/security/scopes.js';
import { type TriggerSource } from './triggers.js';
/**
 * `GET /api/triggers[?workflow=W]`: the event triggers (as ListTriggers has them), for a
 * console. Scope `workflows:read`; a workflow-limited token sees its workflows' only.
 * Returns false for any other path.
 */
export declare function handleTriggerRoutes(triggers: TriggerSource | undefined, _req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Principal } from '../../sdk/security/scopes.js';
import { type DeliveryLog, type DeliverySubject } from '../webhooks/delivery-log.js';
/** The route's path. */
export declare const WEBHOOKS_PATH = "/api/webhooks";
/**
 * Whether `principal` (who already holds `runs:read`, checked by the HTTP door) sees a delivery:
 * a run's when it may read runs of its workflow (a resumed run's workflow is known once it
 * ends; until then only unlimited readers see it); a task's when it is a `*` caller, or the
 * task's submitter holding `tasks:submit` — the rule of `GET /api/tasks/{id}`.
 */
export declare function deliveryVisible(principal: Principal, subject: DeliverySubject): boolean;
/**
 * `GET /api/webhooks?state=&limit=`: this orchestrator's callback deliveries, newest first
 * (`{ deliveries }`, see delivery-log.ts), for the console's Webhooks view. Never a secret or a
 * body. A SERVER span `GET /api/webhooks`, a child of the caller's `traceparent`. Returns false for
 * other paths; a bad `state` or `limit` is thrown as INVALID_ARGUMENT for the caller to answer (400).
 */
export declare function handleWebhookRoutes(log: DeliveryLog | undefined, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

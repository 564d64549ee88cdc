import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Principal } from '../../sdk/security/scopes.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Registry } from '../registry/registry.js';
import type { DeliveryLog } from '../webhooks/delivery-log.js';
import type { WebhookSender } from '../webhooks/sender.js';
import type { TaskResults } from './task-results.js';
/** What the task routes need. */
export interface TaskRouteDeps {
    readonly registry: Registry;
    readonly dispatcher: Dispatcher;
    readonly results: TaskResults;
    readonly defaultTimeoutMs: number;
    readonly maxPayloadBytes?: number | undefined;
    /** Sends callbacks; undefined when no webhook secret is set (then `callback_url` is refused). */
    readonly webhooks?: WebhookSender | undefined;
    /** TROUPE_WEBHOOK_ALLOW: callback hosts allowed; empty allows every host. */
    readonly webhookAllow?: readonly string[];
    /** Where task callbacks are listed for `GET /api/webhooks`. */
    readonly deliveries?: DeliveryLog | undefined;
    readonly logger?: Logger | undefined;
    /** Where denials are written (by the HTTP door); tasks, like gRPC SubmitTask, are not audited when allowed. */
    readonly audit?: AuditSink | undefined;
    /** Aborted when the orchestrator stops: tasks still running end as CANCELLED. */
    readonly stop?: AbortSignal | undefined;
}
/** Most ids one aggregate request may ask about. */
export declare const MAX_AGGREGATE_IDS = 100;
/**
 * The HTTP task API (docs/http-api.md): `POST /api/tasks` runs one task in the background
 * and answers 202 with its id at once; `GET /api/tasks/{id}` its status and result;
 * `POST /api/tasks/aggregate` `{ ids }` several at once. A task may name a `callback_url`
 * that gets its result, signed, when it finishes. Returns false for other paths.
 */
export declare function handleTaskRoutes(deps: TaskRouteDeps, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

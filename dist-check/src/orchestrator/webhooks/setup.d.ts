import type { Logger } from 'pino';
import { type OrchestratorOptions } from '../options.js';
import { DeliveryLog } from './delivery-log.js';
import { WebhookSender } from './sender.js';
/** The orchestrator's callback sender and host allow-list, from its options. */
export interface Webhooks {
    /** Undefined when no secret file is set: callbacks are then refused. */
    readonly sender: WebhookSender | undefined;
    /** Allowed callback hosts; empty allows all. */
    readonly allow: readonly string[];
    /** The deliveries this orchestrator sends, for `GET /api/webhooks` (empty when there is no sender). */
    readonly deliveries: DeliveryLog;
}
/**
 * The signing secrets in the file's text: one secret (id `default`), or a JSON object of
 * id → secret for per-call secrets (`callback_secret_id`). Each at least 16 bytes.
 * Throws ConfigError naming the setting and the bad id, never a secret.
 */
export declare function parseWebhookSecrets(text: string, file: string): Map<string, Buffer>;
/** Reads the signing secrets and builds the sender. Throws ConfigError naming the setting. */
export declare function setupWebhooks(options: OrchestratorOptions, logger: Logger): Webhooks;

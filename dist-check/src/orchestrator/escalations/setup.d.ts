import type { Logger } from 'pino';
import { type OrchestratorOptions } from '../options.js';
import type { Stores } from '../store/buckets.js';
import type { Webhooks } from '../webhooks/setup.js';
import { EscalationService } from './escalation-service.js';
/**
 * The orchestrator's escalations: kept in `troupe_escalations` (in memory without durable
 * state), POSTed to TROUPE_ESCALATION_URL signed with a webhook secret. Throws ConfigError
 * for a receiver without a secret file or one the callback rules refuse.
 */
export declare function setupEscalations(options: OrchestratorOptions, webhooks: Webhooks, stores: Stores | undefined, logger: Logger): EscalationService;

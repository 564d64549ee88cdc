import type { Logger } from 'pino';
import { ConfigError, type OrchestratorOptions } from '../options.js';
import type { Stores } from '../store/buckets.js';
import { checkCallbackUrl } from '../webhooks/callback-url.js';
import type { Webhooks } from '../webhooks/setup.js';
import { EscalationService } from './escalation-service.js';
import { KvEscalationStore, MemoryEscalationStore } from './escalation-store.js';

/**
 * The orchestrator's escalations: kept in `troupe_escalations` (in memory without durable
 * state), POSTed to TROUPE_ESCALATION_URL signed with a webhook secret. Throws ConfigError
 * for a receiver without a secret file or one the callback rules refuse.
 */
export function setupEscalations(options: OrchestratorOptions, webhooks: Webhooks, stores: Stores | undefined, logger: Logger): EscalationService {
  let receiver;
  if (options.escalationUrl) {
    if (!webhooks.sender) throw new ConfigError('TROUPE_ESCALATION_URL needs TROUPE_WEBHOOK_SECRET_FILE: escalations are signed like every callback');
    let url: URL;
    let secretId: string;
    try {
      secretId = webhooks.sender.secretIdFor(options.escalationSecretId);
      url = checkCallbackUrl(options.escalationUrl, webhooks.allow);
    } catch (err) {
      throw new ConfigError(`TROUPE_ESCALATION_URL / TROUPE_ESCALATION_SECRET_ID: ${(err as Error).message}`);
    }
    receiver = { url, sender: webhooks.sender, secretId };
  }
  const store = stores ? new KvEscalationStore(stores.buckets.escalations) : new MemoryEscalationStore();
  return new EscalationService({ store, receiver, logger: logger.child({ component: 'escalations' }) });
}

import { ConfigError } from '../options.js';
import { checkCallbackUrl } from '../webhooks/callback-url.js';
import { EscalationService } from './escalation-service.js';
import { KvEscalationStore, MemoryEscalationStore } from './escalation-store.js';
/**
 * The orchestrator's escalations: kept in `troupe_escalations` (in memory without durable
 * state), POSTed to TROUPE_ESCALATION_URL signed with a webhook secret. Throws ConfigError
 * for a receiver without a secret file or one the callback rules refuse.
 */
export function setupEscalations(options, webhooks, stores, logger) {
    let receiver;
    if (options.escalationUrl) {
        if (!webhooks.sender)
            throw new ConfigError('TROUPE_ESCALATION_URL needs TROUPE_WEBHOOK_SECRET_FILE: escalations are signed like every callback');
        let url;
        let secretId;
        try {
            secretId = webhooks.sender.secretIdFor(options.escalationSecretId);
            url = checkCallbackUrl(options.escalationUrl, webhooks.allow);
        }
        catch (err) {
            throw new ConfigError(`TROUPE_ESCALATION_URL / TROUPE_ESCALATION_SECRET_ID: ${err.message}`);
        }
        receiver = { url, sender: webhooks.sender, secretId };
    }
    const store = stores ? new KvEscalationStore(stores.buckets.escalations) : new MemoryEscalationStore();
    return new EscalationService({ store, receiver, logger: logger.child({ component: 'escalations' }) });
}
//# sourceMappingURL=setup.js.map
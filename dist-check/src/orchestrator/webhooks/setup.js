import { readFileSync } from 'node:fs';
import { ConfigError } from '../options.js';
import { DeliveryLog } from './delivery-log.js';
import { DEFAULT_SECRET_ID, WebhookSender } from './sender.js';
/**
 * The signing secrets in the file's text: one secret (id `default`), or a JSON object of
 * id → secret for per-call secrets (`callback_secret_id`). Each at least 16 bytes.
 * Throws ConfigError naming the setting and the bad id, never a secret.
 */
export function parseWebhookSecrets(text, file) {
    const trimmed = text.trim();
    let entries = [[DEFAULT_SECRET_ID, trimmed]];
    if (trimmed.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch {
            throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: ${file} starts with "{" but is not a JSON object of id → secret`);
        }
        entries = Object.entries(parsed);
    }
    if (entries.length === 0)
        throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: ${file} holds no secret`);
    const secrets = new Map();
    for (const [id, value] of entries) {
        if (!/^[A-Za-z0-9._-]{1,64}$/.test(id))
            throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: secret id "${id.slice(0, 64)}" in ${file}: use letters, digits, '.', '_', '-'`);
        const secret = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.alloc(0);
        if (secret.length < 16)
            throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: secret "${id}" in ${file} has ${secret.length} bytes; use a random string of at least 16 (e.g. openssl rand -hex 32)`);
        secrets.set(id, secret);
    }
    return secrets;
}
/** Reads the signing secrets and builds the sender. Throws ConfigError naming the setting. */
export function setupWebhooks(options, logger) {
    const allow = (options.webhookAllow ?? '').split(',').map((host) => host.trim()).filter(Boolean);
    const deliveries = new DeliveryLog();
    if (!options.webhookSecretFile)
        return { sender: undefined, allow, deliveries };
    let text;
    try {
        text = readFileSync(options.webhookSecretFile, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: cannot read ${options.webhookSecretFile}: ${err.code ?? err.message}`);
    }
    const sender = new WebhookSender({
        secrets: parseWebhookSecrets(text, options.webhookSecretFile),
        maxAttempts: options.webhookMaxAttempts,
        baseDelayMs: options.webhookBackoffMs,
        timeoutMs: options.webhookTimeoutMs,
        logger: logger.child({ component: 'webhooks' }),
        onChange: (state) => deliveries.touch(state),
    });
    return { sender, allow, deliveries };
}
//# sourceMappingURL=setup.js.map
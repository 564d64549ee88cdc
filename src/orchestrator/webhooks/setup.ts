import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { ConfigError, type OrchestratorOptions } from '../options.js';
import { WebhookSender } from './sender.js';

/** The orchestrator's callback sender and host allow-list, from its options. */
export interface Webhooks {
  /** Undefined when no secret file is set: callbacks are then refused. */
  readonly sender: WebhookSender | undefined;
  /** Allowed callback hosts; empty allows all. */
  readonly allow: readonly string[];
}

/** Reads the signing secret (trimmed; at least 16 bytes) and builds the sender. Throws ConfigError naming the setting. */
export function setupWebhooks(options: OrchestratorOptions, logger: Logger): Webhooks {
  const allow = (options.webhookAllow ?? '').split(',').map((host) => host.trim()).filter(Boolean);
  if (!options.webhookSecretFile) return { sender: undefined, allow };
  let secret: Buffer;
  try {
    secret = Buffer.from(readFileSync(options.webhookSecretFile, 'utf8').trim(), 'utf8');
  } catch (err) {
    throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: cannot read ${options.webhookSecretFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (secret.length < 16) throw new ConfigError(`TROUPE_WEBHOOK_SECRET_FILE: ${options.webhookSecretFile} holds ${secret.length} bytes; use a random secret of at least 16 (e.g. openssl rand -hex 32)`);
  const sender = new WebhookSender({
    secret,
    maxAttempts: options.webhookMaxAttempts,
    baseDelayMs: options.webhookBackoffMs,
    timeoutMs: options.webhookTimeoutMs,
    logger: logger.child({ component: 'webhooks' }),
  });
  return { sender, allow };
}

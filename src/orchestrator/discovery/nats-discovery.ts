import type { NatsConnection, Subscription } from 'nats';
import { ErrorCode, NatsError, RequestStrategy } from 'nats';
import type { Logger } from 'pino';
import { goodbyeSchema, heartbeatSchema, META, parseMessage } from '../../sdk/discovery/messages.js';
import { ALL_DISCOVERY_SUBJECTS, parseAgentSubject, SERVICE_NAME } from '../../sdk/discovery/subjects.js';
import type { Registry } from '../registry/registry.js';

export interface Discovery {
  /** Resolves when the start-up `$SRV.INFO` round has collected its answers. */
  readonly ready: Promise<void>;
  stop(): void;
}

/**
 * Feeds the registry from NATS: hello, heartbeat and goodbye messages as they
 * come, and on start-up a `$SRV.INFO` request to learn agents already running
 * (heartbeats would find them within one interval anyway; this makes it immediate).
 */
export function startDiscovery(nc: NatsConnection, registry: Registry, options: { logger: Logger; waitMs: number }): Discovery {
  const { logger } = options;
  const sub: Subscription = nc.subscribe(ALL_DISCOVERY_SUBJECTS, {
    callback: (err, msg) => {
      if (err) {
        logger.warn({ err }, 'discovery subscription error');
        return;
      }
      const subject = parseAgentSubject(msg.subject);
      if (!subject || subject.kind === 'control') return;
      if (subject.kind === 'goodbye') {
        const parsed = parseMessage(goodbyeSchema, msg.data);
        if (parsed.ok) registry.observeGoodbye(parsed.value.instanceId);
        else logger.warn({ subject: msg.subject, error: parsed.error }, 'invalid discovery message ignored');
        return;
      }
      const parsed = parseMessage(heartbeatSchema, msg.data);
      if (!parsed.ok || parsed.value.instanceId !== subject.instanceId) {
        logger.warn({ subject: msg.subject, error: parsed.ok ? 'instance id mismatch' : parsed.error }, 'invalid discovery message ignored');
        return;
      }
      registry.observeBeat(parsed.value);
    },
  });

  const ready = (async () => {
    if (options.waitMs <= 0) return;
    try {
      const answers = await nc.services.client({ strategy: RequestStrategy.Timer, maxWait: options.waitMs }).info(SERVICE_NAME);
      for await (const info of answers) {
        const m = info.metadata ?? {};
        const instanceId = m[META.instanceId];
        const address = m[META.address];
        if (!instanceId || !address) continue;
        registry.observeService({
          instanceId,
          address,
          name: m[META.agent] ?? info.name,
          version: m[META.agentVersion] ?? info.version,
          capabilities: (m[META.capabilities] ?? '').split(',').filter(Boolean),
          maxConcurrency: Number(m[META.maxConcurrency] ?? 1) || 1,
        });
      }
    } catch (err) {
      // No responders: no agent is running yet, which is normal at start-up.
      const noResponders = err instanceof NatsError && err.code === (ErrorCode.NoResponders as string);
      if (noResponders) logger.info('no agent answered the start-up discovery; waiting for their heartbeats');
      else logger.warn({ err }, 'start-up discovery failed; relying on heartbeats');
    }
  })();

  return {
    ready,
    stop: () => sub.unsubscribe(),
  };
}

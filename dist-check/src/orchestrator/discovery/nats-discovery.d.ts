import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { AuditSink } from '../../sdk/security/audit.js';
import type { Registry } from '../registry/registry.js';
export interface Discovery {
    /** Resolves when the start-up `$SRV.INFO` round has collected its answers. */
    readonly ready: Promise<void>;
    stop(): void;
}
/** Options of {@link startDiscovery}. */
export interface DiscoveryOptions {
    logger: Logger;
    /** How long the start-up `$SRV.INFO` round collects answers (ms); 0 skips it. */
    waitMs: number;
    /** Where rejected discovery messages are recorded (action `discovery.rejected`). @default none */
    audit?: AuditSink | undefined;
}
/**
 * Feeds the registry from NATS: hello, heartbeat and goodbye messages as they
 * come, and on start-up a `$SRV.INFO` request to learn agents already running
 * (heartbeats would find them within one interval anyway; this makes it immediate).
 * Every message passes the {@link SenderCheck} first; a rejected one is ignored,
 * logged at warn, counted in `troupe_discovery_rejected_total{reason}` and audited.
 */
export declare function startDiscovery(nc: NatsConnection, registry: Registry, options: DiscoveryOptions): Discovery;

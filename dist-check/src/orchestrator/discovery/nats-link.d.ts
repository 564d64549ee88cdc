/**
 * The orchestrator's view of its own NATS connection. Losing it is not evidence
 * that agents are dead (their heartbeats simply cannot reach us), and store calls
 * made while it is down can only time out. Two signals feed it:
 *
 * - the client's status events (`disconnect` → down at once; `reconnect` → a probe);
 * - a PING/PONG probe (`nc.flush()`) every `probeEveryMs`: unanswered for
 *   `probeTimeoutMs` with no byte received meanwhile → down. This catches what
 *   the client cannot see by itself: a paused server or a black-holed link keeps
 *   the socket open, and nats.js notices only after `pingInterval × maxPingOut`
 *   (4 minutes by default). A link that is slow but still delivering (a burst of
 *   store writes ahead of the PING) is busy, not down.
 *
 * Any answered probe → up.
 */
import { EventEmitter } from 'node:events';
import { type NatsConnection } from 'nats';
import type { Logger } from 'pino';
/** Options of {@link NatsLink}. */
export interface NatsLinkOptions {
    readonly logger: Logger;
    /** How often the link is probed with a PING/PONG round trip. @default 250 */
    readonly probeEveryMs?: number;
    /** A probe unanswered this long marks the link down. @default 1000 */
    readonly probeTimeoutMs?: number;
    /** Clock, in ms. @default Date.now */
    readonly now?: () => number;
}
/** The link went down. */
export interface LinkDownEvent {
    readonly at: number;
    /** When the link was last known to work (the last answered probe). */
    readonly lastGoodAt: number;
    readonly reason: string;
}
/** The link is back. */
export interface LinkUpEvent {
    readonly at: number;
    readonly downForMs: number;
}
/**
 * Tracks whether the orchestrator's NATS connection works; emits `down` and `up`
 * on changes only.
 *
 * @example
 * const link = new NatsLink(nc, { logger });
 * link.on('down', (e) => registry.linkDown(e.at, e.lastGoodAt));
 * link.start();
 * link.assertUp(); // throws UNAVAILABLE "NATS is unreachable (…); retry" while down
 */
export declare class NatsLink extends EventEmitter<{
    down: [LinkDownEvent];
    up: [LinkUpEvent];
}> {
    #private;
    constructor(nc: NatsConnection, options: NatsLinkOptions);
    /** True while the link is believed to work. */
    get isUp(): boolean;
    /** When the link was last known to work. */
    get lastGoodAt(): number;
    /** Starts probing and watching the client's status. Idempotent. */
    start(): void;
    stop(): void;
    /**
     * Throws UNAVAILABLE "NATS is unreachable (…); retry" while the link is down, so
     * API calls that need the store answer at once instead of timing out.
     */
    assertUp(): void;
}

/**
 * Bounded NATS calls for shutdown paths. While NATS is unreachable the client
 * keeps reconnecting, and `flush()`, `drain()` or a micro service's `stop()`
 * wait for a reconnect that may never come: a process told to stop must not
 * wait with them. Every NATS call on a shutdown path goes through here.
 */
import type { NatsConnection } from 'nats';
/** What {@link closeNats} managed to do. */
export type NatsCloseOutcome = 'drained' | 'closed' | 'abandoned';
/**
 * Resolves with `work`'s outcome, or with `'timed_out'` after `ms`, whichever
 * comes first; a rejection of `work` resolves as `'failed'`. Never rejects.
 *
 * @example
 * if ((await within(nc.flush(), 500)) !== 'ok') logger.warn('goodbye not confirmed');
 */
export declare function within(work: Promise<unknown>, ms: number): Promise<'ok' | 'failed' | 'timed_out'>;
/**
 * Drains `nc` (flushes what was published, lets subscriptions finish) within
 * half of `ms`; when that does not finish (NATS unreachable), closes it, which
 * also stops its reconnect loop, within the rest. Never rejects and never takes
 * much longer than `ms`; `'abandoned'` means even `close()` did not confirm, and
 * the caller should not wait for the connection any longer.
 *
 * @example
 * await closeNats(nc, 2000); // on SIGTERM, NATS up or not
 */
export declare function closeNats(nc: NatsConnection, ms: number): Promise<NatsCloseOutcome>;

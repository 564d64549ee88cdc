import type { KV } from 'nats';
/**
 * While a JetStream stream elects a new leader (its leader's node died), requests
 * to it get "no responders" (nats.js `NatsError` code `'503'`): nobody received
 * the request, so nothing was applied and the operation can be sent again as it
 * is, even a compare-and-set. On a 3-node cluster that lasts a few seconds
 * (measured 5–7 s, over 10 s on a loaded machine: docs/operations.md; nats-server
 * waits a random 4–9 s before an election, and a split vote takes another round). Timeouts are not retried here: their
 * outcome is unknown, and the callers resolve them (re-read, or retry later).
 */
/** Options of {@link retryDuringElections}. */
/**
 * How long the stores resend an operation nobody answered: a JetStream stream electing a new
 * leader after a node died answers nobody for a few seconds, longer on a loaded machine.
 */
export declare const DEFAULT_ELECTION_RETRY_MS = 20000;
export interface ElectionRetryOptions {
    /** How long one operation keeps being retried after its first "no responders". @default DEFAULT_ELECTION_RETRY_MS */
    windowMs?: number;
    /** First wait between attempts; doubled each time. @default 100 */
    initialDelayMs?: number;
    /** Longest wait between attempts. @default 1000 */
    maxDelayMs?: number;
    /** Told about each retry (e.g. to count or log it). @default none */
    onRetry?: (operation: string, err: unknown) => void;
}
/** True for a request nobody answered (nats.js code '503'): not applied, safe to resend. */
export declare function isNoResponders(err: unknown): boolean;
/** Runs `attempt` until it succeeds, fails otherwise than "no responders", or the window closes. */
export declare function retryNoResponders<T>(operation: string, attempt: () => Promise<T>, options?: ElectionRetryOptions): Promise<T>;
/**
 * The same KV view, whose single-request operations (get, put, create, update,
 * delete, purge) are resent while the bucket's stream has no leader.
 *
 * @example
 * const kv = retryDuringElections(await js.views.kv('troupe_runs'), { windowMs: 10_000 });
 */
export declare function retryDuringElections(kv: KV, options?: ElectionRetryOptions): KV;

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
export const DEFAULT_ELECTION_RETRY_MS = 20_000;
/** True for a request nobody answered (nats.js code '503'): not applied, safe to resend. */
export function isNoResponders(err) {
    return typeof err === 'object' && err !== null && err.code === '503';
}
/** The KV operations that are single requests (watch and keys are consumers, not retried). */
const RETRIED = new Set(['get', 'put', 'create', 'update', 'delete', 'purge']);
/** Runs `attempt` until it succeeds, fails otherwise than "no responders", or the window closes. */
export async function retryNoResponders(operation, attempt, options = {}) {
    const windowMs = options.windowMs ?? DEFAULT_ELECTION_RETRY_MS;
    const maxDelayMs = options.maxDelayMs ?? 1000;
    let delay = options.initialDelayMs ?? 100;
    let deadline;
    for (;;) {
        try {
            return await attempt();
        }
        catch (err) {
            if (!isNoResponders(err))
                throw err;
            deadline ??= Date.now() + windowMs;
            const wait = Math.min(delay, deadline - Date.now());
            if (wait <= 0)
                throw err;
            options.onRetry?.(operation, err);
            await new Promise((resolve) => setTimeout(resolve, wait));
            delay = Math.min(delay * 2, maxDelayMs);
        }
    }
}
/**
 * The same KV view, whose single-request operations (get, put, create, update,
 * delete, purge) are resent while the bucket's stream has no leader.
 *
 * @example
 * const kv = retryDuringElections(await js.views.kv('troupe_runs'), { windowMs: 10_000 });
 */
export function retryDuringElections(kv, options = {}) {
    return new Proxy(kv, {
        get(target, property) {
            const value = Reflect.get(target, property);
            if (typeof property !== 'string' || !RETRIED.has(property) || typeof value !== 'function')
                return value;
            const method = value;
            return (...args) => retryNoResponders(property, () => method.apply(target, args), options);
        },
    });
}
//# sourceMappingURL=election-retry.js.map
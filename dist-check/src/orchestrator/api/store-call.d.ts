import type { NatsLink } from '../discovery/nats-link.js';
/**
 * Runs an API call that needs the durable store so that, while NATS is
 * unreachable, it answers UNAVAILABLE "NATS is unreachable (…); retry" within
 * ~1 s instead of waiting out JetStream's request timeout:
 *
 * - `write` (StartRun, RegisterWorkflow, CancelRun) started while the link is down waits
 *   up to {@link DOWN_GRACE_MS} for it to come back (a fail-over to another node of a
 *   NATS cluster), then fails;
 * - `read` (GetRun, ListRuns, …) still runs (live runs answer from memory) and
 *   gives up {@link DOWN_GRACE_MS} after it started with the link down;
 * - either fails as soon as the link goes down while it waits (it waits on NATS).
 *
 * The work itself is not cancelled: a StartRun that was written just before the
 * link went down may still exist; retrying with the same idempotency key is safe.
 *
 * Errors the store itself raises (nats.js `TIMEOUT`, `DISCONNECT`, …) are mapped
 * by `toGrpcStatus`. `link` is undefined when runs are kept in memory.
 *
 * @example
 * StartRun: serveUnary(path, o, () => storeCall(deps.storeLink, 'write', () => engine.startRun(…)))
 */
export declare function storeCall<T>(link: NatsLink | undefined, kind: 'read' | 'write', work: () => Promise<T>): Promise<T>;

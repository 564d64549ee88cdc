import type { NatsLink } from '../discovery/nats-link.js';

/**
 * How long a read started while the NATS link is down may take: it may be served
 * from memory (a live run), which takes a tick, so this is generous.
 */
const DOWN_GRACE_MS = 1000;

/** Resolves when the link is up again, or after `ms` (whichever comes first). */
function upWithin(link: NatsLink, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      link.off('up', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    link.on('up', done);
  });
}

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
 * - either fails once the link, gone down while it waits (it waits on NATS), has stayed
 *   down for {@link DOWN_GRACE_MS}: a fail-over to another cluster node is ridden out
 *   (the store resends what the dead node did not answer), an outage is not.
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
export async function storeCall<T>(link: NatsLink | undefined, kind: 'read' | 'write', work: () => Promise<T>): Promise<T> {
  if (!link) return work();
  if (kind === 'write' && !link.isUp) {
    // A NATS cluster node died and the client is moving to another (~0.3 s measured):
    // wait that out rather than fail a write at once; a real outage still fails in ~1 s.
    await upWithin(link, DOWN_GRACE_MS);
    link.assertUp();
  }
  const pending = work();
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = (): void => {
      try {
        link.assertUp();
      } catch (err) {
        finish();
        reject(err);
      }
    };
    // Down: give up unless it is back within the grace; up again: the call goes on waiting.
    const down = (): void => {
      clearTimeout(timer);
      timer = setTimeout(giveUp, DOWN_GRACE_MS);
    };
    const up = (): void => {
      clearTimeout(timer);
      timer = undefined;
    };
    const finish = (): void => {
      clearTimeout(timer);
      link.off('down', down);
      link.off('up', up);
    };
    link.on('down', down);
    link.on('up', up);
    if (!link.isUp) down();
    pending.then(
      (value) => {
        finish();
        resolve(value);
      },
      (err: unknown) => {
        finish();
        reject(err);
      },
    );
  });
}

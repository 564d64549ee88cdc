import type { NatsLink } from '../discovery/nats-link.js';

/**
 * How long a store call may still take once the NATS link is known down: a read
 * may be served from memory (a live run), so it gets a moment before giving up.
 */
const DOWN_GRACE_MS = 1500;

/**
 * Runs an API call that needs the durable store so that, while NATS is
 * unreachable, it answers UNAVAILABLE "NATS is unreachable (…); retry" within
 * ~1.5 s instead of waiting out JetStream's request timeout:
 *
 * - `write` (StartRun, RegisterWorkflow, CancelRun) fails at once while the link is down;
 * - `read` (GetRun, ListRuns, …) still runs (live runs answer from memory) and
 *   gives up {@link DOWN_GRACE_MS} after the link is (or goes) down.
 *
 * Errors the store itself raises (nats.js `TIMEOUT`, `DISCONNECT`, …) are mapped
 * by `toGrpcStatus`. `link` is undefined when runs are kept in memory.
 *
 * @example
 * StartRun: serveUnary(path, o, () => storeCall(deps.storeLink, 'write', () => engine.startRun(…)))
 */
export function storeCall<T>(link: NatsLink | undefined, kind: 'read' | 'write', work: () => Promise<T>): Promise<T> {
  if (!link) return work();
  if (kind === 'write') link.assertUp();
  const pending = work();
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      timer ??= setTimeout(() => {
        try {
          link.assertUp();
        } catch (err) {
          finish();
          reject(err);
        }
      }, DOWN_GRACE_MS);
    };
    const finish = (): void => {
      clearTimeout(timer);
      link.off('down', arm);
    };
    link.on('down', arm);
    if (!link.isUp) arm();
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

import { Status, TroupeError } from '../../sdk/errors.js';
import type { Registry } from '../registry/registry.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

/**
 * Resolves at the registry's next change (an agent joined, came back, left
 * maintenance, its breaker half-opened, …), or rejects with `lastError` when
 * `until` (epoch ms) passes first, or CANCELLED when `signal` aborts. Event
 * driven: no polling. The caller re-tries its pick and, if still nothing is
 * routable, waits again.
 *
 * @example
 * for (;;) {
 *   try { return pickInstance(...); }
 *   catch (err) { if (code(err) !== UNAVAILABLE) throw err; await nextRegistryChange(registry, until, signal, err); }
 * }
 */
export function nextRegistryChange(registry: Registry, until: number, signal: CancelSignal, lastError: TroupeError): Promise<void> {
  return new Promise((resolve, reject) => {
    const remaining = until - Date.now();
    if (remaining <= 0) return reject(lastError);
    if (signal.aborted) return reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
    const cleanup = (): void => {
      clearTimeout(timer);
      registry.off('change', onChange);
      signal.removeEventListener('abort', onAbort);
    };
    const onChange = (): void => {
      cleanup();
      resolve();
    };
    const onAbort = (): void => {
      cleanup();
      reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(lastError);
    }, remaining);
    registry.on('change', onChange);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

import { TroupeError } from '../../sdk/errors.js';
import type { Registry } from '../registry/registry.js';
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
export declare function nextRegistryChange(registry: Registry, until: number, signal: AbortSignal, lastError: TroupeError): Promise<void>;

import { boundText, InvalidArgumentError } from './errors.js';

/** An event type (`run.completed`, `chunk`) or a prefix of them ending in a dot (`run.`). */
const TYPE_PATTERN = /^[a-z_]+(\.[a-z_]+)*\.?$/;
/** Most entries one filter takes. */
export const MAX_EVENT_TYPES = 32;

/** Which run events a watcher wants: `undefined` for every one. */
export type EventTypeFilter = ((type: string) => boolean) | undefined;

/**
 * The filter of WatchRun's `types` (and `GET /api/runs/{id}/events?types=`): an event passes when its
 * type is one of `types`, or starts with one that ends in a dot (`run.`: the run's start and its end).
 * Empty: every event. INVALID_ARGUMENT, naming the entry, for more than {@link MAX_EVENT_TYPES}
 * entries or one that is not a type or a dotted prefix. A type no event has is not refused: its
 * watch ends with the run, having sent nothing.
 *
 * @example
 * const wanted = eventTypeFilter(['run.completed', 'run.failed', 'run.cancelled']);
 * wanted?.('step.started'); // false
 */
export function eventTypeFilter(types: readonly string[] | undefined): EventTypeFilter {
  if (!types || types.length === 0) return undefined;
  if (types.length > MAX_EVENT_TYPES) throw new InvalidArgumentError(`types has ${types.length} entries; at most ${MAX_EVENT_TYPES}`);
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const t of types) {
    if (t.length > 64 || !TYPE_PATTERN.test(t)) {
      throw new InvalidArgumentError(`types entry "${boundText(t, 70)}" is not an event type (e.g. "run.completed", "chunk") or a prefix ending in a dot (e.g. "run.")`);
    }
    if (t.endsWith('.')) prefixes.push(t);
    else exact.add(t);
  }
  return (type) => exact.has(type) || prefixes.some((p) => type.startsWith(p));
}

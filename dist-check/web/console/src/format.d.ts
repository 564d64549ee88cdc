/** Formatting for the console's tables, pure (unit-tested in test/unit/console-format.test.ts). */
/** `AGENT_STATE_ACTIVE` → `active`, `BREAKER_STATE_HALF_OPEN` → `half open`; other text as it is. */
export declare function enumName(value: string | undefined): string;
/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`, `2 h 03 min`. */
export declare function duration(ms: number | null | undefined): string;
/** How long ago `at` (epoch ms) was, from `now`: `just now`, `5 s ago`, `3 min ago`, `2 h ago`, `4 d ago`. */
export declare function ago(at: number | string | null | undefined, now: number): string;
/** A 0…1 ratio as a percentage: `97.5 %`; `—` when unknown. */
export declare function percent(ratio: number | null | undefined): string;
/** Epoch ms as an ISO-like local time `2026-12-05 21:47:17`. */
export declare function clock(at: number | string | null | undefined): string;
/** A `datetime-local` input's value (or epoch ms in digits, as links carry it) as epoch ms; undefined when empty or not a time. */
export declare function localInputToMs(value: string): number | undefined;
/** Epoch ms as a `datetime-local` input's value in local time, to the millisecond: `2026-12-05T21:47:17.250`. */
export declare function msToLocalInput(ms: number): string;
/** A time filter as its input shows it: epoch ms (from a link) in local time, an input's own value as it is. */
export declare function inputValue(value: string): string;
/** JSON for a `<pre>`, cut at `max` characters so a huge output cannot freeze the page. */
export declare function preview(value: unknown, max?: number): string;

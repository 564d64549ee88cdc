/** Small text helpers shared by the workflow and run formatters. */
/**
 * A duration for people: "850ms", "1.25s", "2m05s", "1h02m"; "-" when unknown.
 *
 * @example formatDuration(1250) // "1.25s"
 */
export declare function formatDuration(ms: number | null | undefined): string;
/** HH:MM:SS.mmm in local time. */
export declare function clock(ms: number): string;
/** An absolute time as ISO 8601 UTC, or "-". */
export declare function isoTime(ms: number | null | undefined): string;
/** `text` cut to `max` characters, ending in "…" when cut; newlines become spaces. */
export declare function truncate(text: string, max: number): string;
/**
 * A one-line summary of a JSON value: compact JSON, cut at `max` characters with the
 * full size noted, e.g. `{"title":"A long…" (2.1 kB)`.
 */
export declare function summariseJson(value: unknown, max?: number): string;
/** "512 B", "2.1 kB", "3.4 MB". */
export declare function formatBytes(n: number): string;
/**
 * A content type without its parameters, as people read it:
 * `audio/L16;rate=22050` → "audio/L16", `text/plain` → "text/plain"; "bytes" when empty.
 */
export declare function mediaType(contentType: string): string;
/**
 * The ATTEMPTS cell of a step: the attempt count, and for a `for_each` step the
 * items it ran over, so "3 attempts" of 3 items does not read as retries: "3 (3 items)".
 */
export declare function attemptsCell(attempts: number, items: {
    total: number;
} | undefined): string;
/** `n word` with an "s" unless n is 1: plural(3, 'attempt') → "3 attempts". */
export declare function plural(n: number, word: string): string;
/** True for a real trace id (not empty, not the all-zero id of an unsampled/untraced call). */
export declare function isTraceId(traceId: string | undefined): traceId is string;
/** ` · trace <id>` for a real trace id, else ''. */
export declare function traceSuffix(traceId: string | undefined): string;

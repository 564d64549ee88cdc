/** Small text helpers shared by the workflow and run formatters. */
/**
 * A duration for people: "850ms", "1.25s", "2m05s", "1h02m"; "-" when unknown.
 *
 * @example formatDuration(1250) // "1.25s"
 */
export function formatDuration(ms) {
    if (ms === null || ms === undefined || !Number.isFinite(ms))
        return '-';
    const v = Math.max(0, Math.round(ms));
    if (v < 1000)
        return `${v}ms`;
    if (v < 60_000)
        return `${(v / 1000).toFixed(2)}s`;
    if (v < 3_600_000)
        return `${Math.floor(v / 60_000)}m${String(Math.floor((v % 60_000) / 1000)).padStart(2, '0')}s`;
    return `${Math.floor(v / 3_600_000)}h${String(Math.floor((v % 3_600_000) / 60_000)).padStart(2, '0')}m`;
}
/** HH:MM:SS.mmm in local time. */
export function clock(ms) {
    const at = new Date(ms);
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}.${p(at.getMilliseconds(), 3)}`;
}
/** An absolute time as ISO 8601 UTC, or "-". */
export function isoTime(ms) {
    return ms === null || ms === undefined ? '-' : new Date(ms).toISOString();
}
/** `text` cut to `max` characters, ending in "…" when cut; newlines become spaces. */
export function truncate(text, max) {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}
/**
 * A one-line summary of a JSON value: compact JSON, cut at `max` characters with the
 * full size noted, e.g. `{"title":"A long…" (2.1 kB)`.
 */
export function summariseJson(value, max = 160) {
    if (value === undefined)
        return 'null';
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for a function or a symbol, whatever its type says
    const text = JSON.stringify(value) ?? 'null';
    if (text.length <= max)
        return text;
    return `${text.slice(0, max - 1)}… (${formatBytes(Buffer.byteLength(text))})`;
}
/** "512 B", "2.1 kB", "3.4 MB". */
export function formatBytes(n) {
    if (n < 1000)
        return `${n} B`;
    if (n < 1_000_000)
        return `${(n / 1000).toFixed(1)} kB`;
    return `${(n / 1_000_000).toFixed(1)} MB`;
}
/**
 * A content type without its parameters, as people read it:
 * `audio/L16;rate=22050` → "audio/L16", `text/plain` → "text/plain"; "bytes" when empty.
 */
export function mediaType(contentType) {
    return contentType.split(';')[0]?.trim() || 'bytes';
}
/**
 * The ATTEMPTS cell of a step: the attempt count, and for a `for_each` step the
 * items it ran over, so "3 attempts" of 3 items does not read as retries: "3 (3 items)".
 */
export function attemptsCell(attempts, items) {
    return items === undefined ? String(attempts) : `${attempts} (${plural(items.total, 'item')})`;
}
/** `n word` with an "s" unless n is 1: plural(3, 'attempt') → "3 attempts". */
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** True for a real trace id (not empty, not the all-zero id of an unsampled/untraced call). */
export function isTraceId(traceId) {
    return typeof traceId === 'string' && /^[0-9a-f]{32}$/i.test(traceId) && !/^0+$/.test(traceId);
}
/** ` · trace <id>` for a real trace id, else ''. */
export function traceSuffix(traceId) {
    return isTraceId(traceId) ? ` · trace ${traceId}` : '';
}
//# sourceMappingURL=run-common.js.map
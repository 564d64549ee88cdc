/**
 * `Range: bytes=…` requests (RFC 9110 §14) on a response whose whole body is known.
 * Only a single range is served; anything else is ignored (the full body, 200), as the
 * RFC allows.
 */
/**
 * Reads a Range header against a body of `size` bytes: the range to send, 'unsatisfiable'
 * (answer 416 with `Content-Range: bytes *\/size`), or undefined to send the whole body
 * (no header, not a bytes range, several ranges, or a malformed one).
 *
 * @example
 * ```ts
 * parseRange('bytes=0-99', 1000);  // { start: 0, end: 99 }
 * parseRange('bytes=-100', 1000);  // { start: 900, end: 999 } (the last 100 bytes)
 * parseRange('bytes=2000-', 1000); // 'unsatisfiable'
 * ```
 */
export function parseRange(header, size) {
    if (header === undefined)
        return undefined;
    const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
    if (!match)
        return undefined;
    const [, first = '', last = ''] = match;
    if (first === '' && last === '')
        return undefined;
    if (first === '') {
        const suffix = Number(last);
        if (suffix === 0 || size === 0)
            return 'unsatisfiable';
        return { start: Math.max(0, size - suffix), end: size - 1 };
    }
    const start = Number(first);
    if (!Number.isSafeInteger(start) || (last !== '' && Number(last) < start))
        return undefined;
    if (start >= size)
        return 'unsatisfiable';
    return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: `*`, or one of a
 * comma-separated list, compared weakly: `W/` prefixes ignored). Then GET and HEAD answer 304.
 */
export function noneMatch(header, etag) {
    if (header === undefined)
        return false;
    if (header.trim() === '*')
        return true;
    const opaque = (tag) => tag.trim().replace(/^W\//, '');
    return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
/**
 * Whether a Range header applies under `If-Range` (RFC 9110 §13.1.5): there is no If-Range,
 * or it names exactly `etag` (strong comparison). A weak tag or a date never matches (no
 * Last-Modified is sent): the client's copy may be another version, so it gets the whole body.
 */
export function rangeApplies(ifRange, etag) {
    return ifRange === undefined || ifRange.trim() === etag;
}
//# sourceMappingURL=http-range.js.map
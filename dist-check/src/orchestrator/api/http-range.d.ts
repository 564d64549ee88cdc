/**
 * `Range: bytes=…` requests (RFC 9110 §14) on a response whose whole body is known.
 * Only a single range is served; anything else is ignored (the full body, 200), as the
 * RFC allows.
 */
/** An inclusive byte range of a body of `size` bytes. */
export interface ByteRange {
    readonly start: number;
    readonly end: number;
}
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
export declare function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined;
/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: `*`, or one of a
 * comma-separated list, compared weakly: `W/` prefixes ignored). Then GET and HEAD answer 304.
 */
export declare function noneMatch(header: string | undefined, etag: string): boolean;
/**
 * Whether a Range header applies under `If-Range` (RFC 9110 §13.1.5): there is no If-Range,
 * or it names exactly `etag` (strong comparison). A weak tag or a date never matches (no
 * Last-Modified is sent): the client's copy may be another version, so it gets the whole body.
 */
export declare function rangeApplies(ifRange: string | undefined, etag: string): boolean;

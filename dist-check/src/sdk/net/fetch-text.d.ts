/** Options of {@link fetchText}. */
export interface FetchTextOptions {
    /** Aborts the request (pass the task's `ctx.signal`). */
    signal: AbortSignal;
    /** Largest body accepted; a longer one fails without being read further. */
    maxBytes: number;
    /** Time budget of the whole request, body included. */
    timeoutMs: number;
    /** The `accept` header. */
    accept: string;
    /** The `user-agent` header. */
    userAgent: string;
    /** @default globalThis.fetch */
    fetch?: typeof fetch;
}
/** A body read by {@link fetchText}. */
export interface FetchedText {
    text: string;
    contentType: string;
    /** The URL after redirects. */
    url: string;
}
/** A request that failed for a reason worth telling the caller (status, size, type). */
export declare class FetchTextError extends Error {
    readonly name = "FetchTextError";
}
/**
 * GETs an http(s) URL and returns its body as text, reading at most `maxBytes`
 * (checked against `content-length` first, then while streaming) and giving up
 * after `timeoutMs` or when `signal` aborts.
 */
export declare function fetchText(url: string, options: FetchTextOptions): Promise<FetchedText>;
/**
 * Reads a response body of at most `maxBytes`: refused up front when `content-length`
 * says more, cut off (and the stream cancelled) when it grows past it while streaming.
 * `fail` builds the error, so callers keep their own error class; `what` names the body.
 */
export declare function readBodyCapped(response: Response, maxBytes: number, fail: (message: string) => Error, what?: string): Promise<Uint8Array>;

import { type TraceSpan } from '../../sdk/telemetry/otlp-json.js';
/** Environment variable with Jaeger's query URL for `troupe trace`. */
export declare const JAEGER_URL_ENV = "TROUPE_JAEGER_URL";
/** Where `troupe trace` looks when neither `--jaeger` nor TROUPE_JAEGER_URL is set (the all-in-one's UI port). */
export declare const DEFAULT_JAEGER_URL = "http://127.0.0.1:16686";
/** Why a trace could not be read from Jaeger, in words a person can act on. */
export declare class JaegerError extends Error {
    readonly name = "JaegerError";
}
/**
 * Reads one trace through Jaeger's query API v3 (`GET {base}/api/v3/traces/{id}`).
 * Rejects with a {@link JaegerError} that says what to do when Jaeger is not
 * there, does not know the trace, or answers something else.
 */
export declare function fetchTrace(base: string, traceId: string, signal?: AbortSignal): Promise<TraceSpan[]>;

import { type TraceSpan } from '../../sdk/telemetry/otlp-json.js';
/** How the orchestrator reads a trace from Jaeger's query service. */
export interface JaegerReaderOptions {
    /** Base URL of Jaeger's query service (its UI/API port, 16686 by default), e.g. `http://jaeger:16686`. */
    readonly queryUrl: string;
    /** Give up after this long (connect, answer and body). */
    readonly timeoutMs: number;
    /** Largest answer read, in bytes; a larger one is refused rather than held in memory. @default 32 MiB */
    readonly maxBytes?: number;
}
/**
 * Reads one trace through Jaeger's query API v3 (`GET {queryUrl}/api/v3/traces/{traceId}`,
 * OTLP/JSON, the same API `troupe trace` reads). Rejects with a {@link TraceUnavailableError}:
 * `not_found` when Jaeger has no span of it (yet: spans are exported in batches), `unreachable`
 * when it cannot be reached, `timeout` after `timeoutMs`, `bad_answer` when something other
 * than Jaeger answers or the answer is over `maxBytes`. `traceId` must be 32 lowercase hex digits.
 */
export declare function readJaegerTrace(options: JaegerReaderOptions, traceId: string, signal?: AbortSignal): Promise<TraceSpan[]>;

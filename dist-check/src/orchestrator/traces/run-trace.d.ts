import type { SpanValue, TraceSpan } from '../../sdk/telemetry/otlp-json.js';
/** One span of a run's trace as `GET /api/runs/{id}/trace` answers it: compact, times in microseconds. */
export interface RunTraceSpan {
    readonly spanId: string;
    /** '' for a root span (or one whose parent is outside the trace). */
    readonly parentSpanId: string;
    readonly name: string;
    /** `service.name` of the process that recorded it. */
    readonly service: string;
    /** Its span kind, lowercase: server, client, internal, producer, consumer (unspecified as internal). */
    readonly kind: 'internal' | 'server' | 'client' | 'producer' | 'consumer';
    /** Start, in microseconds since the Unix epoch. */
    readonly startUs: number;
    readonly durationUs: number;
    readonly status: 'ok' | 'error';
    /** The span's `troupe.*`, `rpc.*` and `error.*` attributes (strings cut to 200 characters). */
    readonly attributes: Readonly<Record<string, SpanValue>>;
}
/** `GET /api/runs/{id}/trace`: the run's trace as Jaeger has it. */
export interface RunTrace {
    readonly source: 'jaeger';
    readonly traceId: string;
    /** Sorted by start time; at most `maxSpans`. */
    readonly spans: readonly RunTraceSpan[];
    /** How many spans Jaeger has of the trace. */
    readonly spanCount: number;
    /** True when `spans` holds only the first `maxSpans` of them. */
    readonly truncated: boolean;
}
/** Most spans one answer carries; the earliest are kept. */
export declare const MAX_TRACE_SPANS = 2000;
/**
 * Jaeger's spans of `traceId` as the compact, bounded list the console draws (pure): sorted by
 * start, the first `maxSpans` kept, parents that are not in the list cleared (so every kept span
 * hangs off a kept one or is a root), attributes limited to Troupe's and the RPC conventions'.
 */
export declare function normaliseTrace(traceId: string, spans: readonly TraceSpan[], maxSpans?: number): RunTrace;

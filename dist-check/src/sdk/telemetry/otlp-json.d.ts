/**
 * Spans as `troupe trace` and the orchestrator's `GET /api/runs/{id}/trace` read them: decoded from OTLP/JSON (what Jaeger's
 * `/api/v3/traces/{id}` answers: `{ result: { resourceSpans: [...] } }`), which
 * writes ids as hex or base64, 64-bit numbers as strings, and enums as numbers or
 * names depending on the encoder.
 */
/** An attribute value, decoded. */
export type SpanValue = string | number | boolean | null | SpanValue[];
/** One span of a trace. */
export interface TraceSpan {
    traceId: string;
    spanId: string;
    /** '' for a root span. */
    parentSpanId: string;
    name: string;
    /** `service.name` of the process that recorded it. */
    service: string;
    kind: 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
    startNs: bigint;
    endNs: bigint;
    status: {
        code: 'UNSET' | 'OK' | 'ERROR';
        message: string;
    };
    attributes: Record<string, SpanValue>;
    events: {
        name: string;
        attributes: Record<string, SpanValue>;
    }[];
}
/** The spans of an OTLP/JSON `TracesData` (`{ resourceSpans: [...] }`). */
export declare function spansOfTracesData(data: unknown): TraceSpan[];

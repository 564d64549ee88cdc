import { type ReceivedSpan } from './otlp-spans.js';
export type { ReceivedSpan, ReceivedValue } from './otlp-spans.js';
/** One export request the receiver answered. */
export interface ReceivedRequest {
    /** `/v1/traces` etc. for HTTP, the method path for gRPC. */
    path: string;
    /** `application/x-protobuf`, `application/json` or `application/grpc`. */
    contentType: string;
    spans: number;
}
/** A running in-process OTLP trace receiver (HTTP and gRPC). */
export interface OtlpReceiver extends AsyncDisposable {
    /** `http://127.0.0.1:PORT`, for `OTEL_EXPORTER_OTLP_ENDPOINT` with the HTTP protocols. */
    readonly endpoint: string;
    /** `http://127.0.0.1:PORT` of the OTLP/gRPC receiver, for `OTEL_EXPORTER_OTLP_PROTOCOL=grpc`. */
    readonly grpcEndpoint: string;
    /** Every span received so far, in arrival order. */
    spans(): ReceivedSpan[];
    /** Every export request received so far. */
    requests(): ReceivedRequest[];
    /** The spans of one trace. */
    trace(traceId: string): ReceivedSpan[];
    /** Resolves with all spans once `predicate(all spans)` holds, checked on every arrival (not by sleeping). */
    waitForSpans(predicate: (spans: ReceivedSpan[]) => boolean, options?: {
        timeoutMs?: number;
    }): Promise<ReceivedSpan[]>;
    close(): Promise<void>;
}
/**
 * Starts an OTLP trace receiver on 127.0.0.1 (random ports): HTTP `POST /v1/traces`
 * as `application/x-protobuf` or `application/json`, answered 200 with an empty
 * ExportTraceServiceResponse, and the gRPC `TraceService/Export`. Every span is kept,
 * normalised. HTTP metrics and logs requests are answered 200 and ignored.
 *
 * @example
 * await using otlp = await startOtlpReceiver();
 * const env = { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint };
 * const spans = await otlp.waitForSpans((s) => s.some((x) => x.name === 'troupe.run'));
 */
export declare function startOtlpReceiver(): Promise<OtlpReceiver>;

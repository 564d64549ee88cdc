import { type ReceivedSpan } from './otlp-spans.js';
import { type TroupeProcess } from './processes.js';
/** The all-in-one configuration: OTLP in, memory storage, the query API and UI. */
export declare const JAEGER_CONFIG: string;
/** A running Jaeger v2 all-in-one (the real binary from .tools/bin). */
export interface JaegerHandle {
    readonly process: TroupeProcess;
    /** `http://127.0.0.1:PORT` of the OTLP/HTTP receiver, for `OTEL_EXPORTER_OTLP_ENDPOINT`. */
    readonly otlpEndpoint: string;
    /** `http://127.0.0.1:PORT` of the query service: the UI and `/api/v3/...`. */
    readonly queryUrl: string;
    /** The spans of a trace as `/api/v3/traces/{id}` answers them ([] when Jaeger has none). */
    trace(traceId: string): Promise<ReceivedSpan[]>;
    /** Polls `/api/v3/traces/{id}` until `ready(spans)` holds; resolves with those spans. */
    waitForTrace(traceId: string, ready: (spans: ReceivedSpan[]) => boolean, timeoutMs?: number): Promise<ReceivedSpan[]>;
    stop(): Promise<void>;
}
/**
 * Starts `jaeger --config test/fixtures/jaeger/all-in-one.yaml` on free ports and
 * waits until its health check says it is ready. Jaeger's own tracing is off
 * (OTEL_TRACES_EXPORTER=none), so it sends nothing to a default collector.
 */
export declare function startJaeger(): Promise<JaegerHandle>;

/** The OTLP wire protocols the standard `OTEL_EXPORTER_OTLP_PROTOCOL` names. */
export type OtlpProtocol = 'http/protobuf' | 'http/json' | 'grpc';
/** Where finished spans go, decided once from the environment by {@link resolveTraceExport}. */
export interface TraceExportConfig {
    /** OTLP export, or `undefined` when spans are not sent anywhere over the network. */
    readonly otlp?: {
        readonly protocol: OtlpProtocol;
        /** Full URL: `…/v1/traces` for HTTP protocols, `scheme://host:port` for gRPC. */
        readonly url: string;
        /** From `OTEL_EXPORTER_OTLP_HEADERS` and `OTEL_EXPORTER_OTLP_TRACES_HEADERS`. */
        readonly headers: Record<string, string>;
    };
    /** True when `OTEL_TRACES_EXPORTER` names `console`. */
    readonly console: boolean;
    /** Delay between batch exports in ms (`OTEL_BSP_SCHEDULE_DELAY`). @default 200 */
    readonly scheduledDelayMillis: number;
    /** Problems found in the environment (unknown exporter or protocol names), for the caller to log. */
    readonly warnings: readonly string[];
}
/** Default batch delay: short, so short-lived processes (CLI, tests) flush quickly. */
export declare const DEFAULT_SCHEDULE_DELAY_MS = 200;
type Env = Readonly<Record<string, string | undefined>>;
/**
 * Decides where spans are exported, from the standard OTel variables only.
 *
 * Unlike NodeSDK's own env handling, nothing is exported unless asked for:
 * an OTLP exporter is set up when `OTEL_EXPORTER_OTLP_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set, or when `OTEL_TRACES_EXPORTER`
 * names `otlp` (then the spec default `localhost:4318`/`4317` applies).
 * `OTEL_TRACES_EXPORTER=none` turns export off even when an endpoint is set.
 *
 * @example
 * resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' }).otlp?.url
 * // 'http://jaeger:4318/v1/traces'
 */
export declare function resolveTraceExport(env: Env): TraceExportConfig;
export {};

/** An attribute value as received (OTLP AnyValue, decoded). */
export type ReceivedValue = string | number | boolean | null | ReceivedValue[] | {
    [key: string]: ReceivedValue;
};
/** A span as the receiver stores it: normalised from either OTLP/HTTP encoding. */
export interface ReceivedSpan {
    traceId: string;
    spanId: string;
    /** '' for a root span. */
    parentSpanId: string;
    name: string;
    kind: 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
    serviceName: string;
    resource: Record<string, ReceivedValue>;
    scope: string;
    attributes: Record<string, ReceivedValue>;
    events: {
        name: string;
        attributes: Record<string, ReceivedValue>;
    }[];
    /** Spans this one is linked to (not its parent). */
    links: {
        traceId: string;
        spanId: string;
    }[];
    status: {
        code: 'UNSET' | 'OK' | 'ERROR';
        message?: string;
    };
    startNs: bigint;
    endNs: bigint;
}
/** Flattens an ExportTraceServiceRequest (decoded protobuf or parsed JSON) into spans. */
export declare function normaliseExportRequest(request: unknown): ReceivedSpan[];

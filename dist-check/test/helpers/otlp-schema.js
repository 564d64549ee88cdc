import { fromJSON } from '@grpc/proto-loader';
/**
 * The part of the OTLP trace schema a receiver needs, as a protobufjs JSON namespace:
 * `opentelemetry.proto.collector.trace.v1.TraceService/Export` and the messages it
 * carries. Field numbers follow open-telemetry/opentelemetry-proto
 * (common/v1, resource/v1, trace/v1, collector/trace/v1). Decoding is done by
 * protobufjs through @grpc/proto-loader; dropped counts are left out (unknown
 * fields are skipped by the decoder).
 */
const SCHEMA = {
    nested: {
        opentelemetry: {
            nested: {
                proto: {
                    nested: {
                        common: {
                            nested: {
                                v1: {
                                    nested: {
                                        AnyValue: {
                                            oneofs: { value: { oneof: ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'arrayValue', 'kvlistValue', 'bytesValue'] } },
                                            fields: {
                                                stringValue: { type: 'string', id: 1 },
                                                boolValue: { type: 'bool', id: 2 },
                                                intValue: { type: 'int64', id: 3 },
                                                doubleValue: { type: 'double', id: 4 },
                                                arrayValue: { type: 'ArrayValue', id: 5 },
                                                kvlistValue: { type: 'KeyValueList', id: 6 },
                                                bytesValue: { type: 'bytes', id: 7 },
                                            },
                                        },
                                        ArrayValue: { fields: { values: { rule: 'repeated', type: 'AnyValue', id: 1 } } },
                                        KeyValueList: { fields: { values: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
                                        KeyValue: { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } },
                                        InstrumentationScope: {
                                            fields: {
                                                name: { type: 'string', id: 1 },
                                                version: { type: 'string', id: 2 },
                                                attributes: { rule: 'repeated', type: 'KeyValue', id: 3 },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                        resource: {
                            nested: {
                                v1: {
                                    nested: {
                                        Resource: { fields: { attributes: { rule: 'repeated', type: 'opentelemetry.proto.common.v1.KeyValue', id: 1 } } },
                                    },
                                },
                            },
                        },
                        trace: {
                            nested: {
                                v1: {
                                    nested: {
                                        ResourceSpans: {
                                            fields: {
                                                resource: { type: 'opentelemetry.proto.resource.v1.Resource', id: 1 },
                                                scopeSpans: { rule: 'repeated', type: 'ScopeSpans', id: 2 },
                                            },
                                        },
                                        ScopeSpans: {
                                            fields: {
                                                scope: { type: 'opentelemetry.proto.common.v1.InstrumentationScope', id: 1 },
                                                spans: { rule: 'repeated', type: 'Span', id: 2 },
                                            },
                                        },
                                        Span: {
                                            fields: {
                                                traceId: { type: 'bytes', id: 1 },
                                                spanId: { type: 'bytes', id: 2 },
                                                traceState: { type: 'string', id: 3 },
                                                parentSpanId: { type: 'bytes', id: 4 },
                                                name: { type: 'string', id: 5 },
                                                kind: { type: 'int32', id: 6 },
                                                startTimeUnixNano: { type: 'fixed64', id: 7 },
                                                endTimeUnixNano: { type: 'fixed64', id: 8 },
                                                attributes: { rule: 'repeated', type: 'opentelemetry.proto.common.v1.KeyValue', id: 9 },
                                                events: { rule: 'repeated', type: 'Event', id: 11 },
                                                links: { rule: 'repeated', type: 'Link', id: 13 },
                                                status: { type: 'Status', id: 15 },
                                                flags: { type: 'fixed32', id: 16 },
                                            },
                                            nested: {
                                                Event: {
                                                    fields: {
                                                        timeUnixNano: { type: 'fixed64', id: 1 },
                                                        name: { type: 'string', id: 2 },
                                                        attributes: { rule: 'repeated', type: 'opentelemetry.proto.common.v1.KeyValue', id: 3 },
                                                    },
                                                },
                                                Link: {
                                                    fields: {
                                                        traceId: { type: 'bytes', id: 1 },
                                                        spanId: { type: 'bytes', id: 2 },
                                                        traceState: { type: 'string', id: 3 },
                                                        attributes: { rule: 'repeated', type: 'opentelemetry.proto.common.v1.KeyValue', id: 4 },
                                                    },
                                                },
                                            },
                                        },
                                        Status: { fields: { message: { type: 'string', id: 2 }, code: { type: 'int32', id: 3 } } },
                                    },
                                },
                            },
                        },
                        collector: {
                            nested: {
                                trace: {
                                    nested: {
                                        v1: {
                                            nested: {
                                                ExportTraceServiceRequest: {
                                                    fields: { resourceSpans: { rule: 'repeated', type: 'opentelemetry.proto.trace.v1.ResourceSpans', id: 1 } },
                                                },
                                                ExportTraceServiceResponse: { fields: {} },
                                                TraceService: {
                                                    methods: { Export: { requestType: 'ExportTraceServiceRequest', responseType: 'ExportTraceServiceResponse' } },
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
};
/** Full name of the OTLP trace collector service. */
export const TRACE_SERVICE = 'opentelemetry.proto.collector.trace.v1.TraceService';
let definition;
/** The OTLP trace package definition (longs as strings, bytes as Buffers, enums as numbers). */
export function otlpTraceDefinition() {
    definition ??= fromJSON(SCHEMA, { longs: String, defaults: false, oneofs: true });
    return definition;
}
/** Decodes an `ExportTraceServiceRequest` from its protobuf bytes into a plain object. */
export function decodeExportTraceRequest(body) {
    const service = otlpTraceDefinition()[TRACE_SERVICE];
    const method = service.Export;
    if (!method)
        throw new Error(`${TRACE_SERVICE}/Export missing from the OTLP schema`);
    return method.requestDeserialize(body);
}
//# sourceMappingURL=otlp-schema.js.map
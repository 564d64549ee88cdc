import { type PackageDefinition } from '@grpc/proto-loader';
/** Full name of the OTLP trace collector service. */
export declare const TRACE_SERVICE = "opentelemetry.proto.collector.trace.v1.TraceService";
/** The OTLP trace package definition (longs as strings, bytes as Buffers, enums as numbers). */
export declare function otlpTraceDefinition(): PackageDefinition;
/** Decodes an `ExportTraceServiceRequest` from its protobuf bytes into a plain object. */
export declare function decodeExportTraceRequest(body: Buffer): unknown;

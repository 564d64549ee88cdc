/**
 * Troupe telemetry: one trace per run across gRPC and NATS, pino logs that carry
 * trace ids, Prometheus metrics. Start it once per process with `startTelemetry`.
 * @packageDocumentation
 */
export { ATTR, EVENT, INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION, METRIC, SPAN, VALUE } from './attributes.js';
export { createTracingInterceptor, tracingInterceptor, type TracingInterceptorOptions } from './client-interceptor.js';
export { DEFAULT_SCHEDULE_DELAY_MS, resolveTraceExport, type OtlpProtocol, type TraceExportConfig } from './export-config.js';
export { endSpanOnce, instrument, recordFailure, type InstrumentOptions } from './instrument.js';
export { createLogger, withTraceIds, type Logger, type LoggerOptions, type TraceIds } from './logger.js';
export { instruments, observeCounter, observeGauge, seconds, troupeMeter, type TroupeInstruments } from './metrics.js';
export { contextFromTraceHeaders, contextFromTraceparent, extractMetadata, extractNatsHeaders, injectMetadata, injectNatsHeaders, traceIdOf, traceHeaderValue, traceparentOf, } from './propagation.js';
export { addMessageEvent, chunkAttributes, chunkOfMessage, recordMessage, type ChunkFacts, MESSAGE_EVENTS_PER_SPAN, natsAttributes, grpcSpanAttributes, grpcSpanName, isErrorStatus, setGrpcStatus, startServerSpan } from './rpc-spans.js';
export { resourceFromEnv, type ResourceFromEnv } from './resource-env.js';
export { startTelemetry, type Telemetry, type TelemetryOptions } from './setup.js';
export { getTracer } from './tracer.js';

/**
 * Troupe telemetry: one trace per run across gRPC and NATS, pino logs that carry
 * trace ids, Prometheus metrics. Start it once per process with `startTelemetry`.
 * @packageDocumentation
 */
export { ATTR, EVENT, INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION, METRIC, SPAN, VALUE } from './attributes.js';
export { createTracingInterceptor, tracingInterceptor } from './client-interceptor.js';
export { DEFAULT_SCHEDULE_DELAY_MS, resolveTraceExport } from './export-config.js';
export { endSpanOnce, instrument, recordFailure } from './instrument.js';
export { createLogger, withTraceIds } from './logger.js';
export { instruments, observeCounter, observeGauge, seconds, troupeMeter } from './metrics.js';
export { contextFromTraceHeaders, contextFromTraceparent, extractMetadata, extractNatsHeaders, injectMetadata, injectNatsHeaders, traceIdOf, traceHeaderValue, traceparentOf, } from './propagation.js';
export { addMessageEvent, chunkAttributes, chunkOfMessage, recordMessage, MESSAGE_EVENTS_PER_SPAN, natsAttributes, grpcSpanAttributes, grpcSpanName, isErrorStatus, setGrpcStatus, startServerSpan } from './rpc-spans.js';
export { resourceFromEnv } from './resource-env.js';
export { startTelemetry } from './setup.js';
export { getTracer } from './tracer.js';
//# sourceMappingURL=index.js.map
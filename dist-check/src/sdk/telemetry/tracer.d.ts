import { type Tracer } from '@opentelemetry/api';
/**
 * The tracer every Troupe span is created with. Cheap to call: the global
 * provider is a proxy, so a tracer obtained before `startTelemetry` still works
 * once telemetry starts.
 */
export declare function getTracer(): Tracer;

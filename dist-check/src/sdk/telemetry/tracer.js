import { trace } from '@opentelemetry/api';
import { INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION } from './attributes.js';
/**
 * The tracer every Troupe span is created with. Cheap to call: the global
 * provider is a proxy, so a tracer obtained before `startTelemetry` still works
 * once telemetry starts.
 */
export function getTracer() {
    return trace.getTracer(INSTRUMENTATION_SCOPE, INSTRUMENTATION_VERSION);
}
//# sourceMappingURL=tracer.js.map
import { context, trace } from '@opentelemetry/api';
import { getTracer, startTelemetry, tracingInterceptor } from '../sdk/telemetry/index.js';
import type { CliIo } from './context.js';

/**
 * Process-level tracing for client commands: telemetry is started for the
 * command (exported when OTEL_* is set), the command runs inside a root span
 * `troupe <command>`, every gRPC call it makes carries that trace, and the trace
 * id is available for footers. Server commands (`ownsTelemetry`) are left alone.
 */
export function tracedCommands(env: Record<string, string | undefined>): Pick<CliIo, 'around' | 'interceptors' | 'traceIdOf'> {
  let traceId = '';
  return {
    interceptors: [tracingInterceptor],
    traceIdOf: () => traceId,
    around: async (command, run) => {
      if (command.ownsTelemetry) return run();
      const telemetry = await startTelemetry({ serviceName: 'troupe-cli', env });
      const span = getTracer().startSpan(`troupe ${command.name}`);
      traceId = span.spanContext().traceId;
      try {
        return await context.with(trace.setSpan(context.active(), span), run);
      } finally {
        span.end();
        await telemetry.shutdown();
      }
    },
  };
}

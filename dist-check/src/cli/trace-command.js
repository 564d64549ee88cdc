import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { fromGrpcError, isServiceError, Status, statusName, TroupeError } from '../sdk/errors.js';
import { ATTR, getTracer, startTelemetry, tracingInterceptor } from '../sdk/telemetry/index.js';
import { ExitCode } from './context.js';
import { HelpRequested } from './errors.js';
/**
 * Process-level tracing for client commands: telemetry is started for the
 * command (exported when OTEL_* is set), the command runs inside a root span
 * `troupe <command>`, every gRPC call it makes carries that trace, and the trace
 * id is available for footers. Server commands (`ownsTelemetry`) are left alone.
 *
 * The root span says how the command ended: ERROR when it failed (an exception,
 * or an exit code other than 0 and 130), never for the user's own interrupt
 * (Ctrl-C: exit 130, or a CANCELLED call after the signal fired).
 */
export function tracedCommands(env) {
    let traceId = '';
    return {
        interceptors: [tracingInterceptor],
        traceIdOf: () => traceId,
        around: async (command, run, signal) => {
            if (command.ownsTelemetry)
                return run();
            const telemetry = await startTelemetry({ serviceName: 'troupe-cli', env });
            const span = getTracer().startSpan(`troupe ${command.name}`);
            traceId = span.spanContext().traceId;
            try {
                const code = await context.with(trace.setSpan(context.active(), span), run);
                recordExit(span, code);
                return code;
            }
            catch (err) {
                recordThrown(span, err, signal);
                throw err;
            }
            finally {
                span.end();
                await telemetry.shutdown();
            }
        },
    };
}
/** Sets the root span's exit code, and ERROR for a failure (not for an interrupt). */
function recordExit(span, code) {
    span.setAttribute(ATTR.PROCESS_EXIT_CODE, code);
    if (code === ExitCode.INTERRUPTED)
        span.setAttribute(ATTR.ERROR_CODE, statusName(Status.CANCELLED));
    else if (code !== ExitCode.OK)
        span.setStatus({ code: SpanStatusCode.ERROR, message: `exited with code ${code}` });
}
/** A command that threw: ERROR with the exception, unless the user interrupted it (or asked for help). */
function recordThrown(span, err, signal) {
    if (err instanceof HelpRequested)
        return;
    const error = TroupeError.is(err) || isServiceError(err) ? fromGrpcError(err) : undefined;
    if (signal.aborted && (!error || error.code === Status.CANCELLED)) {
        span.setAttribute(ATTR.ERROR_CODE, statusName(Status.CANCELLED));
        return;
    }
    span.recordException(err instanceof Error ? err : String(err));
    if (error)
        span.setAttribute(ATTR.ERROR_CODE, statusName(error.code));
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}
//# sourceMappingURL=trace-command.js.map
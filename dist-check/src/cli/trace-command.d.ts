import { type CliIo } from './context.js';
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
export declare function tracedCommands(env: Record<string, string | undefined>): Pick<CliIo, 'around' | 'interceptors' | 'traceIdOf'>;

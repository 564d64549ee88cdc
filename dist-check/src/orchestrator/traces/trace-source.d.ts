import type { Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { type RunTrace } from './run-trace.js';
/** Where runs' traces come from for `GET /api/runs/{id}/trace`. */
export interface RunTraceSource {
    /** 'jaeger' when a query URL is set (the console then asks for traces), else 'run' (it draws the run's own timings). */
    readonly kind: 'jaeger' | 'run';
    /** The run's trace, or a {@link TraceUnavailableError} saying why not. */
    read(runId: string, traceId: string, parent: Context): Promise<RunTrace>;
}
/** Options of {@link createRunTraceSource}. */
export interface RunTraceSourceOptions {
    /** Jaeger's query service (TROUPE_JAEGER_QUERY_URL). @default none: every read is `not_configured` */
    readonly queryUrl?: string | undefined;
    /** Timeout of one read (TROUPE_JAEGER_QUERY_TIMEOUT_MS). */
    readonly timeoutMs: number;
    readonly logger?: Logger | undefined;
}
/**
 * Reads runs' traces from Jaeger server-side (the browser never talks to Jaeger): each read is a
 * `troupe.trace.fetch` span, one `troupe_trace_fetches_total` count by outcome, and a warning log
 * (with the request's trace_id) when Jaeger is down, slow or not Jaeger.
 */
export declare function createRunTraceSource(options: RunTraceSourceOptions): RunTraceSource;

import type { Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { ATTR, instrument, instruments, SPAN } from '../../sdk/telemetry/index.js';
import { TraceUnavailableError } from './errors.js';
import { readJaegerTrace } from './jaeger-reader.js';
import { normaliseTrace, type RunTrace } from './run-trace.js';

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
export function createRunTraceSource(options: RunTraceSourceOptions): RunTraceSource {
  const { queryUrl, timeoutMs, logger } = options;
  return {
    kind: queryUrl ? 'jaeger' : 'run',
    async read(runId, traceId, parent) {
      if (!queryUrl) throw new TraceUnavailableError('not_configured', 'this orchestrator reads no traces from Jaeger: set TROUPE_JAEGER_QUERY_URL (Jaeger\'s query service, e.g. http://jaeger:16686); the console draws the run\'s own timings', { runId });
      if (!/^[0-9a-f]{32}$/.test(traceId) || /^0+$/.test(traceId)) throw new TraceUnavailableError('not_traced', `run ${runId} has no trace: it was started with tracing off`, { runId });
      const url = new URL(queryUrl);
      const attributes = { [ATTR.RUN_ID]: runId, [ATTR.SERVER_ADDRESS]: url.hostname, [ATTR.SERVER_PORT]: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), [ATTR.TRACE_FETCHED_ID]: traceId };
      return instrument(SPAN.TRACE_FETCH, { attributes, parent }, async (span) => {
        try {
          const trace = normaliseTrace(traceId, await readJaegerTrace({ queryUrl, timeoutMs }, traceId));
          span.setAttributes({ [ATTR.OUTCOME]: 'ok', [ATTR.TRACE_SPAN_COUNT]: trace.spanCount });
          instruments().traceFetches.add(1, { outcome: 'ok' });
          return trace;
        } catch (err) {
          const outcome = TraceUnavailableError.is(err) ? err.failure : 'unreachable';
          span.setAttribute(ATTR.OUTCOME, outcome);
          instruments().traceFetches.add(1, { outcome });
          if (outcome !== 'not_found') logger?.warn({ err, run_id: runId, trace: traceId, outcome }, 'jaeger trace read failed');
          throw err;
        }
      });
    },
  };
}

import { ATTR, instrument, instruments, SPAN } from '../../sdk/telemetry/index.js';
import { TraceUnavailableError } from './errors.js';
import { readJaegerTrace } from './jaeger-reader.js';
import { normaliseTrace } from './run-trace.js';
/**
 * Reads runs' traces from Jaeger server-side (the browser never talks to Jaeger): each read is a
 * `troupe.trace.fetch` span, one `troupe_trace_fetches_total` count by outcome, and a warning log
 * (with the request's trace_id) when Jaeger is down, slow or not Jaeger.
 */
export function createRunTraceSource(options) {
    const { queryUrl, timeoutMs, logger } = options;
    return {
        kind: queryUrl ? 'jaeger' : 'run',
        async read(runId, traceId, parent) {
            if (!queryUrl)
                throw new TraceUnavailableError('not_configured', 'this orchestrator reads no traces from Jaeger: set TROUPE_JAEGER_QUERY_URL (Jaeger\'s query service, e.g. http://jaeger:16686); the console draws the run\'s own timings', { runId });
            if (!/^[0-9a-f]{32}$/.test(traceId) || /^0+$/.test(traceId))
                throw new TraceUnavailableError('not_traced', `run ${runId} has no trace: it was started with tracing off`, { runId });
            const url = new URL(queryUrl);
            const attributes = { [ATTR.RUN_ID]: runId, [ATTR.SERVER_ADDRESS]: url.hostname, [ATTR.SERVER_PORT]: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), [ATTR.TRACE_FETCHED_ID]: traceId };
            return instrument(SPAN.TRACE_FETCH, { attributes, parent }, async (span) => {
                try {
                    const trace = normaliseTrace(traceId, await readJaegerTrace({ queryUrl, timeoutMs }, traceId));
                    span.setAttributes({ [ATTR.OUTCOME]: 'ok', [ATTR.TRACE_SPAN_COUNT]: trace.spanCount });
                    instruments().traceFetches.add(1, { outcome: 'ok' });
                    return trace;
                }
                catch (err) {
                    const outcome = TraceUnavailableError.is(err) ? err.failure : 'unreachable';
                    span.setAttribute(ATTR.OUTCOME, outcome);
                    instruments().traceFetches.add(1, { outcome });
                    if (outcome !== 'not_found')
                        logger?.warn({ err, run_id: runId, trace: traceId, outcome }, 'jaeger trace read failed');
                    throw err;
                }
            });
        },
    };
}
//# sourceMappingURL=trace-source.js.map
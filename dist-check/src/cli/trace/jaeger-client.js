import { spansOfTracesData } from '../../sdk/telemetry/otlp-json.js';
/** Environment variable with Jaeger's query URL for `troupe trace`. */
export const JAEGER_URL_ENV = 'TROUPE_JAEGER_URL';
/** Where `troupe trace` looks when neither `--jaeger` nor TROUPE_JAEGER_URL is set (the all-in-one's UI port). */
export const DEFAULT_JAEGER_URL = 'http://127.0.0.1:16686';
/** Why a trace could not be read from Jaeger, in words a person can act on. */
export class JaegerError extends Error {
    name = 'JaegerError';
}
/**
 * Reads one trace through Jaeger's query API v3 (`GET {base}/api/v3/traces/{id}`).
 * Rejects with a {@link JaegerError} that says what to do when Jaeger is not
 * there, does not know the trace, or answers something else.
 */
export async function fetchTrace(base, traceId, signal) {
    const url = `${base.replace(/\/+$/, '')}/api/v3/traces/${traceId}`;
    let res;
    try {
        res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
    }
    catch (err) {
        if (signal?.aborted)
            throw err;
        const cause = err.cause;
        throw new JaegerError(`cannot reach Jaeger at ${base} (${cause?.code ?? cause?.message ?? String(err)}): pass --jaeger URL (the query service, UI port 16686) or set ${JAEGER_URL_ENV}`);
    }
    const body = await res.text();
    // Jaeger answers an unknown trace with 404 and a JSON error (`{"error":{"httpCode":404,…}}`); a 404 without one is another server.
    if (res.status === 404 && !body.includes('"httpCode"'))
        throw new JaegerError(notJaeger(base, url, '404'));
    if (res.status === 404)
        throw new JaegerError(`Jaeger at ${base} has no trace ${traceId} (yet): spans are exported in batches, and Jaeger only has traces sent to it (is OTEL_EXPORTER_OTLP_ENDPOINT set on every process?)`);
    if (!res.ok)
        throw new JaegerError(`Jaeger at ${base} answered ${res.status} for trace ${traceId}: ${body.slice(0, 300)}`);
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new JaegerError(notJaeger(base, url, 'something other than JSON'));
    }
    const spans = spansOfTracesData(parsed.result).filter((s) => s.traceId === traceId);
    if (spans.length === 0)
        throw new JaegerError(`Jaeger at ${base} has no spans of trace ${traceId} (yet)`);
    return spans;
}
function notJaeger(base, url, answer) {
    return `${url} answered ${answer}: is ${base} Jaeger's query service (where its UI is, port 16686 by default), not its OTLP port or another server?`;
}
//# sourceMappingURL=jaeger-client.js.map
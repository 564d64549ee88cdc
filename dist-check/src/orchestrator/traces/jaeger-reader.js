import { spansOfTracesData } from '../../sdk/telemetry/otlp-json.js';
import { TraceUnavailableError } from './errors.js';
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/**
 * Reads one trace through Jaeger's query API v3 (`GET {queryUrl}/api/v3/traces/{traceId}`,
 * OTLP/JSON, the same API `troupe trace` reads). Rejects with a {@link TraceUnavailableError}:
 * `not_found` when Jaeger has no span of it (yet: spans are exported in batches), `unreachable`
 * when it cannot be reached, `timeout` after `timeoutMs`, `bad_answer` when something other
 * than Jaeger answers or the answer is over `maxBytes`. `traceId` must be 32 lowercase hex digits.
 */
export async function readJaegerTrace(options, traceId, signal) {
    if (!/^[0-9a-f]{32}$/.test(traceId))
        throw new TypeError(`not a trace id: ${traceId.slice(0, 64)}`);
    const target = options.queryUrl.replace(/\/+$/, '');
    const url = `${target}/api/v3/traces/${traceId}`;
    // Messages reach API callers (and the console): they name Jaeger without any credentials in its URL.
    const base = withoutCredentials(target);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const ctx = { traceId };
    let body;
    let status;
    try {
        const res = await fetch(url, { signal: abort, headers: { accept: 'application/json' }, redirect: 'error' });
        status = res.status;
        body = await boundedText(res, options.maxBytes ?? DEFAULT_MAX_BYTES);
    }
    catch (err) {
        if (signal?.aborted)
            throw err;
        if (timeout.aborted)
            throw new TraceUnavailableError('timeout', `Jaeger at ${base} did not answer within ${options.timeoutMs} ms (TROUPE_JAEGER_QUERY_TIMEOUT_MS): is it overloaded, or is TROUPE_JAEGER_QUERY_URL pointing at a host that drops packets?`, ctx, err);
        if (err instanceof TraceUnavailableError)
            throw err;
        const cause = err.cause;
        throw new TraceUnavailableError('unreachable', `cannot reach Jaeger at ${base} (${cause?.code ?? cause?.message ?? err.message}): is it running, and is TROUPE_JAEGER_QUERY_URL its query service (port 16686)?`, ctx, err);
    }
    // Jaeger answers an unknown trace with 404 and a JSON error (`{"error":{"httpCode":404,…}}`); a 404 without one is another server.
    if (status === 404 && body.includes('"httpCode"'))
        throw notFound(base, traceId);
    if (status !== 200)
        throw new TraceUnavailableError('bad_answer', `${base}/api/v3/traces/${traceId} answered HTTP ${status}: is TROUPE_JAEGER_QUERY_URL (${base}) Jaeger's query service (port 16686), not its OTLP port or another server?`, ctx);
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        throw new TraceUnavailableError('bad_answer', `${base}/api/v3/traces/${traceId} answered something other than JSON: is TROUPE_JAEGER_QUERY_URL (${base}) Jaeger's query service?`, ctx);
    }
    const spans = spansOfTracesData(parsed?.result).filter((s) => s.traceId === traceId);
    if (spans.length === 0)
        throw notFound(base, traceId);
    return spans;
}
/** `url` with any `user:password@` replaced by `***@`. */
function withoutCredentials(url) {
    try {
        const u = new URL(url);
        if (u.username === '' && u.password === '')
            return url;
        u.username = '***';
        u.password = '';
        return u.href.replace(/\/+$/, '');
    }
    catch {
        return url;
    }
}
function notFound(base, traceId) {
    return new TraceUnavailableError('not_found', `Jaeger at ${base} has no span of trace ${traceId} (yet): spans are exported in batches, so retry in a few seconds; if it stays missing, check that every process exports to this Jaeger (OTEL_EXPORTER_OTLP_ENDPOINT)`, { traceId });
}
/** The body as text, refusing one over `max` bytes (by its content-length or while reading). */
async function boundedText(res, max) {
    const tooLarge = () => new TraceUnavailableError('bad_answer', `Jaeger's answer is over ${max} bytes: the trace is too large to show`);
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > max) {
        await res.body?.cancel();
        throw tooLarge();
    }
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
        size += next.value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(next.value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
//# sourceMappingURL=jaeger-reader.js.map
import { spansOfTracesData, type TraceSpan } from './trace-spans.js';

/** Environment variable with Jaeger's query URL for `troupe trace`. */
export const JAEGER_URL_ENV = 'TROUPE_JAEGER_URL';
/** Where `troupe trace` looks when neither `--jaeger` nor TROUPE_JAEGER_URL is set (the all-in-one's UI port). */
export const DEFAULT_JAEGER_URL = 'http://127.0.0.1:16686';

/** Why a trace could not be read from Jaeger, in words a person can act on. */
export class JaegerError extends Error {
  override readonly name = 'JaegerError';
}

/**
 * Reads one trace through Jaeger's query API v3 (`GET {base}/api/v3/traces/{id}`).
 * Rejects with a {@link JaegerError} that says what to do when Jaeger is not
 * there, does not know the trace, or answers something else.
 */
export async function fetchTrace(base: string, traceId: string, signal?: AbortSignal): Promise<TraceSpan[]> {
  const url = `${base.replace(/\/+$/, '')}/api/v3/traces/${traceId}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new JaegerError(`cannot reach Jaeger at ${base} (${cause?.code ?? cause?.message ?? String(err)}): pass --jaeger URL (the query service, UI port 16686) or set ${JAEGER_URL_ENV}`);
  }
  const body = await res.text();
  if (res.status === 404) throw new JaegerError(`Jaeger at ${base} has no trace ${traceId} (yet): spans are exported in batches, and Jaeger only has traces sent to it (is OTEL_EXPORTER_OTLP_ENDPOINT set on every process?)`);
  if (!res.ok) throw new JaegerError(`Jaeger at ${base} answered ${res.status} for trace ${traceId}: ${body.slice(0, 300)}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new JaegerError(`${url} did not answer JSON: is ${base} Jaeger's query service (UI port), not its OTLP port?`);
  }
  const spans = spansOfTracesData((parsed as { result?: unknown }).result).filter((s) => s.traceId === traceId);
  if (spans.length === 0) throw new JaegerError(`Jaeger at ${base} has no spans of trace ${traceId} (yet)`);
  return spans;
}

/** Most spans one answer carries; the earliest are kept. */
export const MAX_TRACE_SPANS = 2000;
const MAX_ATTRIBUTE_CHARS = 200;
const MAX_ATTRIBUTES = 32;
const KEPT = /^(troupe\.|rpc\.|error(\.|$)|exception\.type$)/;
function bounded(v) {
    if (typeof v === 'string')
        return v.length > MAX_ATTRIBUTE_CHARS ? `${v.slice(0, MAX_ATTRIBUTE_CHARS)}…` : v;
    if (Array.isArray(v))
        return v.slice(0, 10).map(bounded);
    return v;
}
/**
 * Jaeger's spans of `traceId` as the compact, bounded list the console draws (pure): sorted by
 * start, the first `maxSpans` kept, parents that are not in the list cleared (so every kept span
 * hangs off a kept one or is a root), attributes limited to Troupe's and the RPC conventions'.
 */
export function normaliseTrace(traceId, spans, maxSpans = MAX_TRACE_SPANS) {
    const sorted = spans.filter((s) => s.traceId === traceId).sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
    const kept = sorted.slice(0, maxSpans);
    const ids = new Set(kept.map((s) => s.spanId));
    return {
        source: 'jaeger',
        traceId,
        spans: kept.map((s) => {
            const attributes = {};
            for (const [k, v] of Object.entries(s.attributes)) {
                if (KEPT.test(k) && Object.keys(attributes).length < MAX_ATTRIBUTES)
                    attributes[k] = bounded(v);
            }
            return {
                spanId: s.spanId,
                parentSpanId: ids.has(s.parentSpanId) ? s.parentSpanId : '',
                name: s.name,
                service: s.service,
                kind: s.kind === 'UNSPECIFIED' ? 'internal' : s.kind.toLowerCase(),
                startUs: Number(s.startNs / 1000n),
                durationUs: s.endNs > s.startNs ? Number((s.endNs - s.startNs) / 1000n) : 0,
                status: s.status.code === 'ERROR' ? 'error' : 'ok',
                attributes,
            };
        }),
        spanCount: sorted.length,
        truncated: sorted.length > kept.length,
    };
}
//# sourceMappingURL=run-trace.js.map
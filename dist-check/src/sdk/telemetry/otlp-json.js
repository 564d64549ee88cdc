/**
 * Spans as `troupe trace` and the orchestrator's `GET /api/runs/{id}/trace` read them: decoded from OTLP/JSON (what Jaeger's
 * `/api/v3/traces/{id}` answers: `{ result: { resourceSpans: [...] } }`), which
 * writes ids as hex or base64, 64-bit numbers as strings, and enums as numbers or
 * names depending on the encoder.
 */
const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS = ['UNSET', 'OK', 'ERROR'];
const obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
const text = (v) => (typeof v === 'string' ? v : '');
/** A hex id from hex or base64 text ('' when absent). */
function hexId(v) {
    const s = text(v);
    if (s === '' || /^[0-9a-f]+$/i.test(s) && (s.length === 32 || s.length === 16))
        return s.toLowerCase();
    return Buffer.from(s, 'base64').toString('hex');
}
function nanos(v) {
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return BigInt(v);
    return typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n;
}
function value(raw) {
    const v = obj(raw);
    if ('stringValue' in v)
        return text(v.stringValue);
    if ('boolValue' in v)
        return v.boolValue === true;
    if ('intValue' in v)
        return Number(v.intValue);
    if ('doubleValue' in v)
        return Number(v.doubleValue);
    if ('arrayValue' in v)
        return list(obj(v.arrayValue).values).map(value);
    return null;
}
function attributes(raw) {
    const out = {};
    for (const kv of list(raw))
        out[text(obj(kv).key)] = value(obj(kv).value);
    return out;
}
function enumOf(names, v, prefix) {
    if (typeof v === 'string') {
        const bare = v.replace(prefix, '');
        if (names.includes(bare))
            return bare;
    }
    return (names[typeof v === 'number' ? v : 0] ?? names[0]);
}
/** The spans of an OTLP/JSON `TracesData` (`{ resourceSpans: [...] }`). */
export function spansOfTracesData(data) {
    const spans = [];
    for (const rs of list(obj(data).resourceSpans)) {
        const resource = attributes(obj(obj(rs).resource).attributes);
        const service = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
        for (const ss of list(obj(rs).scopeSpans)) {
            for (const raw of list(obj(ss).spans)) {
                const s = obj(raw);
                const status = obj(s.status);
                spans.push({
                    traceId: hexId(s.traceId),
                    spanId: hexId(s.spanId),
                    parentSpanId: hexId(s.parentSpanId),
                    name: text(s.name),
                    service,
                    kind: enumOf(KINDS, s.kind, 'SPAN_KIND_'),
                    startNs: nanos(s.startTimeUnixNano),
                    endNs: nanos(s.endTimeUnixNano),
                    status: { code: enumOf(STATUS, status.code, 'STATUS_CODE_'), message: text(status.message) },
                    attributes: attributes(s.attributes),
                    events: list(s.events).map((e) => ({ name: text(obj(e).name), attributes: attributes(obj(e).attributes) })),
                });
            }
        }
    }
    return spans;
}
//# sourceMappingURL=otlp-json.js.map
const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS = ['UNSET', 'OK', 'ERROR'];
const asObj = (v) => (typeof v === 'object' && v !== null ? v : {});
const asArray = (v) => (Array.isArray(v) ? v : []);
const asString = (v) => (typeof v === 'string' ? v : '');
/** Ids arrive as bytes (protobuf) or hex strings (OTLP/JSON); some senders use base64. */
function hexId(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('hex');
    if (typeof v !== 'string')
        return '';
    if (/^[0-9a-fA-F]*$/.test(v) && (v.length === 32 || v.length === 16 || v.length === 0))
        return v.toLowerCase();
    return Buffer.from(v, 'base64').toString('hex');
}
function nanos(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')
        return BigInt(v);
    return 0n;
}
function anyValue(raw) {
    const v = asObj(raw);
    if ('stringValue' in v)
        return String(v.stringValue);
    if ('boolValue' in v)
        return Boolean(v.boolValue);
    if ('intValue' in v)
        return Number(v.intValue);
    if ('doubleValue' in v)
        return Number(v.doubleValue);
    if ('arrayValue' in v)
        return asArray(asObj(v.arrayValue).values).map(anyValue);
    if ('kvlistValue' in v)
        return keyValues(asObj(v.kvlistValue).values);
    if ('bytesValue' in v)
        return v.bytesValue instanceof Uint8Array ? Buffer.from(v.bytesValue).toString('base64') : String(v.bytesValue);
    return null;
}
function keyValues(list) {
    const out = {};
    for (const kv of asArray(list))
        out[String(asObj(kv).key)] = anyValue(asObj(kv).value);
    return out;
}
function enumName(names, v, prefix) {
    if (typeof v === 'string') {
        const bare = v.replace(prefix, '');
        if (names.includes(bare))
            return bare;
    }
    return (names[Number(v ?? 0)] ?? names[0]);
}
/** Flattens an ExportTraceServiceRequest (decoded protobuf or parsed JSON) into spans. */
export function normaliseExportRequest(request) {
    const spans = [];
    for (const rs of asArray(asObj(request).resourceSpans)) {
        const resource = keyValues(asObj(asObj(rs).resource).attributes);
        const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
        for (const ss of asArray(asObj(rs).scopeSpans)) {
            const scope = asString(asObj(asObj(ss).scope).name);
            for (const raw of asArray(asObj(ss).spans)) {
                const s = asObj(raw);
                const status = asObj(s.status);
                const message = typeof status.message === 'string' && status.message !== '' ? status.message : undefined;
                spans.push({
                    traceId: hexId(s.traceId),
                    spanId: hexId(s.spanId),
                    parentSpanId: hexId(s.parentSpanId),
                    name: asString(s.name),
                    kind: enumName(KINDS, s.kind, 'SPAN_KIND_'),
                    serviceName,
                    resource,
                    scope,
                    attributes: keyValues(s.attributes),
                    events: asArray(s.events).map((e) => ({ name: asString(asObj(e).name), attributes: keyValues(asObj(e).attributes) })),
                    links: asArray(s.links).map((l) => ({ traceId: hexId(asObj(l).traceId), spanId: hexId(asObj(l).spanId) })),
                    status: { code: enumName(STATUS, status.code, 'STATUS_CODE_'), ...(message === undefined ? {} : { message }) },
                    startNs: nanos(s.startTimeUnixNano),
                    endNs: nanos(s.endTimeUnixNano),
                });
            }
        }
    }
    return spans;
}
//# sourceMappingURL=otlp-spans.js.map
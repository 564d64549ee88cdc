/**
 * Converts a JSON value to a `google.protobuf.Value` as proto-loader expects it.
 * Throws a TypeError naming the path of anything that is not JSON (functions,
 * symbols, bigint, non-finite numbers, cycles).
 */
export function toValue(json, path = '$', seen = new Set()) {
    if (json === null || json === undefined)
        return { nullValue: 'NULL_VALUE' };
    switch (typeof json) {
        case 'boolean':
            return { boolValue: json };
        case 'string':
            return { stringValue: json };
        case 'number':
            if (!Number.isFinite(json))
                throw new TypeError(`${path} is ${json}, which JSON cannot carry`);
            return { numberValue: json };
        case 'object': {
            if (seen.has(json))
                throw new TypeError(`${path} refers to itself`);
            seen.add(json);
            try {
                if (Array.isArray(json)) {
                    return { listValue: { values: json.map((v, i) => toValue(v, `${path}[${i}]`, seen)) } };
                }
                const fields = {};
                for (const [k, v] of Object.entries(json)) {
                    if (v === undefined)
                        continue;
                    fields[k] = toValue(v, `${path}.${k}`, seen);
                }
                return { structValue: { fields } };
            }
            finally {
                seen.delete(json);
            }
        }
        default:
            throw new TypeError(`${path} is a ${typeof json}, which JSON cannot carry`);
    }
}
/** Converts a decoded `google.protobuf.Value` back to plain JSON; a missing value is `null`. */
export function fromValue(value) {
    if (!value)
        return null;
    switch (value.kind) {
        case 'boolValue':
            return Boolean(value.boolValue);
        case 'stringValue':
            return value.stringValue ?? '';
        case 'numberValue':
            return Number(value.numberValue);
        case 'listValue':
            return (value.listValue?.values ?? []).map((v) => fromValue(v));
        case 'structValue': {
            const out = {};
            for (const [k, v] of Object.entries(value.structValue?.fields ?? {}))
                out[k] = fromValue(v);
            return out;
        }
        default:
            return null;
    }
}
/** Converts a plain object to the `google.protobuf.Struct` wire shape. */
export function toStruct(obj) {
    const v = toValue(obj);
    return v.structValue;
}
//# sourceMappingURL=struct.js.map
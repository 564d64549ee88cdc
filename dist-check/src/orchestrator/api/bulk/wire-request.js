import { measureRawValue } from '../../dispatch/raw-value.js';
const LEN = 2;
const VARINT = 0;
/**
 * Reads a SubmitTasksRequest from its bytes without decoding the task's input: a submit's
 * `task.input` stays the Value's bytes (`rawInput`, with its measure for the payload limit), to be
 * relayed to the agent as it came. Only the plain encoding is read here (the known fields, each
 * once at most, with their wire types; a plain Value input); undefined for anything else, which the
 * caller decodes the ordinary way, so whatever protobuf accepts is still accepted.
 */
export function readWireRequest(raw) {
    const outer = field(raw, 0, raw.length);
    if (outer?.end !== raw.length || outer.wire !== LEN)
        return undefined;
    if (outer.number === 2) {
        const fields = fieldsOf(raw, outer.from, outer.end, { 1: LEN });
        return fields ? { kind: 'cancel', id: text(raw, fields[1]) } : undefined;
    }
    if (outer.number !== 1)
        return undefined;
    const submit = fieldsOf(raw, outer.from, outer.end, { 1: LEN, 2: LEN, 3: LEN, 4: LEN });
    if (!submit)
        return undefined;
    const taskField = submit[2];
    let task = null;
    if (taskField) {
        const t = fieldsOf(raw, taskField.from, taskField.end, { 1: LEN, 2: LEN, 3: LEN, 4: LEN, 5: LEN, 6: LEN, 7: LEN });
        if (!t)
            return undefined;
        let options = null;
        if (t[5]) {
            const o = fieldsOf(raw, t[5].from, t[5].end, { 1: LEN, 2: VARINT, 3: VARINT });
            if (!o)
                return undefined;
            options = { idempotencyKey: text(raw, o[1]), priority: o[2]?.value ?? 0, timeoutMs: o[3]?.value ?? 0 };
        }
        let rawInput;
        if (t[2]) {
            const bytes = raw.subarray(t[2].from, t[2].end);
            const jsonSize = measureRawValue(bytes, 0, bytes.length);
            if (jsonSize === undefined)
                return undefined;
            rawInput = { bytes, jsonSize };
        }
        task = {
            capability: text(raw, t[1]),
            input: null,
            data: t[3] ? raw.subarray(t[3].from, t[3].end) : Buffer.alloc(0),
            contentType: text(raw, t[4]),
            options,
            callbackUrl: text(raw, t[6]),
            callbackSecretId: text(raw, t[7]),
            ...(rawInput ? { rawInput } : {}),
        };
    }
    return { kind: 'submit', id: text(raw, submit[1]), task, traceparent: text(raw, submit[3]), tracestate: text(raw, submit[4]) };
}
/** The fields of a message in [at, end), each allowed once with the given wire type; undefined otherwise. */
function fieldsOf(buf, at, end, allowed) {
    const out = {};
    while (at < end) {
        const f = field(buf, at, end);
        if (!f || allowed[f.number] !== f.wire || out[f.number])
            return undefined;
        out[f.number] = f;
        at = f.end;
    }
    return out;
}
function field(buf, at, end) {
    const key = varint(buf, at, end);
    if (!key || key.value > 0xff)
        return undefined;
    const number = key.value >>> 3;
    const wire = key.value & 7;
    if (wire === VARINT) {
        const v = varint(buf, key.next, end);
        return v ? { number, wire, from: key.next, end: v.next, value: v.value } : undefined;
    }
    if (wire !== LEN)
        return undefined;
    const len = varint(buf, key.next, end);
    if (!len || len.next + len.value > end)
        return undefined;
    return { number, wire, from: len.next, end: len.next + len.value, value: len.value };
}
/** A varint of up to 32 bits (5 bytes, the 5th at most 0x0f); undefined when longer or cut. */
function varint(buf, at, end) {
    let result = 0;
    for (let i = 0; i < 5 && at + i < end; i++) {
        const byte = buf[at + i];
        if (i === 4 && byte > 0x0f)
            return undefined;
        result += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0)
            return { value: result, next: at + i + 1 };
    }
    return undefined;
}
const text = (buf, f) => (f ? buf.toString('utf8', f.from, f.end) : '');
//# sourceMappingURL=wire-request.js.map
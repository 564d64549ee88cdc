/**
 * Reading a `google.protobuf.Value` as bytes, so a task's input can be relayed to the agent as
 * it arrived (SubmitTasks) instead of being decoded into objects and encoded again.
 *
 * {@link measureRawValue} accepts only the plain encoding every protobuf library writes: the known
 * fields of Value, Struct (map entries of key + value) and ListValue, each with its own wire type,
 * no message deeper than protobufjs decodes ({@link PROTOBUF_RECURSION_LIMIT}, counted as it counts:
 * a map entry is not a level, so each list or object is two). Anything else (unknown fields, other
 * wire types, deeper nesting, truncation) is `undefined`, and the caller decodes the message the
 * ordinary way, which then behaves exactly as before. What it accepts decodes to the same value on
 * the agent as the decoded-and-re-encoded input would have.
 */
/**
 * protobufjs' (and protoc's) recursion limit: a message nested deeper than this fails to decode.
 * A relayed input must decode on the agent, or the agent's whole Channel stream would fail with it.
 */
export const PROTOBUF_RECURSION_LIMIT = 100;
/** The message depth of a task's input Value in ChannelRequest → ChannelStart → TaskSpec → Value (and in SubmitTasksRequest → BulkSubmit → SubmitTaskRequest → Value). */
export const INPUT_VALUE_DEPTH = 3;
const VARINT = 0;
const FIXED64 = 1;
const LEN = 2;
/**
 * The size `jsonSize()` gives the decoded Value (the object proto-loader makes of it, `kind` and
 * all, which is what SubmitTask's payload limit measures) of the Value encoded in `buf[start, end)`,
 * or undefined when it is not a plain Value encoding (see the module comment). Equal measures keep
 * SubmitTasks' limit exactly SubmitTask's.
 */
export function measureRawValue(buf, start, end, depth = INPUT_VALUE_DEPTH) {
    return value(buf, start, end, depth);
}
/** jsonSize of a decoded Value `{ kind: '<name>', <name>: member }`, given the member's. */
const valueObject = (kind, member) => 2 + (4 + 4) + (kind.length + 2) + (kind.length + 4) + member;
/** jsonSize of `{ fields: {...} }` / `{ values: [...] }` around the inner object or array. */
const wrapper = (inner) => 2 + (6 + 4) + inner;
/** A Value message at message depth `depth` in [at, end); the jsonSize of its decoded object. */
function value(buf, at, end, depth) {
    if (depth > PROTOBUF_RECURSION_LIMIT)
        return undefined;
    if (at === end)
        return 2; // no kind set: decodes as {}
    const key = varint(buf, at, end);
    if (!key || key.value > 0xff)
        return undefined;
    at = key.next;
    const field = key.value >>> 3;
    const wire = key.value & 7;
    let size;
    switch (field) {
        case 1: {
            // null_value: only NULL_VALUE (0) decodes to its name
            if (wire !== VARINT || buf[at] !== 0)
                return undefined;
            at += 1;
            size = valueObject('nullValue', 'NULL_VALUE'.length + 2);
            break;
        }
        case 4: {
            // bool_value
            const v = wire === VARINT ? varint(buf, at, end) : undefined;
            if (!v)
                return undefined;
            at = v.next;
            size = valueObject('boolValue', 5);
            break;
        }
        case 2: // number_value
            if (wire !== FIXED64 || at + 8 > end)
                return undefined;
            size = valueObject('numberValue', String(buf.readDoubleLE(at)).length);
            at += 8;
            break;
        case 3:
        case 5:
        case 6: {
            if (wire !== LEN)
                return undefined;
            const len = varint(buf, at, end);
            if (!len || len.next + len.value > end)
                return undefined;
            const from = len.next;
            at = from + len.value;
            if (field === 3)
                size = valueObject('stringValue', len.value + 2);
            else if (depth + 1 > PROTOBUF_RECURSION_LIMIT)
                return undefined;
            else {
                const inner = field === 5 ? struct(buf, from, at, depth + 1) : list(buf, from, at, depth + 1);
                if (inner === undefined)
                    return undefined;
                size = valueObject(field === 5 ? 'structValue' : 'listValue', wrapper(inner));
            }
            break;
        }
        default:
            return undefined;
    }
    // One member exactly: a oneof set twice decodes as its last member; such oddities take the decoding path.
    return at === end ? size : undefined;
}
/** A Struct at message depth `depth`: repeated map entries `fields` (1) of { key (1) string, value (2) Value }. */
function struct(buf, at, end, depth) {
    let size = 2;
    while (at < end) {
        const key = varint(buf, at, end);
        if (key?.value !== ((1 << 3) | LEN))
            return undefined;
        const len = varint(buf, key.next, end);
        if (!len || len.next + len.value > end)
            return undefined;
        const entryEnd = len.next + len.value;
        let p = len.next;
        let keyBytes = 0;
        let valueSize = 0;
        let seenKey = false;
        let seenValue = false;
        while (p < entryEnd) {
            const k = varint(buf, p, entryEnd);
            if (!k || (k.value & 7) !== LEN)
                return undefined;
            const l = varint(buf, k.next, entryEnd);
            if (!l || l.next + l.value > entryEnd)
                return undefined;
            if (k.value >>> 3 === 1 && !seenKey) {
                keyBytes = l.value;
                seenKey = true;
            }
            else if (k.value >>> 3 === 2 && !seenValue) {
                const inner = value(buf, l.next, l.next + l.value, depth + 1);
                if (inner === undefined)
                    return undefined;
                valueSize = inner;
                seenValue = true;
            }
            else
                return undefined;
            p = l.next + l.value;
        }
        if (!seenKey || !seenValue)
            return undefined;
        size += keyBytes + 4 + valueSize;
        at = entryEnd;
    }
    // Two entries with the same key decode as one (the last): the measure then counts both, a few
    // bytes more than the decoded path's; the agent decodes the bytes exactly as that path would send them.
    return size;
}
/** A ListValue at message depth `depth`: repeated `values` (1) of Value. */
function list(buf, at, end, depth) {
    let size = 2;
    while (at < end) {
        const key = varint(buf, at, end);
        if (key?.value !== ((1 << 3) | LEN))
            return undefined;
        const len = varint(buf, key.next, end);
        if (!len || len.next + len.value > end)
            return undefined;
        const inner = value(buf, len.next, len.next + len.value, depth + 1);
        if (inner === undefined)
            return undefined;
        size += inner + 1;
        at = len.next + len.value;
    }
    return size;
}
/** A varint of up to 5 bytes (32 bits) within `end`; undefined when longer or truncated. */
function varint(buf, at, end) {
    let result = 0;
    for (let i = 0; i < 5 && at + i < end; i++) {
        const byte = buf[at + i];
        result += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0)
            return { value: result, next: at + i + 1 };
    }
    return undefined;
}
//# sourceMappingURL=raw-value.js.map
/**
 * Wire-level relaying: the orchestrator passes agents' answers to clients without
 * decoding and re-encoding their payloads (a chunk of audio, a large result).
 *
 * `ExecuteStreamResponse` and `StreamTaskResponse` hold one oneof field each and
 * differ only in field numbers (progress 1→2, chunk 2→3, result 3→4); `ExecuteResponse`
 * holds `result` as field 1 and `SubmitTaskResponse` as field 3, after task_id (1) and
 * agent_instance_id (2). A protobuf message with one length-delimited field is its tag
 * byte, a varint length and the payload, so moving it to another field number changes
 * only the tag byte. Messages of any other shape (say, fields a newer agent added) are
 * not rewritten; callers fall back to decoding them.
 */
/** Tag bytes (field number << 3 | wire type 2) of ExecuteStreamResponse → StreamTaskResponse. */
const STREAM_TAGS = {
    0x0a: { tag: 0x12, kind: 'progress' },
    0x12: { tag: 0x1a, kind: 'chunk' },
    0x1a: { tag: 0x22, kind: 'result' },
};
/** Reads a protobuf varint at `offset`; undefined when truncated or longer than 5 bytes. */
export function readVarint(buf, offset) {
    let value = 0;
    for (let i = 0; i < 5; i++) {
        const byte = buf[offset + i];
        if (byte === undefined)
            return undefined;
        value += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0)
            return { value, next: offset + i + 1 };
    }
    return undefined;
}
function singleField(raw) {
    const tag = raw[0];
    if (tag === undefined)
        return undefined;
    const length = readVarint(raw, 1);
    if (!length || length.next + length.value !== raw.length)
        return undefined;
    return { tag, size: length.value };
}
/**
 * Re-tags a raw ExecuteStreamResponse as a StreamTaskResponse, in place. Undefined
 * when the message is not a single known field (decode it instead).
 */
export function retagStreamEvent(raw) {
    const field = singleField(raw);
    const mapped = field && STREAM_TAGS[field.tag];
    if (!field || !mapped)
        return undefined;
    raw[0] = mapped.tag;
    return { kind: mapped.kind, bytes: raw, size: field.size };
}
/** Tag byte of the chunk field in ExecuteStreamResponse (2) and StreamTaskResponse (3). */
export const CHUNK_TAG = { executeStream: 0x12, streamTask: 0x1a };
/**
 * What a raw streaming response holds as a chunk (for its span event), read from
 * the bytes without decoding the payload: `Chunk` is sequence (1, varint), data
 * (3, bytes) and duration_ms (4, double) among other fields. Undefined when `raw`
 * is not a single chunk field of tag `chunkTag`, or is malformed.
 */
export function rawChunkFacts(raw, chunkTag) {
    const field = singleField(raw);
    if (field?.tag !== chunkTag)
        return undefined;
    const facts = { sequence: 0, bytes: 0 };
    let at = raw.length - field.size;
    while (at < raw.length) {
        const key = readVarint(raw, at);
        if (!key)
            return undefined;
        const fieldNumber = Math.floor(key.value / 8);
        at = key.next;
        switch (key.value % 8) {
            case 0: {
                const value = readVarint10(raw, at);
                if (!value)
                    return undefined;
                if (fieldNumber === 1)
                    facts.sequence = value.value;
                at = value.next;
                break;
            }
            case 1:
                if (at + 8 > raw.length)
                    return undefined;
                if (fieldNumber === 4)
                    facts.audioMs = raw.readDoubleLE(at);
                at += 8;
                break;
            case 2: {
                const length = readVarint(raw, at);
                if (!length || length.next + length.value > raw.length)
                    return undefined;
                if (fieldNumber === 3)
                    facts.bytes = length.value;
                at = length.next + length.value;
                break;
            }
            case 5:
                at += 4;
                break;
            default:
                return undefined;
        }
    }
    return at === raw.length ? facts : undefined;
}
/** A varint of up to 10 bytes as a number (exact up to 2^53). */
function readVarint10(buf, offset) {
    let value = 0;
    for (let i = 0; i < 10; i++) {
        const byte = buf[offset + i];
        if (byte === undefined)
            return undefined;
        value += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0)
            return { value, next: offset + i + 1 };
    }
    return undefined;
}
/**
 * Builds a raw SubmitTaskResponse from the ids and a raw ExecuteResponse, in one buffer. Undefined
 * when the ExecuteResponse is not empty or a single `result` field. With `bulkId`, the bytes are the
 * SubmitTasksResponse `{ id: bulkId, result: <that SubmitTaskResponse> }` instead.
 */
export function submitTaskResponse(taskId, agentInstanceId, executeResponse, bulkId) {
    if (executeResponse.length > 0 && singleField(executeResponse)?.tag !== 0x0a)
        return undefined;
    const taskBytes = Buffer.byteLength(taskId, 'utf8');
    const instanceBytes = Buffer.byteLength(agentInstanceId, 'utf8');
    const inner = stringFieldSize(taskBytes) + stringFieldSize(instanceBytes) + executeResponse.length;
    const idBytes = bulkId === undefined ? 0 : Buffer.byteLength(bulkId, 'utf8');
    const out = Buffer.allocUnsafe(bulkId === undefined ? inner : stringFieldSize(idBytes) + 1 + varintSize(inner) + inner);
    let at = 0;
    if (bulkId !== undefined) {
        at = writeStringField(out, at, 1, bulkId, idBytes);
        out[at++] = 0x12; // SubmitTasksResponse.result
        at = writeVarint(out, at, inner);
    }
    at = writeStringField(out, at, 1, taskId, taskBytes);
    at = writeStringField(out, at, 2, agentInstanceId, instanceBytes);
    if (executeResponse.length > 0) {
        executeResponse.copy(out, at);
        out[at] = 0x1a; // ExecuteResponse.result (1) becomes SubmitTaskResponse.result (3)
    }
    return out;
}
/** Bytes of a non-empty string field of `bytes` UTF-8 bytes (0 for an empty one, which proto3 omits). */
function stringFieldSize(bytes) {
    return bytes === 0 ? 0 : 1 + varintSize(bytes) + bytes;
}
function writeStringField(out, at, field, value, bytes) {
    if (bytes === 0)
        return at;
    out[at++] = (field << 3) | 2;
    at = writeVarint(out, at, bytes);
    return at + out.write(value, at, bytes, 'utf8');
}
/** Bytes of `n` as a protobuf varint. */
export function varintSize(n) {
    let size = 1;
    for (let v = n; v >= 0x80; v = Math.floor(v / 128))
        size++;
    return size;
}
/** Writes `n` as a protobuf varint at `at`; returns the offset after it. */
export function writeVarint(out, at, n) {
    let v = n;
    while (v >= 0x80) {
        out[at++] = (v & 0x7f) | 0x80;
        v = Math.floor(v / 128);
    }
    out[at++] = v;
    return at;
}
/** Encodes a length-delimited string field. */
export function stringField(field, value) {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length === 0)
        return Buffer.alloc(0);
    return Buffer.concat([varint((field << 3) | 2), varint(bytes.length), bytes]);
}
function varint(n) {
    const out = [];
    let v = n;
    while (v >= 0x80) {
        out.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
    }
    out.push(v);
    return Buffer.from(out);
}
/** The identity (de)serializer, for calls whose messages we relay as bytes. */
export const rawBytes = (b) => b;
/**
 * A copy of a service definition whose listed methods also accept pre-encoded
 * responses: a Buffer is sent as is, anything else is serialized as usual.
 */
export function acceptRawResponses(definition, methods) {
    const out = { ...definition };
    for (const name of methods) {
        const method = definition[name];
        if (!method)
            throw new Error(`unknown method ${name}`);
        const serialize = method.responseSerialize;
        out[name] = { ...method, responseSerialize: (value) => (Buffer.isBuffer(value) ? value : serialize(value)) };
    }
    return out;
}
/**
 * A copy of a service definition whose listed methods hand their implementation each request as
 * raw bytes, for handlers that decode requests themselves (so a message that does not decode is
 * theirs to answer, rather than grpc-js ending the call with INTERNAL).
 */
export function rawRequests(definition, methods) {
    const out = { ...definition };
    for (const name of methods) {
        const method = definition[name];
        if (!method)
            throw new Error(`unknown method ${name}`);
        out[name] = { ...method, requestDeserialize: rawBytes };
    }
    return out;
}
/**
 * Reads a raw ChannelResponse `{ call_id = 1 (varint); result = 2 | error = 3 }`.
 * For a result, returns the bytes of the equivalent ExecuteResponse (`result` as
 * field 1), ready for {@link submitTaskResponse}; for an error, only the call id
 * (decode the error normally). Undefined for any other shape.
 */
export function parseChannelResponse(raw) {
    if (raw[0] !== 0x08)
        return undefined;
    const id = readVarint64(raw, 1);
    if (!id)
        return undefined;
    if (id.next === raw.length)
        return { callId: id.value, executeResponse: Buffer.alloc(0) };
    const tag = raw[id.next];
    const length = readVarint(raw, id.next + 1);
    if (!length || length.next + length.value !== raw.length)
        return undefined;
    if (tag === 0x1a)
        return { callId: id.value };
    if (tag !== 0x12)
        return undefined;
    const executeResponse = raw.subarray(id.next);
    executeResponse[0] = 0x0a;
    return { callId: id.value, executeResponse };
}
/** Reads a varint of up to 64 bits as a decimal string (proto-loader's `longs: String`). */
function readVarint64(buf, offset) {
    let value = 0n;
    for (let i = 0; i < 10; i++) {
        const byte = buf[offset + i];
        if (byte === undefined)
            return undefined;
        value |= BigInt(byte & 0x7f) << BigInt(7 * i);
        if ((byte & 0x80) === 0)
            return { value: value.toString(), next: offset + i + 1 };
    }
    return undefined;
}
//# sourceMappingURL=wire.js.map
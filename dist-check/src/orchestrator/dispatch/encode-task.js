import { varintSize, writeVarint } from './wire.js';
/** Encodes a message whose bytes are already known: a Buffer as is, anything else with `serialize`. */
export function passBuffers(serialize) {
    return (value) => (Buffer.isBuffer(value) ? value : serialize(value));
}
/**
 * The bytes of `ChannelRequest { start: ChannelStart { call_id, task, traceparent, timeout_ms } }` for a
 * task with a raw input (field numbers as in agent.proto and common.proto).
 */
export function encodeChannelStart(callId, task, traceparent, timeoutMs) {
    const start = new Writer().varint(1, callId).message(2, taskSpec(task)).string(3, traceparent).varint(5, timeoutMs);
    return new Writer().message(1, start).finish();
}
/** The bytes of `ExecuteRequest { task }` for a task with a raw input. */
export function encodeExecuteRequest(task) {
    return new Writer().message(1, taskSpec(task)).finish();
}
/** TaskSpec with its input field (3) copied from the raw Value bytes. */
function taskSpec(task) {
    return new Writer()
        .string(1, task.taskId ?? '')
        .string(2, task.capability ?? '')
        .bytes(3, task.rawInput, true)
        .bytes(4, task.data === undefined ? undefined : Buffer.from(task.data))
        .string(5, task.contentType ?? '')
        .string(6, task.idempotencyKey ?? '')
        .varint(7, task.attempt ?? 0)
        .string(8, task.runId ?? '')
        .string(9, task.stepId ?? '');
}
/**
 * A minimal protobuf writer for the few messages above (proto3: default values are not written):
 * it sizes every field first and fills one buffer, the cost of a task's envelope being a handful
 * of copies rather than a message object graph.
 */
class Writer {
    #fields = [];
    #size = 0;
    varint(field, value) {
        if (!value)
            return this;
        const tag = (field << 3) | 0;
        this.#fields.push({ tag, kind: 'varint', value });
        this.#size += varintSize(tag) + varintSize(value);
        return this;
    }
    string(field, value) {
        if (value === '')
            return this;
        const tag = (field << 3) | 2;
        const length = Buffer.byteLength(value, 'utf8');
        this.#fields.push({ tag, kind: 'string', value, length });
        this.#size += varintSize(tag) + varintSize(length) + length;
        return this;
    }
    /** A length-delimited field; `always` writes it even when empty (an empty Value is still a set input). */
    bytes(field, value, always = false) {
        if (value === undefined || (value.length === 0 && !always))
            return this;
        const tag = (field << 3) | 2;
        this.#fields.push({ tag, kind: 'bytes', value });
        this.#size += varintSize(tag) + varintSize(value.length) + value.length;
        return this;
    }
    /** A nested message field, written in place when the outer one is (one buffer for all). */
    message(field, value) {
        const tag = (field << 3) | 2;
        this.#fields.push({ tag, kind: 'message', value });
        this.#size += varintSize(tag) + varintSize(value.size) + value.size;
        return this;
    }
    /** Bytes of the fields written so far. */
    get size() {
        return this.#size;
    }
    finish() {
        const out = Buffer.allocUnsafe(this.#size);
        this.#writeInto(out, 0);
        return out;
    }
    #writeInto(out, start) {
        let at = start;
        for (const f of this.#fields) {
            at = writeVarint(out, at, f.tag);
            switch (f.kind) {
                case 'varint':
                    at = writeVarint(out, at, f.value);
                    break;
                case 'string':
                    at = writeVarint(out, at, f.length);
                    // Short ASCII (ids, names, traceparents: nearly every string here) is cheaper byte by byte than through utf8Write.
                    if (f.length === f.value.length && f.length <= 64)
                        for (let i = 0; i < f.length; i++)
                            out[at++] = f.value.charCodeAt(i);
                    else
                        at += out.write(f.value, at, f.length, 'utf8');
                    break;
                case 'bytes':
                    at = writeVarint(out, at, f.value.length);
                    at += f.value.copy(out, at);
                    break;
                case 'message':
                    at = writeVarint(out, at, f.value.size);
                    at = f.value.#writeInto(out, at);
            }
        }
        return at;
    }
}
//# sourceMappingURL=encode-task.js.map
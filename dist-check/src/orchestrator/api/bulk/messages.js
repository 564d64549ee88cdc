import { boundText, Status } from '../../../sdk/errors.js';
import { loadProtos } from '../../../sdk/grpc/load-protos.js';
import { readVarint, stringField } from '../../dispatch/wire.js';
import { readWireRequest } from './wire-request.js';
/** Longest task id a client may choose (characters). */
export const MAX_BULK_ID_CHARS = 256;
/** `TaskError.reason` values: refusals of the request message itself, not of a task. */
export const BULK_REASON = { duplicateId: 'DUPLICATE_ID', malformed: 'MALFORMED' };
const method = () => loadProtos().orchestrator.troupe.v1.OrchestratorService.service.SubmitTasks;
const submitTaskResponseSerialize = () => loadProtos().orchestrator.troupe.v1.OrchestratorService.service.SubmitTask.responseSerialize;
/**
 * Reads one raw SubmitTasksRequest: straight from the wire when it has the plain encoding (its
 * input left as bytes, see readWireRequest), else decoded. Never throws: bytes that do not decode, a message with neither
 * `submit` nor `cancel`, and a submit without a usable id are `malformed`, with whatever id could be
 * read, so the stream answers that message and goes on.
 */
export function readBulkRequest(raw) {
    const wire = readWireRequest(raw);
    if (wire) {
        const bad = checkId(wire.id);
        return bad ? { kind: 'malformed', id: wire.id.length <= MAX_BULK_ID_CHARS ? wire.id : '', message: `${wire.kind}.${bad}` } : wire;
    }
    let message;
    try {
        message = method().requestDeserialize(raw);
    }
    catch (err) {
        return { kind: 'malformed', id: peekId(raw), message: `the message is not a SubmitTasksRequest: ${boundText(err.message, 200)}` };
    }
    if (message.submit) {
        const { id, task, traceparent, tracestate } = message.submit;
        const bad = checkId(id);
        if (bad)
            return { kind: 'malformed', id: id.length <= MAX_BULK_ID_CHARS ? id : '', message: `submit.${bad}` };
        return { kind: 'submit', id, task, traceparent, tracestate };
    }
    if (message.cancel) {
        const { id } = message.cancel;
        const bad = checkId(id);
        return bad ? { kind: 'malformed', id: id.length <= MAX_BULK_ID_CHARS ? id : '', message: `cancel.${bad}` } : { kind: 'cancel', id };
    }
    return { kind: 'malformed', id: '', message: 'the message has neither submit nor cancel' };
}
function checkId(id) {
    if (id === '')
        return 'id is required: give each task of the stream an id of your choice, unique among its tasks in flight';
    if (id.length > MAX_BULK_ID_CHARS)
        return `id is ${id.length} characters long; at most ${MAX_BULK_ID_CHARS}`;
    return undefined;
}
/**
 * The id of a message that does not decode, read from the wire when it starts as a well-formed
 * submit or cancel (field 1 or 2) whose first field is a short `id` (field 1); '' otherwise.
 */
export function peekId(raw) {
    if (raw[0] !== 0x0a && raw[0] !== 0x12)
        return '';
    const outer = readVarint(raw, 1);
    if (!outer || outer.next + outer.value > raw.length || raw[outer.next] !== 0x0a)
        return '';
    const length = readVarint(raw, outer.next + 1);
    if (!length || length.value > MAX_BULK_ID_CHARS * 4 || length.next + length.value > outer.next + outer.value)
        return '';
    const id = raw.toString('utf8', length.next, length.next + length.value);
    return id.length <= MAX_BULK_ID_CHARS && !id.includes('\ufffd') ? id : '';
}
/**
 * The bytes of a SubmitTasksResponse carrying a task's result: the id, then the SubmitTaskResponse
 * (relayed as bytes when the dispatcher kept the agent's result as bytes, encoded otherwise).
 */
export function bulkResultBytes(id, result) {
    const inner = Buffer.isBuffer(result) ? result : submitTaskResponseSerialize()(result);
    return Buffer.concat([stringField(1, id), lengthDelimited(2, inner)]);
}
/** The bytes of a SubmitTasksResponse carrying a task's error (message bounded as every status message). */
export function bulkErrorBytes(id, error) {
    return method().responseSerialize({
        id,
        error: { code: error.code, message: boundText(error.message), reason: error.reason ?? '', taskId: error.taskId ?? '' },
    });
}
/** A length-delimited field: its tag, the length as a varint, the bytes. */
function lengthDelimited(field, bytes) {
    const header = [(field << 3) | 2];
    let n = bytes.length;
    while (n >= 0x80) {
        header.push((n & 0x7f) | 0x80);
        n = Math.floor(n / 128);
    }
    header.push(n);
    return Buffer.concat([Buffer.from(header), bytes]);
}
//# sourceMappingURL=messages.js.map
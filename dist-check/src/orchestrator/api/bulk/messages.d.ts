import type { SubmitTaskResponse } from '../../../gen/troupe/v1/SubmitTaskResponse.js';
import { Status } from '../../../sdk/errors.js';
import type { TaskRequestMessage } from '../task-request.js';
/** Longest task id a client may choose (characters). */
export declare const MAX_BULK_ID_CHARS = 256;
/** `TaskError.reason` values: refusals of the request message itself, not of a task. */
export declare const BULK_REASON: {
    readonly duplicateId: "DUPLICATE_ID";
    readonly malformed: "MALFORMED";
};
/** One request message of a SubmitTasks stream, read. */
export type BulkRequest = {
    readonly kind: 'submit';
    readonly id: string;
    readonly task: TaskRequestMessage | null;
    readonly traceparent: string;
    readonly tracestate: string;
} | {
    readonly kind: 'cancel';
    readonly id: string;
}
/** A message that cannot start or cancel a task; `id` is what could be read of it ('' when nothing). */
 | {
    readonly kind: 'malformed';
    readonly id: string;
    readonly message: string;
};
/**
 * Reads one raw SubmitTasksRequest: straight from the wire when it has the plain encoding (its
 * input left as bytes, see readWireRequest), else decoded. Never throws: bytes that do not decode, a message with neither
 * `submit` nor `cancel`, and a submit without a usable id are `malformed`, with whatever id could be
 * read, so the stream answers that message and goes on.
 */
export declare function readBulkRequest(raw: Buffer): BulkRequest;
/**
 * The id of a message that does not decode, read from the wire when it starts as a well-formed
 * submit or cancel (field 1 or 2) whose first field is a short `id` (field 1); '' otherwise.
 */
export declare function peekId(raw: Buffer): string;
/**
 * The bytes of a SubmitTasksResponse carrying a task's result: the id, then the SubmitTaskResponse
 * (relayed as bytes when the dispatcher kept the agent's result as bytes, encoded otherwise).
 */
export declare function bulkResultBytes(id: string, result: SubmitTaskResponse | Buffer): Buffer;
/** The bytes of a SubmitTasksResponse carrying a task's error (message bounded as every status message). */
export declare function bulkErrorBytes(id: string, error: {
    code: Status;
    message: string;
    reason?: string;
    taskId?: string;
}): Buffer;

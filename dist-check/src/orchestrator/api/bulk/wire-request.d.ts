import type { TaskRequestMessage } from '../task-request.js';
/** A SubmitTasksRequest read straight from its bytes: what `readBulkRequest` returns for it. */
export type WireBulkRequest = {
    readonly kind: 'submit';
    readonly id: string;
    readonly task: TaskRequestMessage | null;
    readonly traceparent: string;
    readonly tracestate: string;
} | {
    readonly kind: 'cancel';
    readonly id: string;
};
/**
 * Reads a SubmitTasksRequest from its bytes without decoding the task's input: a submit's
 * `task.input` stays the Value's bytes (`rawInput`, with its measure for the payload limit), to be
 * relayed to the agent as it came. Only the plain encoding is read here (the known fields, each
 * once at most, with their wire types; a plain Value input); undefined for anything else, which the
 * caller decodes the ordinary way, so whatever protobuf accepts is still accepted.
 */
export declare function readWireRequest(raw: Buffer): WireBulkRequest | undefined;

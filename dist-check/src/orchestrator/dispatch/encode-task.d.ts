import type { TaskSpec } from '../../gen/troupe/v1/TaskSpec.js';
/**
 * A task as the dispatcher sends it: a TaskSpec whose input may be the bytes of a Value as the
 * client sent it (`rawInput`, then `input` is unset), relayed to the agent without being decoded
 * and encoded again. SubmitTasks fills it in when the input passed `measureRawValue`.
 */
export type DispatchTask = TaskSpec & {
    readonly rawInput?: Buffer;
};
/** Encodes a message whose bytes are already known: a Buffer as is, anything else with `serialize`. */
export declare function passBuffers<T>(serialize: (value: T) => Buffer): (value: T | Buffer) => Buffer;
/**
 * The bytes of `ChannelRequest { start: ChannelStart { call_id, task, traceparent, timeout_ms } }` for a
 * task with a raw input (field numbers as in agent.proto and common.proto).
 */
export declare function encodeChannelStart(callId: number, task: DispatchTask & {
    rawInput: Buffer;
}, traceparent: string, timeoutMs: number): Buffer;
/** The bytes of `ExecuteRequest { task }` for a task with a raw input. */
export declare function encodeExecuteRequest(task: DispatchTask & {
    rawInput: Buffer;
}): Buffer;

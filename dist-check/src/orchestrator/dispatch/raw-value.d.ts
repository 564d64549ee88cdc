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
export declare const PROTOBUF_RECURSION_LIMIT = 100;
/** The message depth of a task's input Value in ChannelRequest → ChannelStart → TaskSpec → Value (and in SubmitTasksRequest → BulkSubmit → SubmitTaskRequest → Value). */
export declare const INPUT_VALUE_DEPTH = 3;
/**
 * The size `jsonSize()` gives the decoded Value (the object proto-loader makes of it, `kind` and
 * all, which is what SubmitTask's payload limit measures) of the Value encoded in `buf[start, end)`,
 * or undefined when it is not a plain Value encoding (see the module comment). Equal measures keep
 * SubmitTasks' limit exactly SubmitTask's.
 */
export declare function measureRawValue(buf: Buffer, start: number, end: number, depth?: number): number | undefined;

/** What a {@link BulkWindow} switches on and off: the stream's reading side. */
export interface Readable {
    pause(): void;
    resume(): void;
}
/**
 * The tasks of one SubmitTasks stream that have not answered yet, by their client-chosen id, and
 * the stream's flow control: the stream is read only while fewer than `maxInFlight` tasks are in
 * flight, their messages hold fewer than `maxBytes` bytes (a task is always read when none is in
 * flight, so one big task still runs), its responses are not backed up in the transport, and it
 * was not stopped. Past a bound reading pauses, so the client's messages wait in HTTP/2 flow
 * control (no task is refused for it) and every task that does start has a slot.
 */
export declare class BulkWindow<T> {
    #private;
    readonly maxInFlight: number;
    private readonly stream;
    readonly maxBytes: number;
    constructor(maxInFlight: number, stream: Readable, maxBytes?: number);
    /** Tasks in flight. */
    get size(): number;
    /** Whether the stream is being read now. */
    get reading(): boolean;
    /** Whether `id` is in flight. */
    has(id: string): boolean;
    /** Bytes of the messages of the tasks in flight. */
    get bytes(): number;
    /** The task in flight under `id`. */
    get(id: string): T | undefined;
    /** Starts `task` (whose message had `bytes` bytes) under `id`; false (and nothing changes) when `id` is in flight already. */
    add(id: string, task: T, bytes?: number): boolean;
    /** Ends the task under `id` (its response is being written); false when none is in flight. */
    delete(id: string): boolean;
    /** Every task in flight, e.g. to cancel them all. */
    values(): T[];
    /** The transport's write buffer is full (true) or drained (false): reading waits for it. */
    setWritesBlocked(blocked: boolean): void;
    /** Stops reading for good (the client ended its side, or the server is stopping). */
    stop(): void;
}

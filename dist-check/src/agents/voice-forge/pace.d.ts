/** The time source a {@link Pacer} reads and waits on; inject a fake one in tests. */
export interface PaceClock {
    /** Milliseconds on a monotonic clock. */
    now(): number;
    /** Resolves after `ms`; rejects with `signal.reason` as soon as `signal` aborts. */
    sleep(ms: number, signal: AbortSignal): Promise<void>;
}
/** The real clock: `performance.now()` and an abortable timer. */
export declare const realClock: PaceClock;
/** Smallest and largest `pace` accepted: 0.1× to 1000× real time. */
export declare const PACE_RANGE: Readonly<{
    min: 0.1;
    max: 1000;
}>;
/**
 * Holds a stream of audio to at most `pace` seconds of audio per second of wall time,
 * counted from the first chunk: chunk n may leave once `audio before it / pace` has
 * elapsed since the first one left. `pace: 1` streams in real time, `pace: 4` at most
 * four times faster. Synthesis is much faster than real time, so without pacing a
 * whole script arrives in a second or two; pacing lets a listener (and a test) see the
 * audio play while the task is still running.
 *
 * @example
 * const pacer = new Pacer(4);
 * for (const chunk of chunks) {
 *   await pacer.admit(chunk.durationMs, ctx.signal);
 *   yield chunk;
 * }
 */
export declare class Pacer {
    #private;
    /** Seconds of audio per second of wall time, at most. */
    readonly pace: number;
    private readonly clock;
    constructor(
    /** Seconds of audio per second of wall time, at most. */
    pace: number, clock?: PaceClock);
    /** Audio admitted so far, in ms. */
    get admittedMs(): number;
    /**
     * Waits until a chunk of `durationMs` of audio may go out, then counts it. The first
     * chunk goes at once. Rejects with `signal.reason` when `signal` aborts while waiting.
     */
    admit(durationMs: number, signal: AbortSignal): Promise<void>;
}

/** The real clock: `performance.now()` and an abortable timer. */
export const realClock = {
    now: () => performance.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    }),
};
/** Smallest and largest `pace` accepted: 0.1× to 1000× real time. */
export const PACE_RANGE = Object.freeze({ min: 0.1, max: 1000 });
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
export class Pacer {
    pace;
    clock;
    #startedAt;
    #admittedMs = 0;
    constructor(
    /** Seconds of audio per second of wall time, at most. */
    pace, clock = realClock) {
        this.pace = pace;
        this.clock = clock;
        if (!Number.isFinite(pace) || pace < PACE_RANGE.min || pace > PACE_RANGE.max) {
            throw new RangeError(`pace must be a number from ${PACE_RANGE.min} to ${PACE_RANGE.max}; got ${pace}`);
        }
    }
    /** Audio admitted so far, in ms. */
    get admittedMs() {
        return this.#admittedMs;
    }
    /**
     * Waits until a chunk of `durationMs` of audio may go out, then counts it. The first
     * chunk goes at once. Rejects with `signal.reason` when `signal` aborts while waiting.
     */
    async admit(durationMs, signal) {
        signal.throwIfAborted();
        const now = this.clock.now();
        this.#startedAt ??= now;
        const due = this.#startedAt + this.#admittedMs / this.pace;
        if (due > now)
            await this.clock.sleep(due - now, signal);
        this.#admittedMs += Math.max(0, durationMs);
    }
}
//# sourceMappingURL=pace.js.map
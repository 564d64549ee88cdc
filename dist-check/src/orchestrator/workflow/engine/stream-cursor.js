/**
 * One task's stream across its attempts, so consumers see one stream: chunk
 * sequences never repeat and never go back. A retried attempt of the same
 * capability is asked to resume at {@link StreamCursor.resumeFor} (only resumable
 * agents are asked); whatever an agent sends below it (a non-resumable agent
 * restarts from 0) is dropped, and so is its progress until it catches up.
 *
 * Dropping is exact only for deterministic output of the same task; otherwise (output
 * not declared deterministic, or a fallback capability taking over) the restart is
 * reported as a splice, so consumers that need exact output can discard (docs/streams.md).
 */
export class StreamCursor {
    taskId;
    #next = 0;
    /** The attempt whose chunks are accepted now (0: none). */
    #current = 0;
    /** The last attempt that opened a stream (0: none yet). */
    #streamed = 0;
    /** The capability whose output consumers got so far. */
    #capability;
    /** The current attempt restarted below #next and has not caught up yet. */
    #replaying = false;
    constructor(taskId) {
        this.taskId = taskId;
    }
    /** The first sequence consumers still need: what an attempt of `capability` resumes from (0 for another capability). */
    resumeFor(capability) {
        return this.#capability === undefined || this.#capability === capability ? this.#next : 0;
    }
    /**
     * An attempt of `capability` opened its stream on `instanceId`, which was asked to
     * resume at `resumedFrom`. Returns the restart to report when an earlier attempt had
     * opened a stream, else undefined.
     */
    opened(attempt, capability, instanceId, resumedFrom, traits) {
        const failedAttempt = this.#streamed;
        const sameTask = this.#capability === undefined || this.#capability === capability;
        this.#current = attempt;
        this.#streamed = attempt;
        this.#replaying = resumedFrom < this.#next;
        if (this.#next === 0)
            this.#capability = capability;
        if (failedAttempt === 0)
            return undefined;
        let mode;
        if (this.#next === 0 || (sameTask && resumedFrom === this.#next))
            mode = 'resumed';
        else
            mode = sameTask && traits.deterministic ? 'deduplicated' : 'spliced';
        return { taskId: this.taskId, failedAttempt, attempt, resumeFromSequence: this.#next, mode, instanceId };
    }
    /**
     * Whether a chunk `sequence` of `attempt` goes to consumers: not when a newer attempt
     * took over, nor when consumers already got that sequence.
     */
    accept(attempt, sequence) {
        if (attempt !== this.#current || sequence < this.#next)
            return false;
        this.#next = sequence + 1;
        this.#replaying = false;
        return true;
    }
    /** Whether progress of `attempt` goes to consumers: it is current and not replaying what they already got. */
    progressCurrent(attempt) {
        return attempt === this.#current && !this.#replaying;
    }
}
//# sourceMappingURL=stream-cursor.js.map
import type { StreamTraits } from '../../dispatch/stream-resume.js';
/** How a new attempt continues a stream an earlier attempt started (proto `StreamRestartMode`). */
export type StreamRestartMode = 'resumed' | 'deduplicated' | 'spliced';
/** A `stream.restarted` event's payload (proto `StreamRestart`). */
export interface StreamRestart {
    readonly taskId: string;
    readonly failedAttempt: number;
    readonly attempt: number;
    /** Sequence of the next chunk consumers get: the count already relayed. */
    readonly resumeFromSequence: number;
    readonly mode: StreamRestartMode;
    readonly instanceId: string;
}
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
export declare class StreamCursor {
    #private;
    readonly taskId: string;
    constructor(taskId: string);
    /** The first sequence consumers still need: what an attempt of `capability` resumes from (0 for another capability). */
    resumeFor(capability: string): number;
    /**
     * An attempt of `capability` opened its stream on `instanceId`, which was asked to
     * resume at `resumedFrom`. Returns the restart to report when an earlier attempt had
     * opened a stream, else undefined.
     */
    opened(attempt: number, capability: string, instanceId: string, resumedFrom: number, traits: StreamTraits): StreamRestart | undefined;
    /**
     * Whether a chunk `sequence` of `attempt` goes to consumers: not when a newer attempt
     * took over, nor when consumers already got that sequence.
     */
    accept(attempt: number, sequence: number): boolean;
    /** Whether progress of `attempt` goes to consumers: it is current and not replaying what they already got. */
    progressCurrent(attempt: number): boolean;
}

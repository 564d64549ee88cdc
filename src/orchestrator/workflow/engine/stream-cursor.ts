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
 * sequences never repeat and never go back. A retried attempt is asked to resume
 * at {@link StreamCursor.resumeFrom} (only resumable agents are asked); whatever an
 * agent sends below it (a non-resumable agent restarts from 0) is dropped.
 *
 * Dropping is exact only for deterministic output; for other output the restart is
 * reported as a splice so consumers that need exact output can discard (see docs/streams.md).
 */
export class StreamCursor {
  #next = 0;
  /** The attempt whose chunks are accepted now (0: none). */
  #current = 0;
  /** The last attempt that opened a stream (0: none yet). */
  #streamed = 0;

  constructor(readonly taskId: string) {}

  /** The first sequence consumers still need; what a retried attempt resumes from. */
  get resumeFrom(): number {
    return this.#next;
  }

  /**
   * An attempt's stream opened on `instanceId`, which was asked to resume at
   * `resumedFrom`. Returns the restart to report when an earlier attempt had opened a
   * stream, else undefined.
   */
  opened(attempt: number, instanceId: string, resumedFrom: number, traits: StreamTraits): StreamRestart | undefined {
    const failedAttempt = this.#streamed;
    this.#current = attempt;
    this.#streamed = attempt;
    if (failedAttempt === 0) return undefined;
    const mode: StreamRestartMode = this.#next === 0 || resumedFrom === this.#next ? 'resumed' : traits.deterministic ? 'deduplicated' : 'spliced';
    return { taskId: this.taskId, failedAttempt, attempt, resumeFromSequence: this.#next, mode, instanceId };
  }

  /**
   * Whether a chunk `sequence` of `attempt` goes to consumers: not when a newer attempt
   * took over, nor when consumers already got that sequence.
   */
  accept(attempt: number, sequence: number): boolean {
    if (attempt !== this.#current || sequence < this.#next) return false;
    this.#next = sequence + 1;
    return true;
  }

  /** Whether news (progress) of `attempt` is still current. */
  isCurrent(attempt: number): boolean {
    return attempt === this.#current;
  }
}

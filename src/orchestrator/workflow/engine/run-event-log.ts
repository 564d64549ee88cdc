import type { Json } from '../../../sdk/grpc/struct.js';
import type { StreamRestart } from './stream-cursor.js';

/** One event of a run, as WatchRun delivers it. */
export interface RunEvent {
  /** Position in the run's log, from 0. */
  readonly seq: number;
  /** e.g. `run.started`, `step.started`, `attempt.failed`, `step.retrying`, `chunk`, `step.completed`, `run.completed`. */
  readonly type: string;
  readonly stepId?: string;
  /** Unix ms. */
  readonly at: number;
  readonly detail?: Json;
  /** For `chunk` events: the chunk as relayed from the agent. */
  readonly chunk?: RunChunk;
  /** The step task's attempt that produced the event (chunks, progress, attempts, restarts). */
  readonly attempt?: number;
  /** For `stream.restarted` events: how the new attempt continues the stream. */
  readonly restart?: StreamRestart;
}

/** A streamed chunk relayed into a run's log. */
export interface RunChunk {
  sequence: number;
  contentType: string;
  data: Buffer;
  durationMs: number;
  traceparent: string;
}

/** Event types after which nothing more is logged. */
const FINAL = new Set(['run.completed', 'run.failed', 'run.cancelled']);

/**
 * A run's events: appended by the engine, read by any number of watchers, each at
 * its own pace from a shared history (a late watcher replays from the start, a slow
 * one does not make the log buffer per watcher). Chunk payloads count against
 * `maxChunkBytes`; past it the oldest payloads are dropped (the events stay, marked).
 */
export class RunEventLog {
  readonly #events: RunEvent[] = [];
  /** Watchers waiting for the next event (made by the first). */
  #waiters: Set<() => void> | undefined;
  #chunkBytes = 0;
  #firstKeptChunk = 0;
  #closed = false;

  constructor(private readonly maxChunkBytes = 64 * 1024 * 1024) {}

  get closed(): boolean {
    return this.#closed;
  }

  get size(): number {
    return this.#events.length;
  }

  /**
   * Appends an event; the log closes itself after a final run event. Events that
   * arrive after that (a task's late news once the run was cancelled) are dropped.
   */
  append(event: Omit<RunEvent, 'seq' | 'at'> & { at?: number }): RunEvent | undefined {
    if (this.#closed) return undefined;
    const full = logged(event, this.#events.length);
    this.#events.push(full);
    if (full.chunk) this.#account(full.chunk.data.length);
    if (FINAL.has(full.type)) this.#closed = true;
    if (this.#waiters) for (const wake of this.#waiters) wake();
    return full;
  }

  /** Every event so far. */
  history(): readonly RunEvent[] {
    return this.#events;
  }

  /** Events from `fromSeq` on, live until the run ends or `signal` aborts. */
  async *watch(fromSeq = 0, signal?: AbortSignal): AsyncGenerator<RunEvent> {
    let next = fromSeq;
    for (;;) {
      while (next < this.#events.length) yield this.#events[next++]!;
      if (this.#closed || signal?.aborted) return;
      await new Promise<void>((resolve) => {
        const waiters = (this.#waiters ??= new Set());
        const wake = (): void => {
          waiters.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        waiters.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    }
  }

  #account(bytes: number): void {
    this.#chunkBytes += bytes;
    while (this.#chunkBytes > this.maxChunkBytes && this.#firstKeptChunk < this.#events.length) {
      const old = this.#events[this.#firstKeptChunk++]!;
      if (!old.chunk || old.chunk.data.length === 0) continue;
      this.#chunkBytes -= old.chunk.data.length;
      this.#events[old.seq] = { ...old, chunk: { ...old.chunk, data: Buffer.alloc(0) }, detail: { dropped: true } };
    }
  }
}

/**
 * The logged form of `event`: its fields copied one by one in a fixed order. A spread
 * (`{ ...event, seq, at }`) from the engine's many event shapes went megamorphic and gave every
 * event a hidden class of its own (~250 bytes each; three per run in flight).
 */
function logged(event: Omit<RunEvent, 'seq' | 'at'> & { at?: number }, seq: number): RunEvent {
  const full: { -readonly [K in keyof RunEvent]: RunEvent[K] } = { seq, type: event.type, at: event.at ?? Date.now() };
  if (event.stepId !== undefined) full.stepId = event.stepId;
  if (event.attempt !== undefined) full.attempt = event.attempt;
  if (event.detail !== undefined) full.detail = event.detail;
  if (event.chunk !== undefined) full.chunk = event.chunk;
  if (event.restart !== undefined) full.restart = event.restart;
  return full;
}

import { pause, type CancelSignal } from '../../../sdk/util/cancellation.js';
import { ResourceExhaustedError, Status, TroupeError } from '../../../sdk/errors.js';
import type { Dispatcher } from '../../dispatch/dispatcher.js';

/** What a run's steps need from the dispatcher. */
export type StepDispatcher = Pick<Dispatcher, 'unary' | 'openStream'>;

/** Options of {@link RunAdmission}. */
export interface RunAdmissionOptions {
  /** Unfinished runs this orchestrator drives at most; StartRun beyond it answers RESOURCE_EXHAUSTED. @default 5000 */
  readonly maxActiveRuns?: number;
  /** Longest pause between two tries of a step that found the task queue full. @default 500 */
  readonly maxRetryMs?: number;
}

/** True for the scheduler's "queue is full" refusal (not an agent's RESOURCE_EXHAUSTED). */
function isQueueFull(err: unknown): boolean {
  return err instanceof TroupeError && err.code === Status.RESOURCE_EXHAUSTED && typeof err.context.capacity === 'number';
}

/**
 * Admission control for runs: overload is refused at the door, never accepted and
 * failed later. `admit()` refuses a new run at once with RESOURCE_EXHAUSTED
 * (naming the limit) when `maxActiveRuns` unfinished runs are driven here; a run
 * that was admitted is never failed for a full task queue: its steps go through
 * {@link RunAdmission.gate}, which waits for room in the queue (with a capped
 * backoff, until the step is aborted) instead of failing. SubmitTask is not gated:
 * it still gets RESOURCE_EXHAUSTED at once when the queue is full.
 *
 * @example
 * const release = admission.admit(); // throws RESOURCE_EXHAUSTED at the limit
 * run.done.finally(release);
 */
export class RunAdmission {
  readonly maxActiveRuns: number;
  readonly #maxRetryMs: number;
  #active = 0;
  /** Step dispatches that found the queue full and waited (a metric for tests and logs). */
  queueWaits = 0;

  constructor(options: RunAdmissionOptions = {}) {
    this.maxActiveRuns = options.maxActiveRuns ?? 5000;
    this.#maxRetryMs = options.maxRetryMs ?? 500;
  }

  /** Unfinished runs counted now. */
  get active(): number {
    return this.#active;
  }

  /** Admits a new run or throws RESOURCE_EXHAUSTED naming the limit; returns its (idempotent) release. */
  admit(): () => void {
    if (this.#active >= this.maxActiveRuns) {
      throw new ResourceExhaustedError(
        `the orchestrator is running its limit of ${this.maxActiveRuns.toLocaleString('en-US')} runs (TROUPE_MAX_ACTIVE_RUNS); retry later`,
        { maxActiveRuns: this.maxActiveRuns },
      );
    }
    return this.count();
  }

  /** Counts a run that must not be refused (resumed or adopted); returns its (idempotent) release. */
  count(): () => void {
    this.#active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
    };
  }

  /** The dispatcher for run steps: a full task queue makes a step wait, not fail. */
  gate(dispatcher: StepDispatcher): StepDispatcher {
    const waitAndRetry = async <R>(call: { signal: CancelSignal }, attempt: () => Promise<R>, first: unknown): Promise<R> => {
      let err = first;
      for (let wait = 10; ; wait = Math.min(wait * 2, this.#maxRetryMs)) {
        if (!isQueueFull(err) || call.signal.aborted) throw err;
        this.queueWaits++;
        // Rejects when the step is aborted meanwhile: the step ends with that error.
        if (!(await pause(wait, call.signal))) throw err;
        try {
          return await attempt();
        } catch (next) {
          err = next;
        }
      }
    };
    // The first try is a plain promise chain, not an async function: a step waiting at its agent
    // (100,000 of them with runs held in flight) then keeps no suspended frame here.
    const retry = <R>(call: { signal: CancelSignal }, attempt: () => Promise<R>): Promise<R> => attempt().catch((err: unknown) => waitAndRetry(call, attempt, err));
    return {
      unary: (task, call) => retry(call, () => dispatcher.unary(task, call)),
      openStream: (task, call) => retry(call, () => dispatcher.openStream(task, call)),
    };
  }
}

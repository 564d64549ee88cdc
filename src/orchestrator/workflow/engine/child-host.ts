import type { Context } from '@opentelemetry/api';
import { NotFoundError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import { isFinishedStatus, type RunParent, type RunRecord, type StoredRun } from '../../store/run-record.js';
import { reportFromRecord } from './run-report.js';
import { asAbortSignal, pause, type CancelSignal } from '../../../sdk/util/cancellation.js';

/** Where a child run comes from: its parent run and step (and item), and its nesting depth (kept in its record). */
export type ParentRunLink = RunParent;

/** How a child run ended, as its parent's step sees it. */
export interface ChildEnd {
  readonly status: 'completed' | 'failed' | 'cancelled';
  readonly output: Json;
  /** The child's error (failed) or cancel reason (cancelled). */
  readonly error: string | undefined;
}

/** A child run to start: StartRun's request, plus where it comes from. */
export interface ChildStartRequest {
  readonly workflow: string;
  readonly input: Json;
  readonly idempotencyKey: string;
  readonly priority: number;
  readonly timeoutMs: number;
  readonly traceContext: Context;
  readonly parentRun: ParentRunLink;
}

/**
 * What a `workflow` step needs from the run engine (see child-runs.ts): the narrow
 * interface between a parent run and the runs it starts.
 */
export interface ChildRunHost {
  /** Starts the child through StartRun's path (idempotent on `idempotencyKey`); rejects with StartRun's errors. */
  start(request: ChildStartRequest): Promise<{ runId: string; existing: boolean; traceId: string }>;
  /**
   * Resolves with the child's end (at once for a finished child), or undefined when
   * `signal` aborts first. Rejects NOT_FOUND when the run is not known (any more).
   */
  wait(runId: string, signal: CancelSignal): Promise<ChildEnd | undefined>;
  /** CancelRun of the child (wherever it is driven); resolves with its status. */
  cancel(runId: string, reason: string): Promise<string>;
}

/** A run driven by this engine, as far as waiting for its end goes. */
export interface LocalRun {
  readonly attached: boolean;
  readonly done: Promise<void>;
  report(): Json;
}

/** What {@link childRunHost} needs from the engine. */
export interface ChildHostDeps {
  start: ChildRunHost['start'];
  cancel: ChildRunHost['cancel'];
  /** The run if this engine holds it in memory. */
  local(runId: string): LocalRun | undefined;
  /** Durable mode: the stored record of a run, and a live follow of it (the store's watch). */
  readonly durable?: {
    stored(runId: string): Promise<StoredRun | undefined>;
    follow: ((runId: string, signal?: AbortSignal) => AsyncIterable<StoredRun>) | undefined;
  };
  /** Pause between two looks at the store when it cannot be followed (or the follow broke). @default 500 */
  readonly pollMs?: number;
}

/** The end of a run from its report, or undefined while it goes on. */
export function endOfReport(report: Json): ChildEnd | undefined {
  const r = (report ?? {}) as { status?: unknown; output?: Json; error?: unknown; cancelReason?: unknown };
  if (typeof r.status !== 'string' || !isFinishedStatus(r.status)) return undefined;
  const error = typeof r.error === 'string' ? r.error : typeof r.cancelReason === 'string' ? r.cancelReason : undefined;
  return { status: r.status as ChildEnd['status'], output: r.output ?? null, error };
}

function endOfRecord(record: RunRecord): ChildEnd | undefined {
  return isFinishedStatus(record.status) ? endOfReport(reportFromRecord(record)) : undefined;
}

/** Resolves when `promise` settles or `signal` aborts, whichever is first. */
function untilAborted(promise: Promise<unknown>, signal: CancelSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    void promise.then(done, done);
  });
}

/**
 * The engine side of child runs. Waiting for a child: a child driven here is awaited in
 * memory; one driven by another instance (or adopted from a dead one) is followed through
 * its stored record until it is finished, so a parent waits the same way wherever its
 * child runs, and after either was restarted or adopted.
 */
export function childRunHost(deps: ChildHostDeps): ChildRunHost {
  const pollMs = deps.pollMs ?? 500;
  const poll = (signal: CancelSignal): Promise<boolean> => pause(pollMs, signal, { unref: true });
  const notFound = (runId: string): never => {
    throw new NotFoundError(`child run ${runId} is not known (any more): it was removed, or started on an orchestrator that keeps runs in memory`, { runId });
  };
  return {
    start: deps.start,
    cancel: deps.cancel,
    async wait(runId, signal) {
      const aborted = (): boolean => signal.aborted; // read again after each await
      let standard: AbortSignal | undefined; // for the store's follow, made when first needed
      while (!aborted()) {
        const run = deps.local(runId);
        if (run && (run.attached || !deps.durable)) {
          await untilAborted(run.done, signal);
          if (aborted()) return undefined;
          const end = endOfReport(run.report());
          if (end || !deps.durable) return end ?? notFound(runId);
          continue; // detached (another owner drives it now): follow its record
        }
        if (!deps.durable) return notFound(runId);
        const stored = await deps.durable.stored(runId);
        if (!stored) return notFound(runId);
        const end = endOfRecord(stored.record);
        if (end) return end;
        if (!deps.durable.follow) {
          await poll(signal);
          continue;
        }
        try {
          for await (const { record } of deps.durable.follow(runId, (standard ??= asAbortSignal(signal)))) {
            const ended = endOfRecord(record);
            if (ended) return ended;
            if (deps.local(runId)?.attached) break; // adopted here: wait in memory
          }
        } catch {
          // the follow broke (NATS reconnecting): look again after a pause
        }
        if (!deps.local(runId)?.attached) await poll(signal);
      }
      return undefined;
    },
  };
}

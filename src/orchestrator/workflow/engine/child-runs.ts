import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { boundText, statusName, Status, toGrpcStatus, TroupeError } from '../../../sdk/errors.js';
import type { Json } from '../../../sdk/grpc/struct.js';
import { ATTR, getTracer, instruments, SPAN, withTraceIds } from '../../../sdk/telemetry/index.js';
import type { TaskAttemptOutcome, TaskOutcome } from '../../machines/task.machine.js';
import { MAX_CHILD_DEPTH } from '../definition/index.js';
import type { ChildEnd, ChildRunHost } from './child-host.js';
import type { StepRun } from './step-runner.js';
import { abortText, pause } from '../../../sdk/util/cancellation.js';

/** One child run started for a `workflow` step's task (one per attempt), as kept in the run record and report. */
export interface ChildAttempt {
  readonly attempt: number;
  /** Always '' (a child run is not an agent instance); kept so reports read child attempts as task attempts. */
  readonly instanceId: string;
  /** `workflow:<name>`. */
  readonly capability: string;
  readonly startedAt: number;
  /** The child run; absent while it is being started. */
  readonly childRunId?: string;
  readonly endedAt?: number;
  readonly outcome?: TaskAttemptOutcome;
  readonly code?: number;
  readonly message?: string;
  /** A failed attempt that another attempt may mend (the child failed, or there was no room to start it). */
  readonly retryable?: boolean;
}

/**
 * The persisted state of a `workflow` step's task (a step, or one for_each item), kept
 * where task snapshots are: `status` `done` once the task ended (as a task actor's).
 */
export interface ChildTaskSnapshot {
  readonly status: 'active' | 'done';
  readonly value: 'child';
  readonly context: { readonly taskId: string; readonly stepId: string; readonly attempts: readonly ChildAttempt[] };
}

/** What a run gives its `workflow` steps. */
export interface ChildRunPort {
  readonly host: ChildRunHost;
  /** Nesting depth of the run (0: not a child). */
  readonly depth: number;
  /** True once the run is not driven here any more (shutdown, lease lost): its children go on. */
  detached(): boolean;
  /** Keeps a child task's state with the run (record and report). */
  record(taskId: string, snapshot: ChildTaskSnapshot): void;
}

/** The StartRun idempotency key of a child: a parent resumed after a crash finds the same child. */
export function childKey(parentRunId: string, stepId: string, index: number | undefined, attempt: number): string {
  return `child:${parentRunId}:${stepId}${index === undefined ? '' : `:${index}`}${attempt > 1 ? `@${attempt}` : ''}`;
}

function isChildSnapshot(value: unknown): value is ChildTaskSnapshot {
  return typeof value === 'object' && value !== null && (value as { value?: unknown }).value === 'child' && Array.isArray((value as { context?: { attempts?: unknown } }).context?.attempts);
}

/** A failure of one attempt: its code, message and whether another attempt may help. */
interface AttemptFailure {
  readonly outcome: TaskAttemptOutcome;
  readonly code: number;
  readonly message: string;
  readonly retryable: boolean;
}

/**
 * One task of a `workflow` step (the step, or one for_each item): starts the child run
 * (StartRun's path, idempotency key {@link childKey}, its `troupe.run` span a child of
 * this attempt's `troupe.step.child` span, so the child is in the parent's trace), waits
 * for its end without holding any task slot, and answers as a task would: the child's
 * output, or its failure (a failed child is retried per the step's `retry`; a child that
 * cannot start for lack of room too). A task resumed from `snapshot` (restart or
 * adoption) re-attaches to the child it had started. When the parent run ends first
 * (cancelled, failed, deadline), the child is cancelled; when the parent is only
 * detached (shutdown, lease lost), the child goes on.
 */
export async function runChildTask(run: StepRun, port: ChildRunPort, taskId: string, input: Json, index: number | undefined, snapshot?: unknown): Promise<TaskOutcome> {
  const { step } = run;
  const workflow = step.childWorkflow ?? '';
  const capability = `workflow:${workflow}`;
  const attempts: ChildAttempt[] = isChildSnapshot(snapshot) ? [...snapshot.context.attempts] : [];
  const save = (status: ChildTaskSnapshot['status']): void => {
    port.record(taskId, { status, value: 'child', context: { taskId, stepId: step.id, attempts: [...attempts] } });
    run.onAttempts(taskId, attempts);
  };
  const base = { taskId, capability, usedFallback: false } as const;
  const outcome = (status: 'failed' | 'cancelled', f: { code: number; message: string }): TaskOutcome => {
    save('done');
    return status === 'failed'
      ? { ...base, attempts: attempts.length, endedAt: Date.now(), status, code: f.code, message: f.message }
      : { ...base, attempts: attempts.length, endedAt: Date.now(), status, reason: f.message };
  };
  if (isChildSnapshot(snapshot) && snapshot.status === 'done') return finished(run, port, attempts, base);

  for (;;) {
    let last = attempts.at(-1);
    if (last?.outcome !== undefined) {
      // The last attempt ended (before a restart, or just now): retry or give up.
      if (last.outcome === 'succeeded') return finished(run, port, attempts, base);
      const retryable = last.outcome === 'failed' && last.retryable === true;
      if (!retryable || attempts.length >= step.retry.maxAttempts) return outcome('failed', { code: last.code ?? Status.UNKNOWN, message: last.message ?? 'child run failed' });
      const backoff = backoffMs(run, attempts.length);
      run.log.append({ type: 'step.retrying', stepId: step.id, detail: { taskId, attempt: attempts.length + 1, backoffMs: backoff, error: last.message ?? null } });
      if (!(await pause(backoff, run.signal))) return outcome('cancelled', { code: Status.CANCELLED, message: abortText(run.signal, 'run ended') });
      last = undefined;
    }
    if (run.signal.aborted) return outcome('cancelled', { code: Status.CANCELLED, message: abortText(run.signal, 'run ended') });
    const resumed = last !== undefined; // an attempt in flight when the run was persisted
    const attempt: ChildAttempt = last ?? { attempt: attempts.length + 1, instanceId: '', capability, startedAt: Date.now() };
    if (!last) attempts.push(attempt);
    save('active');
    const ended = await childAttempt(run, port, { taskId, index, input, attempt, resumed }, (patch) => {
      attempts[attempts.length - 1] = { ...attempts[attempts.length - 1]!, ...patch };
      save('active');
    });
    if (ended === 'aborted') return outcome('cancelled', { code: Status.CANCELLED, message: abortText(run.signal, 'run ended') });
  }
}

/** A task whose last attempt already ended before a restore: its outcome, the output read from the child. */
async function finished(run: StepRun, port: ChildRunPort, attempts: readonly ChildAttempt[], base: { taskId: string; capability: string; usedFallback: false }): Promise<TaskOutcome> {
  const last = attempts.at(-1);
  const common = { ...base, attempts: attempts.length, endedAt: last?.endedAt ?? Date.now() };
  if (last?.outcome !== 'succeeded' || last.childRunId === undefined) return { ...common, status: 'failed', code: last?.code ?? Status.UNKNOWN, message: last?.message ?? 'child run failed' };
  try {
    const end = await port.host.wait(last.childRunId, run.signal);
    if (end?.status === 'completed') return { ...common, status: 'completed', output: end.output, warnings: [] };
    return { ...common, status: 'cancelled', reason: abortText(run.signal, 'run ended') };
  } catch (err) {
    return { ...common, status: 'failed', code: toGrpcStatus(err).code, message: (err as Error).message };
  }
}

/** Starts (or re-attaches to) one attempt's child and waits for it; the attempt's end is written through `update`. */
async function childAttempt(
  run: StepRun,
  port: ChildRunPort,
  a: { taskId: string; index: number | undefined; input: Json; attempt: ChildAttempt; resumed: boolean },
  update: (patch: Partial<ChildAttempt>) => void,
): Promise<'ended' | 'aborted'> {
  const { step } = run;
  const workflow = step.childWorkflow ?? '';
  const span = getTracer().startSpan(SPAN.STEP_CHILD, {
    attributes: { [ATTR.RUN_ID]: run.runId, [ATTR.STEP_ID]: step.id, [ATTR.WORKFLOW]: workflow, 'troupe.attempt': a.attempt.attempt, ...(a.index === undefined ? {} : { 'troupe.item.index': a.index }), ...(a.resumed ? { 'troupe.run.resumed': true } : {}) },
  }, run.parent);
  const ctx = trace.setSpan(run.parent, span);
  const logger = run.logger.child({ step_id: step.id, task_id: a.taskId, ...withTraceIds(ctx) });
  let childId = a.attempt.childRunId;
  const fail = (f: AttemptFailure): 'ended' => {
    update({ endedAt: Date.now(), outcome: f.outcome, code: f.code, message: f.message, retryable: f.retryable });
    instruments().childRuns.add(1, { outcome: f.outcome === 'cancelled' ? 'cancelled' : childId === undefined ? 'not_started' : 'failed' });
    span.setAttribute(ATTR.ERROR_CODE, statusName(f.code));
    span.setStatus({ code: SpanStatusCode.ERROR, message: boundText(f.message, 200) });
    span.end();
    logger.warn({ code: statusName(f.code), error: f.message, attempt: a.attempt.attempt }, 'child run attempt failed');
    return 'ended';
  };
  if (childId === undefined) {
    const depth = port.depth + 1;
    const timeoutMs = Math.min(step.timeoutMs ?? Number.MAX_SAFE_INTEGER, run.runDeadline - Date.now());
    if (depth > MAX_CHILD_DEPTH) return fail({ outcome: 'failed', code: Status.FAILED_PRECONDITION, message: `child runs nest deeper than ${MAX_CHILD_DEPTH} levels; a workflow probably starts itself through others`, retryable: false });
    if (timeoutMs <= 0) return fail({ outcome: 'timed_out', code: Status.DEADLINE_EXCEEDED, message: 'the run has no time left to start a child run', retryable: false });
    try {
      const started = await port.host.start({
        workflow,
        input: a.input,
        idempotencyKey: childKey(run.runId, step.id, a.index, a.attempt.attempt),
        priority: run.priority,
        timeoutMs,
        traceContext: ctx,
        parentRun: { runId: run.runId, stepId: step.id, depth, ...(a.index === undefined ? {} : { index: a.index }) },
      });
      childId = started.runId;
      update({ childRunId: childId });
      run.log.append({ type: 'step.child_started', stepId: step.id, detail: { childRunId: childId, workflow, attempt: a.attempt.attempt, traceId: started.traceId, ...(a.index === undefined ? {} : { index: a.index }), ...(started.existing ? { existing: true } : {}) } });
      logger.info({ child_run_id: childId, child_workflow: workflow, existing: started.existing }, 'child run started');
    } catch (err) {
      const { code, details } = toGrpcStatus(err);
      const retryable = TroupeError.is(err) ? err.retryable : false;
      return fail({ outcome: 'failed', code, message: `child workflow ${workflow} did not start: ${details}`, retryable });
    }
  } else {
    run.log.append({ type: 'step.child_started', stepId: step.id, detail: { childRunId: childId, workflow, attempt: a.attempt.attempt, resumed: true, ...(a.index === undefined ? {} : { index: a.index }) } });
    logger.info({ child_run_id: childId, child_workflow: workflow }, 'waiting again for child run');
  }
  span.setAttribute('troupe.child.run_id', childId);
  let end: ChildEnd | undefined;
  try {
    end = run.signal.aborted ? undefined : await port.host.wait(childId, run.signal);
  } catch (err) {
    return fail({ outcome: 'failed', code: toGrpcStatus(err).code, message: (err as Error).message, retryable: false });
  }
  if (end === undefined) return abandon(run, port, childId, span, logger);
  span.setAttribute('troupe.child.status', end.status);
  if (end.status === 'completed') {
    update({ endedAt: Date.now(), outcome: 'succeeded' });
    instruments().childRuns.add(1, { outcome: 'completed' });
    span.end();
    return 'ended';
  }
  const message = `child run ${childId} (${workflow}) ${end.status}${end.error ? `: ${end.error}` : ''}`;
  // A failed child may be retried (UNKNOWN); one cancelled by someone fails the step for good.
  return fail(end.status === 'failed' ? { outcome: 'failed', code: Status.UNKNOWN, message, retryable: true } : { outcome: 'cancelled', code: Status.CANCELLED, message, retryable: false });
}

/** The parent ended (or let go) while its child ran: a parent that ended cancels the child. */
function abandon(run: StepRun, port: ChildRunPort, childId: string, span: Span, logger: StepRun['logger']): 'aborted' {
  const reason = abortText(run.signal, 'run ended');
  if (port.detached()) {
    span.setAttribute('troupe.run.detached', reason);
  } else {
    span.addEvent('troupe.child.cancel', { 'troupe.child.run_id': childId });
    void port.host.cancel(childId, `parent run ${run.runId} ended: ${reason}`).then(
      (status) => logger.info({ child_run_id: childId, status }, 'child run cancelled with its parent'),
      (err: unknown) => logger.warn({ child_run_id: childId, err }, 'could not cancel child run'),
    );
  }
  span.end();
  return 'aborted';
}

/** Full-jitter exponential backoff before attempt `done + 1`, as task retries have it. */
function backoffMs(run: StepRun, done: number): number {
  const { initialBackoffMs, maxBackoffMs, multiplier } = run.step.retry;
  const ceiling = Math.min(maxBackoffMs, initialBackoffMs * multiplier ** Math.max(0, done - 1));
  return Math.floor(run.random() * ceiling);
}


import { SpanKind, trace, type Context } from '@opentelemetry/api';
import type { Actor, Snapshot } from 'xstate';
import { createHostedActor, stopHostedActor } from '../../machines/actor-host.js';
import type { Logger } from 'pino';
import type { TaskSpec } from '../../../gen/troupe/v1/TaskSpec.js';
import { fromGrpcError, Status, statusName, TroupeError } from '../../../sdk/errors.js';
import { toValue, type Json } from '../../../sdk/grpc/struct.js';
import { ATTR, getTracer, setGrpcStatus } from '../../../sdk/telemetry/index.js';
import type { StepDispatcher } from './run-admission.js';
import { sendChecked } from '../../machines/checked-send.js';
import { MAX_TIMER_MS } from '../../machines/deadlines.js';
import { nextAttempt, reArmDeadlines, taskMachine, taskOutcome, upgradeTaskSnapshot, type TaskInput, type TaskOutcome, type TaskSnapshot } from '../../machines/task.machine.js';
import { decodeResult, relayStreamToLog } from './agent-output.js';
import type { RunEventLog } from './run-event-log.js';
import { StreamCursor } from './stream-cursor.js';
import { abortText, Cancellation, type CancelSignal } from '../../../sdk/util/cancellation.js';
import { failureMessage, isRetryableFailure } from './task-failure.js';


/** Everything one task of a run needs. */
export interface TaskRun {
  readonly input: TaskInput & { runId: string; stepId: string };
  readonly taskInput: Json;
  /** Fallback input, when the step's fallback maps its input differently. */
  readonly fallbackInput?: Json;
  readonly stream: boolean;
  readonly priority: number;
  /** The run's deadline: no attempt outlives it. */
  readonly runDeadline: number;
  readonly signal: CancelSignal;
  readonly parent: Context;
  readonly log: RunEventLog;
  readonly dispatcher: StepDispatcher;
  readonly logger: Logger;
  /** Backoff jitter source in [0, 1). */
  readonly random: () => number;
  /** Largest agent result accepted, in bytes. @default 67108864 */
  readonly maxPayloadBytes?: number;
  /** The task actor, once created (for the report). */
  onActor?: (actor: Actor<typeof taskMachine>) => void;
  /**
   * A persisted snapshot to resume from (after an orchestrator restart or adoption).
   * An attempt that was in flight (`dispatched`/`in_progress`) is redone with the SAME
   * attempt number, so the agent sees the same idempotency key; timers are re-armed
   * from the absolute deadlines in context (XState does not re-arm them on restore).
   */
  readonly snapshot?: unknown;
}

/**
 * Runs one task (a step, or one for_each item) to its end through the task machine:
 * each attempt is admitted by the scheduler, dispatched to an instance the registry
 * picks (instances that failed UNAVAILABLE are skipped next time), traced as a
 * `troupe.task` span, and fed to the machine, whose timers decide timeouts and when a
 * retry is due (full-jitter backoff) and whose fallback switches the capability.
 */
export async function runTask(run: TaskRun): Promise<TaskOutcome> {
  const actor =
    run.snapshot === undefined
      ? createHostedActor(taskMachine, { input: run.input })
      : createHostedActor(taskMachine, { input: run.input, snapshot: upgradeTaskSnapshot(run.snapshot) as Snapshot<unknown> });
  const who = { machine: 'task', id: run.input.taskId, logger: run.logger };
  actor.start();
  run.onActor?.(actor);
  const timers = run.snapshot === undefined ? [] : reArm(actor, who);
  const restored = actor.getSnapshot();
  let redo = run.snapshot !== undefined && (restored.value === 'dispatched' || restored.value === 'in_progress');
  const excluded = new Set<string>();
  // One stream across the task's attempts: a retry continues it rather than repeating it.
  const cursor = new StreamCursor(run.input.taskId);
  let inFlight: Cancellation | undefined;
  // The machine's own timers (timeout, retry due) move it on; an attempt in flight is then abandoned.
  const sub = actor.subscribe((s) => {
    // A reason, so no DOMException (with its stack) is built: this runs after every attempt.
    if (inFlight && s.value !== 'dispatched' && s.value !== 'in_progress') inFlight.abort('the task moved on');
  });
  const onCancel = (): void => void sendChecked(actor, { type: 'CANCEL', at: Date.now(), reason: abortText(run.signal, 'run cancelled') }, who);
  run.signal.addEventListener('abort', onCancel, { once: true });
  if (run.signal.aborted) onCancel();
  try {
    for (;;) {
      if (redo) {
        // The attempt in flight when the previous owner stopped: same number, same idempotency key.
        redo = false;
        const current = actor.getSnapshot();
        if (current.value === 'dispatched' || current.value === 'in_progress') {
          inFlight = new Cancellation();
          await attempt(run, actor, current, excluded, inFlight, cursor, true);
          inFlight = undefined;
          continue;
        }
      }
      const snapshot = await untilActionable(actor);
      const outcome = taskOutcome(snapshot);
      if (outcome) return outcome;
      inFlight = new Cancellation();
      await attempt(run, actor, snapshot, excluded, inFlight, cursor);
      inFlight = undefined;
    }
  } finally {
    for (const timer of timers) clearTimeout(timer);
    sub.unsubscribe();
    run.signal.removeEventListener('abort', onCancel);
    stopHostedActor(actor);
  }
}

/**
 * Re-arms a restored task's timer (attempt timeout or retry due) from the absolute
 * deadline in its context; an overdue one is sent at once. The event is sent only
 * if the task is still in the state (and attempt) it was armed for.
 */
function reArm(actor: Actor<typeof taskMachine>, who: { machine: string; id: string; logger: Logger }): NodeJS.Timeout[] {
  const armed = actor.getSnapshot();
  const still = (): boolean => {
    const now = actor.getSnapshot();
    return now.status === 'active' && now.value === armed.value && now.context.attempts.length === armed.context.attempts.length;
  };
  const timers: NodeJS.Timeout[] = [];
  for (const due of reArmDeadlines(armed, Date.now())) {
    const fire = (): void => {
      if (still()) sendChecked(actor, { type: due.type, at: Math.max(Date.now(), due.dueAt) }, who);
    };
    if (due.overdue) fire();
    else timers.push(setTimeout(fire, Math.min(MAX_TIMER_MS, due.dueAt - Date.now())));
  }
  return timers;
}

/** Resolves when the task is pending (an attempt is due) or final. */
function untilActionable(actor: Actor<typeof taskMachine>): Promise<TaskSnapshot> {
  const ready = (s: TaskSnapshot): boolean => s.value === 'pending' || s.status === 'done';
  const now = actor.getSnapshot();
  if (ready(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const sub = actor.subscribe((s) => {
      if (!ready(s)) return;
      sub.unsubscribe();
      resolve(s);
    });
  });
}

async function attempt(run: TaskRun, actor: Actor<typeof taskMachine>, snapshot: TaskSnapshot, excluded: Set<string>, controller: Cancellation, cursor: StreamCursor, redo = false): Promise<void> {
  const who = { machine: 'task', id: run.input.taskId, logger: run.logger };
  // A redone attempt keeps its number (the machine already recorded its DISPATCH).
  const number = redo ? snapshot.context.attempts.length : nextAttempt(snapshot);
  const capability = snapshot.context.capability;
  const { runId, stepId, taskId } = run.input;
  const span = getTracer().startSpan(
    'troupe.task',
    { kind: SpanKind.INTERNAL, attributes: { [ATTR.RUN_ID]: runId, [ATTR.STEP_ID]: stepId, [ATTR.TASK_ID]: taskId, [ATTR.ATTEMPT]: number, [ATTR.CAPABILITY]: capability } },
    run.parent,
  );
  const traceContext = trace.setSpan(run.parent, span);
  const input = snapshot.context.usedFallback && run.fallbackInput !== undefined ? run.fallbackInput : run.taskInput;
  const spec: TaskSpec = {
    taskId,
    capability,
    input: toValue(input),
    idempotencyKey: idempotencyKey(runId, stepId, taskId, number),
    attempt: number,
    runId,
    stepId,
  };
  const deadline = new Date(Math.min(redo ? (snapshot.context.deadlineAt ?? Date.now() + run.input.timeoutMs) : Date.now() + run.input.timeoutMs, run.runDeadline));
  let dispatched = redo;
  let instanceId = '';
  let picks = 0;
  const call = {
    deadline,
    signal: controller.signal,
    traceContext,
    priority: run.priority,
    maxAttempts: 1,
    // No routable instance (agents suspect during a NATS outage, restarting, …): wait for one up to the deadline.
    waitForAgentMs: deadline.getTime() - Date.now(),
    avoid: excluded,
    onAttempt: (entry: { instanceId: string }) => {
      // Chosen again within this attempt: the instance chosen first refused the task as full
      // (another orchestrator's tasks fill it) and dispatch waited for capacity. Same attempt.
      const again = picks++ > 0;
      instanceId = entry.instanceId;
      if (again) sendChecked(actor, { type: 'REASSIGN', at: Date.now(), instanceId: entry.instanceId, attempt: number }, who);
      else if (!redo) dispatched = sendChecked(actor, { type: 'DISPATCH', at: Date.now(), instanceId: entry.instanceId, attempt: number }, who);
      span.setAttribute(ATTR.AGENT_INSTANCE_ID, entry.instanceId);
      run.log.append({
        type: 'attempt.started',
        stepId,
        attempt: number,
        detail: { taskId, attempt: number, instanceId: entry.instanceId, capability, ...(redo ? { resumed: true } : {}), ...(again ? { reassigned: true } : {}) },
      });
    },
  };
  try {
    const { output, warnings } = run.stream
      ? { output: await relayStreamToLog(run.dispatcher, spec, call, run.log, stepId, () => actor.getSnapshot().value === 'dispatched' && sendChecked(actor, { type: 'STARTED', at: Date.now(), attempt: number }, who), (id) => (instanceId = id), cursor), warnings: [] }
      : await run.dispatcher.unary(spec, call).then(({ entry, response }) => ((instanceId = entry.instanceId), decodeResult(response, run.maxPayloadBytes)));
    if (!dispatched) return;
    sendChecked(actor, { type: 'SUCCEEDED', at: Date.now(), output, attempt: number, ...(warnings.length > 0 ? { warnings } : {}) }, who);
    setGrpcStatus(span, SpanKind.INTERNAL, Status.OK);
  } catch (raw) {
    const cancelledHere = controller.signal.aborted || run.signal.aborted;
    const err = controller.signal.aborted && !run.signal.aborted ? new TroupeError(Status.DEADLINE_EXCEEDED, 'the attempt timed out') : fromGrpcError(raw);
    const message = failureMessage(err, { stepId, stream: run.stream });
    if (!dispatched) {
      // No instance could even be chosen: that is this attempt's failure.
      dispatched = sendChecked(actor, { type: 'DISPATCH', at: Date.now(), instanceId: '', attempt: number }, who);
    }
    if ((err.code === Status.UNAVAILABLE || err.code === Status.RESOURCE_EXHAUSTED) && instanceId) excluded.add(instanceId);
    const retryable = isRetryableFailure(err, cancelledHere);
    // After an instance refused (UNAVAILABLE, RESOURCE_EXHAUSTED) the next attempt prefers another
    // instance, so it waits only a tenth of the usual backoff; other failures back off fully.
    const refused = instanceId !== '' && (err.code === Status.UNAVAILABLE || err.code === Status.RESOURCE_EXHAUSTED);
    const jitter = refused ? run.random() * 0.1 : run.random();
    // The machine may have moved on by itself (its timeout fired): then this news is stale.
    const current = actor.getSnapshot();
    const open = (current.value === 'dispatched' || current.value === 'in_progress') && current.context.attempts.length === number;
    if (dispatched && open && !run.signal.aborted) {
      sendChecked(actor, { type: 'FAILED', at: Date.now(), code: err.code, message, retryable, jitter, attempt: number }, who);
    }
    setGrpcStatus(span, SpanKind.INTERNAL, err.code, message);
    const after = actor.getSnapshot();
    run.log.append({
      type: 'attempt.failed',
      stepId,
      attempt: number,
      detail: { taskId, attempt: number, instanceId, capability, code: statusName(err.code), message, ...(after.value === 'retry_wait' ? { retryAt: after.context.retryAt, nextCapability: after.context.capability } : {}) },
    });
    if (after.value === 'retry_wait') run.log.append({ type: 'step.retrying', stepId, detail: { taskId, retryAt: after.context.retryAt, capability: after.context.capability } });
  } finally {
    span.end();
  }
}

/**
 * `run_id/step_id/attempt`; for a for_each item the step part names the item
 * (`step.3`), so an agent that deduplicates on the key never merges two items.
 */
export function idempotencyKey(runId: string, stepId: string, taskId: string, attempt: number): string {
  const prefix = `${runId}.`;
  const step = taskId.startsWith(prefix) && taskId.length > prefix.length ? taskId.slice(prefix.length) : stepId;
  return `${runId}/${step}/${attempt}`;
}

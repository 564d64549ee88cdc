import type { Context } from '@opentelemetry/api';
import type { Actor } from 'xstate';
import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { StepDispatcher } from './run-admission.js';
import type { RunEvent as RunMachineEvent } from '../../machines/run.machine.js';
import type { taskMachine, TaskAttempt, TaskOutcome } from '../../machines/task.machine.js';
import { forEachItems, shouldRun, stepInput, stepScope, type CompiledStep, type ExpressionScope, type RunScope } from '../definition/index.js';
import type { RunEventLog } from './run-event-log.js';
import { runTask } from './task-runner.js';
import { waitForSignal, type SignalInbox } from './step-wait.js';
import { runChildTask, type ChildRunPort } from './child-runs.js';
import type { CancelSignal } from '../../../sdk/util/cancellation.js';

type Fail = (error: string, attempts?: number, warnings?: string[], partial?: Json, recoverable?: boolean) => StepResult;

/** How a step ended, for the run's scope. */
export interface StepResult {
  status: 'succeeded' | 'failed' | 'skipped' | 'recovered';
  output: Json;
}

/** What running one step needs from its run. */
export interface StepRun {
  step: CompiledStep;
  /** What the run knows when the step became ready (input, finished steps' outputs). */
  runScope: RunScope;
  runId: string;
  priority: number;
  runDeadline: number;
  defaultTimeoutMs: number;
  signal: CancelSignal;
  parent: Context;
  log: RunEventLog;
  dispatcher: StepDispatcher;
  logger: Logger;
  random: () => number;
  maxPayloadBytes: number;
  /** Sends an event to the run actor (checked; false when refused). */
  send: (event: RunMachineEvent) => boolean;
  onAttempts: (taskId: string, attempts: readonly TaskAttempt[]) => void;
  onDeadLetter: (outcome: TaskOutcome, input: Json) => void;
  /** Where a `wait_for_signal` step receives its SignalRun. */
  inbox?: SignalInbox;
  /** How a `workflow` step starts and waits for its child runs. */
  children?: ChildRunPort;
  /** Each task actor once created (the run persists its snapshots). */
  onTask?: (taskId: string, actor: Actor<typeof taskMachine>) => void;
  /**
   * Resuming a step that was `running` when its run was persisted (restart or adoption):
   * no `STEP_STARTED` again for tasks already started; each task resumes from its
   * persisted snapshot (a completed one keeps its output and is not run again).
   */
  resume?: {
    /** Task ids the run actor already counts as started for this step. */
    readonly startedTaskIds: readonly string[];
    /** The persisted snapshot of a task, if one was stored. */
    readonly taskSnapshot: (taskId: string) => unknown;
    /** A `wait_for_signal` step that was waiting: when its wait times out (absent: at the run's deadline). */
    readonly waitUntil?: number;
  };
}

/** What a step's task calls, for its `step.started` event: a capability, or a child workflow. */
function kind(step: CompiledStep): { capability: string } | { workflow: string } {
  return step.childWorkflow === undefined ? { capability: step.capability } : { workflow: step.childWorkflow };
}

/** True for a persisted task snapshot that is final (completed or failed). */
function finalSnapshot(snapshot: unknown): boolean {
  return typeof snapshot === 'object' && snapshot !== null && (snapshot as { status?: unknown }).status === 'done';
}

/**
 * Runs one step: evaluates its condition, fans out over `for_each` items (at most
 * `concurrency` at once, outputs gathered in item order) or runs its single task,
 * and reports to the run actor. A failed item fails the step; `continue_on: any`
 * makes that failure tolerated (the run goes on, with a warning).
 */
export async function runStep(run: StepRun): Promise<StepResult> {
  const { step, log } = run;
  const at = (): number => Date.now();
  const skip = (reason: string): StepResult => {
    run.send({ type: 'STEP_SKIPPED', at: at(), stepId: step.id, reason });
    log.append({ type: 'step.skipped', stepId: step.id, detail: { reason } });
    return { status: 'skipped', output: null };
  };
  // A tolerated failure keeps what the step did produce (a for_each step's successful items).
  // A failure the step's on_failure recovers (not a cancellation) continues with its output instead.
  const fail = (error: string, attempts?: number, warnings: string[] = [], partial: Json = null, recoverable = true): StepResult => {
    if (recoverable && !run.signal.aborted) {
      const recovered = recover(run, error, attempts, warnings);
      if (recovered) return recovered;
    }
    const tolerated = step.continueOn === 'any';
    run.send({ type: 'STEP_FAILED', at: at(), stepId: step.id, error, tolerated, ...(attempts ? { attempts } : {}), warnings: tolerated ? [...warnings, `failed: ${error}`] : warnings });
    log.append({ type: 'step.failed', stepId: step.id, detail: { error, tolerated } });
    return { status: 'failed', output: tolerated ? partial : null };
  };

  const scope = stepScope(run.runScope);
  let items: Json[] | undefined;
  try {
    if (!run.resume && !step.itemWhen && !shouldRun(step, scope)) return skip('condition is false');
    items = forEachItems(step, scope);
  } catch (err) {
    // The step must be running to fail; start it with a placeholder task.
    if (!run.resume) run.send({ type: 'STEP_STARTED', at: at(), stepId: step.id, taskId: `${run.runId}.${step.id}` });
    return fail((err as Error).message);
  }
  if (step.wait) {
    if (!run.inbox) return fail('this run cannot receive signals');
    return waitForSignal(run, step.wait, run.inbox, { fail: (error, recoverable) => fail(error, undefined, [], null, recoverable), skip }, run.resume?.waitUntil);
  }
  if (items === undefined) return single(run, scope, fail);
  if (items.length === 0 && run.resume) return fail('for_each list is empty after resuming');
  if (items.length === 0) return skip('for_each list is empty');
  return fanOut(run, items, fail);
}

/**
 * Applies the step's `on_failure` to a failure: `skip` (the step is skipped, its output
 * the declared default) or `use` (the step is `recovered`, its output the data given),
 * either way with the original error in the report and a warning. Undefined when the
 * step has no recovery, or its output template cannot be evaluated (the step then
 * fails, with both errors).
 */
function recover(run: StepRun, error: string, attempts: number | undefined, warnings: string[]): StepResult | undefined {
  const { step } = run;
  if (!step.recovery) return undefined;
  const { strategy } = step.recovery;
  let output: Json;
  try {
    output = step.recovery.output.evaluate(stepScope(run.runScope));
  } catch (err) {
    warnings.push(`on_failure: ${strategy}: ${(err as Error).message}`);
    return undefined;
  }
  const warning = strategy === 'skip' ? `failed, skipped by on_failure: ${error}` : `failed, continued with on_failure data: ${error}`;
  const sent = run.send({ type: 'STEP_RECOVERED', at: Date.now(), stepId: step.id, strategy, error, output, ...(attempts ? { attempts } : {}), warnings: [...warnings, warning] });
  if (!sent) return undefined;
  run.log.append({
    type: strategy === 'skip' ? 'step.skipped' : 'step.recovered',
    stepId: step.id,
    detail: { reason: warning, error, recovery: strategy, output, warnings: [...warnings, warning] },
  });
  run.logger.warn({ step_id: step.id, recovery: strategy, error }, 'step failed; on_failure recovered it');
  return { status: strategy === 'skip' ? 'skipped' : 'recovered', output };
}

async function single(run: StepRun, scope: ExpressionScope, fail: Fail): Promise<StepResult> {
  const { step } = run;
  const taskId = `${run.runId}.${step.id}`;
  if (run.resume) run.log.append({ type: 'step.started', stepId: step.id, detail: { taskId, ...kind(step), resumed: true } });
  else {
    run.send({ type: 'STEP_STARTED', at: Date.now(), stepId: step.id, taskId });
    run.log.append({ type: 'step.started', stepId: step.id, detail: { taskId, ...kind(step) } });
  }
  let input: Json;
  try {
    input = stepInput(step, scope);
  } catch (err) {
    return fail((err as Error).message);
  }
  const outcome = await task(run, taskId, input, scope, run.resume?.taskSnapshot(taskId));
  const warnings = outcome.usedFallback ? [`used fallback capability ${outcome.capability}`] : [];
  if (outcome.status === 'completed') {
    warnings.push(...outcome.warnings);
    const output = (outcome.output ?? null) as Json;
    run.send({ type: 'STEP_SUCCEEDED', at: Date.now(), stepId: step.id, output, attempts: outcome.attempts, warnings });
    run.log.append({ type: 'step.completed', stepId: step.id, detail: { attempts: outcome.attempts, warnings } });
    return { status: 'succeeded', output };
  }
  if (outcome.status === 'failed' && step.childWorkflow === undefined) run.onDeadLetter(outcome, input);
  return fail(outcome.status === 'failed' ? outcome.message : `cancelled: ${outcome.reason}`, outcome.attempts, warnings, null, outcome.status === 'failed');
}

async function fanOut(run: StepRun, items: Json[], fail: Fail): Promise<StepResult> {
  const { step } = run;
  const outputs: Json[] = new Array<Json>(items.length).fill(null);
  const errors: string[] = [];
  const warnings: string[] = [];
  let attempts = 0;
  const started = new Set(run.resume?.startedTaskIds ?? []);
  let first = !run.resume;
  let next = 0;
  run.log.append({ type: 'step.started', stepId: step.id, detail: { items: items.length, concurrency: step.concurrency, ...kind(step), ...(run.resume ? { resumed: true } : {}) } });
  const worker = async (): Promise<void> => {
    while (next < items.length && !run.signal.aborted) {
      const index = next++;
      const scope = stepScope(run.runScope, { item: items[index] as Json, index });
      const taskId = `${run.runId}.${step.id}.${index}`;
      if (started.has(taskId)) {
        // Started before the restore: an item with no task snapshot was skipped (itemWhen) and
        // counted done; a final one was counted done too (ITEM_DONE follows in the same tick).
        const snapshot = run.resume?.taskSnapshot(taskId);
        if (snapshot === undefined) continue;
        const wasFinal = finalSnapshot(snapshot);
        try {
          const outcome = await task(run, taskId, stepInput(step, scope), scope, snapshot);
          attempts += outcome.attempts;
          if (outcome.usedFallback) warnings.push(`item ${index} used fallback capability ${outcome.capability}`);
          if (outcome.status === 'completed') {
            outputs[index] = (outcome.output ?? null) as Json;
            warnings.push(...outcome.warnings.map((w) => `item ${index}: ${w}`));
          } else errors.push(`item ${index}: ${outcome.status === 'failed' ? outcome.message : outcome.reason}`);
        } catch (err) {
          errors.push(`item ${index}: ${(err as Error).message}`);
        }
        if (wasFinal) continue;
        run.send({ type: 'ITEM_DONE', at: Date.now(), stepId: step.id });
        run.log.append({ type: 'step.item_done', stepId: step.id, detail: { index, total: items.length } });
        continue;
      }
      run.send({ type: 'STEP_STARTED', at: Date.now(), stepId: step.id, taskId, ...(first ? { items: items.length } : {}) });
      first = false;
      try {
        if (step.itemWhen && !shouldRun(step, scope)) {
          run.send({ type: 'ITEM_DONE', at: Date.now(), stepId: step.id });
          continue;
        }
        const input = stepInput(step, scope);
        const outcome = await task(run, taskId, input, scope);
        attempts += outcome.attempts;
        if (outcome.usedFallback) warnings.push(`item ${index} used fallback capability ${outcome.capability}`);
        if (outcome.status === 'completed') {
          outputs[index] = (outcome.output ?? null) as Json;
          warnings.push(...outcome.warnings.map((w) => `item ${index}: ${w}`));
        } else {
          if (outcome.status === 'failed' && step.childWorkflow === undefined) run.onDeadLetter(outcome, input);
          errors.push(`item ${index}: ${outcome.status === 'failed' ? outcome.message : outcome.reason}`);
        }
      } catch (err) {
        errors.push(`item ${index}: ${(err as Error).message}`);
      }
      run.send({ type: 'ITEM_DONE', at: Date.now(), stepId: step.id });
      run.log.append({ type: 'step.item_done', stepId: step.id, detail: { index, total: items.length } });
    }
  };
  await Promise.all(Array.from({ length: Math.min(step.concurrency, items.length) }, worker));
  if (errors.length > 0 || run.signal.aborted) return fail(errors.join('; ') || 'cancelled', attempts, warnings, outputs);
  run.send({ type: 'STEP_SUCCEEDED', at: Date.now(), stepId: step.id, output: outputs, attempts, warnings });
  run.log.append({ type: 'step.completed', stepId: step.id, detail: { items: items.length, attempts, warnings } });
  return { status: 'succeeded', output: outputs };
}

function task(run: StepRun, taskId: string, input: Json, scope: ExpressionScope, snapshot?: unknown): Promise<TaskOutcome> {
  const { step } = run;
  if (step.childWorkflow !== undefined) {
    if (!run.children) return Promise.resolve({ taskId, capability: `workflow:${step.childWorkflow}`, usedFallback: false, attempts: 0, endedAt: Date.now(), status: 'failed', code: 9, message: 'this run cannot start child runs' });
    return runChildTask(run, run.children, taskId, input, typeof scope.index === 'number' ? scope.index : undefined, snapshot);
  }
  let fallbackInput: Json | undefined;
  try {
    fallbackInput = step.fallback ? step.fallback.input.evaluate(scope) : undefined;
  } catch {
    fallbackInput = undefined;
  }
  let actor: Actor<typeof taskMachine> | undefined;
  return runTask({
    input: {
      taskId,
      runId: run.runId,
      stepId: step.id,
      capability: step.capability,
      maxAttempts: step.retry.maxAttempts,
      initialBackoffMs: step.retry.initialBackoffMs,
      maxBackoffMs: step.retry.maxBackoffMs,
      multiplier: step.retry.multiplier,
      timeoutMs: step.timeoutMs ?? run.defaultTimeoutMs,
      ...(step.fallback ? { fallbackCapability: step.fallback.capability } : {}),
    },
    taskInput: input,
    ...(fallbackInput !== undefined ? { fallbackInput } : {}),
    stream: step.stream,
    priority: run.priority,
    runDeadline: run.runDeadline,
    signal: run.signal,
    parent: run.parent,
    log: run.log,
    dispatcher: run.dispatcher,
    logger: run.logger,
    random: run.random,
    maxPayloadBytes: run.maxPayloadBytes,
    ...(snapshot !== undefined ? { snapshot } : {}),
    onActor: (a) => {
      actor = a;
      run.onAttempts(taskId, a.getSnapshot().context.attempts);
      a.subscribe((s) => run.onAttempts(taskId, s.context.attempts));
      run.onTask?.(taskId, a);
    },
  }).finally(() => {
    if (actor) run.onAttempts(taskId, actor.getSnapshot().context.attempts);
  });
}

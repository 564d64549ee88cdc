/**
 * The step bookkeeping of the run machine (`run.machine.ts`): pure functions
 * of the context and the event, no XState.
 */
import type { RunContext, RunEvent, RunStep } from './run.types.js';

type StepEvent = Extract<RunEvent, { readonly stepId: string }>;
type Steps = RunContext['steps'];

/** A fresh step. */
export const pendingStep = (): RunStep => ({ status: 'pending', attempts: 0, taskIds: [], warnings: [] });

/** The step an event names, or undefined for an unknown id (own properties only, so `constructor` is unknown). */
export function stepOf(context: RunContext, event: RunEvent): RunStep | undefined {
  if (!('stepId' in event) || !Object.hasOwn(context.steps, event.stepId)) return undefined;
  return context.steps[event.stepId];
}

/** Every field of a step, in the one order a step object is built in: a Record, so a field added to RunStep and not here fails to compile (a patch would drop it). */
const STEP_FIELD_ORDER: Record<keyof RunStep, true> = {
  status: true,
  attempts: true,
  taskIds: true,
  warnings: true,
  startedAt: true,
  endedAt: true,
  output: true,
  error: true,
  items: true,
  tolerated: true,
  skipReason: true,
  recovery: true,
  waitUntil: true,
  approved: true,
};
const STEP_FIELDS = Object.keys(STEP_FIELD_ORDER) as (keyof RunStep)[];

/**
 * `steps` with the step `stepId` changed by `patch`. The step is rebuilt field by field in one
 * fixed order: a spread (`{ ...step, ...patch }`) over the many patch shapes gave every step
 * object a hidden class of its own in a busy orchestrator (~250 bytes per run in flight).
 */
function patchStep(steps: Steps, stepId: string, patch: Partial<RunStep>): Steps {
  const step = steps[stepId];
  if (step === undefined) return steps;
  const next: Record<string, unknown> = {};
  for (const key of STEP_FIELDS) {
    const value = Object.hasOwn(patch, key) ? patch[key] : step[key];
    if (value !== undefined) next[key] = value;
  }
  return { ...steps, [stepId]: next as unknown as RunStep };
}

/** Applies a step event the guards accepted; other events leave `steps` as they are. */
export function applyStepEvent(steps: Steps, event: StepEvent): Steps {
  const step = steps[event.stepId];
  if (step === undefined) return steps;
  const { at } = event;
  switch (event.type) {
    case 'STEP_STARTED':
      if (step.status === 'running') {
        return patchStep(steps, event.stepId, { taskIds: [...step.taskIds, event.taskId], attempts: step.attempts + 1 });
      }
      return patchStep(steps, event.stepId, {
        status: 'running',
        startedAt: at,
        taskIds: [event.taskId],
        attempts: 1,
        ...(event.items === undefined ? {} : { items: { total: Math.max(1, Math.floor(event.items)), done: 0 } }),
      });
    case 'STEP_WAITING':
      return patchStep(steps, event.stepId, { status: 'waiting', startedAt: at, ...(event.until === undefined ? {} : { waitUntil: event.until }) });
    case 'STEP_SIGNALLED':
      return patchStep(steps, event.stepId, { status: 'succeeded', endedAt: at, output: event.output, approved: true });
    case 'ITEM_DONE':
      return step.items === undefined
        ? steps
        : patchStep(steps, event.stepId, { items: { ...step.items, done: step.items.done + 1 } });
    case 'STEP_SUCCEEDED':
      return patchStep(steps, event.stepId, {
        status: 'succeeded',
        endedAt: at,
        output: event.output,
        attempts: event.attempts ?? step.attempts,
        warnings: [...step.warnings, ...(event.warnings ?? [])],
      });
    case 'STEP_FAILED':
      return patchStep(steps, event.stepId, {
        status: 'failed',
        endedAt: at,
        error: event.error,
        tolerated: event.tolerated,
        ...(event.approved === undefined ? {} : { approved: event.approved }),
        attempts: event.attempts ?? step.attempts,
        warnings: [...step.warnings, ...(event.warnings ?? [])],
      });
    case 'STEP_SKIPPED':
      return patchStep(steps, event.stepId, { status: 'skipped', endedAt: at, skipReason: event.reason });
    case 'STEP_RECOVERED':
      return patchStep(steps, event.stepId, {
        status: event.strategy === 'skip' ? 'skipped' : 'recovered',
        endedAt: at,
        output: event.output,
        error: event.error,
        recovery: event.strategy,
        ...(event.approved === undefined ? {} : { approved: event.approved }),
        ...(event.strategy === 'skip' ? { skipReason: `failed, skipped by on_failure: ${event.error}` } : {}),
        attempts: event.attempts ?? step.attempts,
        warnings: [...step.warnings, ...(event.warnings ?? [])],
      });
  }
}

/**
 * `steps` as the run ends early (failed, cancelled, deadline): running (and waiting) steps
 * end as `running` says (`failed`, or `cancelled` when the run was cancelled)
 * with `why`, pending ones are skipped with `why`, so every step of a finished
 * run has a final status.
 */
export function closeOpenSteps(steps: Steps, at: number, why: string, running: 'failed' | 'cancelled' = 'failed'): Steps {
  const out: Record<string, RunStep> = {};
  for (const [id, step] of Object.entries(steps)) {
    if (step.status === 'running' || step.status === 'waiting') out[id] = { ...step, status: running, endedAt: at, error: why };
    else if (step.status === 'pending') out[id] = { ...step, status: 'skipped', endedAt: at, skipReason: why };
    else out[id] = step;
  }
  return out;
}

/** True when a step no longer blocks completion: succeeded, skipped, recovered, or failed with `continue_on: any`. */
export function isSettled(step: RunStep): boolean {
  return step.status === 'succeeded' || step.status === 'skipped' || step.status === 'recovered' || (step.status === 'failed' && step.tolerated === true);
}

/** Another item task of a running `for_each` step: room for it, and a task id not seen before. */
export function canAddItemTask(step: RunStep, taskId: string): boolean {
  return (
    step.status === 'running' &&
    step.items !== undefined &&
    step.taskIds.length < step.items.total &&
    !step.taskIds.includes(taskId)
  );
}

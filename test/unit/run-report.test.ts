// A run report: its `explanation`, the plain sentence for people (why a cancelled run was
// cancelled, the reason given and none invented; why a failed run failed, by its failed step's
// last failed attempt or as a whole; nothing for a run that completed), and a `workflow` step's child runs.
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { TaskAttempt } from '../../src/orchestrator/machines/task.machine.js';
import { runMachine, type RunEvent, type RunInput, type RunSnapshot } from '../../src/orchestrator/machines/run.machine.js';
import { Status } from '../../src/sdk/errors.js';
import { buildReport, reportFromRecord } from '../../src/orchestrator/workflow/engine/run-report.js';
import { runRecord } from '../helpers/store-fixtures.js';

const INPUT: RunInput = { runId: 'run-1', workflow: 'podcast', stepIds: ['voice', 'mix'], priority: 3, createdAt: 0 };

/** The run after START and `events` (each at the next millisecond). */
function runAfter(...events: ((at: number) => RunEvent)[]): RunSnapshot {
  const run = createActor(runMachine, { input: INPUT, clock: new SimulatedClock() }).start();
  run.send({ type: 'START', at: 1 });
  events.forEach((event, i) => run.send(event(i + 2)));
  return run.getSnapshot();
}
const started = (at: number, stepId = 'voice'): RunEvent => ({ type: 'STEP_STARTED', at, stepId, taskId: `${stepId}-t1` });
const stepFailed =
  (stepId: string, tolerated: boolean) =>
  (at: number): RunEvent => ({ type: 'STEP_FAILED', at, stepId, error: `${stepId} failed`, tolerated, attempts: 1 });
const failed =
  (error: string) =>
  (at: number): RunEvent => ({ type: 'FAIL', at, error });
const cancelled =
  (reason: string) =>
  (at: number): RunEvent => ({ type: 'CANCEL', at, reason });

const attempt = (n: number, capability: string, outcome: TaskAttempt['outcome'], code?: number, message?: string): TaskAttempt => ({
  attempt: n,
  instanceId: `i-${n}`,
  capability,
  startedAt: n,
  endedAt: n + 1,
  outcome,
  ...(code === undefined ? {} : { code }),
  ...(message === undefined ? {} : { message }),
});

const explanationOf = (report: unknown): unknown => (report as { explanation?: unknown }).explanation;
const noAttempts = (): TaskAttempt[] => [];

describe('the explanation in a run report', () => {
  it('says a cancelled run was cancelled, with the reason given', () => {
    const report = buildReport(runAfter(started, cancelled('no longer needed')), noAttempts, 'a'.repeat(32));
    expect(report).toMatchObject({ status: 'cancelled', cancelReason: 'no longer needed' });
    expect(explanationOf(report)).toBe('The run was cancelled: no longer needed.');
  });

  it('invents no reason for a cancel that gave none', () => {
    expect(explanationOf(buildReport(runAfter(started, cancelled('')), noAttempts, ''))).toBe('The run was cancelled.');
  });

  it('says a cancelled run stored without a reason (an older record) was cancelled, not that it failed', () => {
    const { cancelReason: _reason, ...context } = runAfter(started, cancelled('no longer needed')).context;
    const report = reportFromRecord(runRecord('run-1', { status: 'cancelled', run: { value: 'cancelled', context } }));
    expect(report).toMatchObject({ status: 'cancelled' });
    expect(report).not.toHaveProperty('cancelReason');
    expect(explanationOf(report)).toBe('The run was cancelled.');
  });

  it('explains a failed run by the last failed attempt of its failed step', () => {
    const attempts = [
      attempt(1, 'tts.synthesize', 'timed_out', Status.DEADLINE_EXCEEDED, 'deadline exceeded'),
      attempt(2, 'tts.synthesize', 'failed', Status.UNAVAILABLE, 'no active instance offers tts.synthesize'),
      attempt(3, 'tts.fallback', 'succeeded'),
    ];
    const snapshot = runAfter(started, stepFailed('voice', false), failed('step voice failed'));
    const report = buildReport(snapshot, (id) => (id === 'voice-t1' ? attempts : []), '');
    expect(explanationOf(report)).toBe("We couldn't synthesise the voice: no agent that can do it is running. Start one that offers tts.synthesize, then try again.");
  });

  it('passes over a failed step the workflow tolerates (continue_on: any) for the one that failed the run', () => {
    const attemptsOf = (id: string): TaskAttempt[] => [
      id === 'voice-t1' ? attempt(1, 'tts.synthesize', 'failed', Status.INVALID_ARGUMENT, 'bad voice') : attempt(1, 'audio.mix', 'failed', Status.NOT_FOUND, 'no such track'),
    ];
    const snapshot = runAfter(started, stepFailed('voice', true), (at) => started(at, 'mix'), stepFailed('mix', false), failed('step mix failed'));
    expect(explanationOf(buildReport(snapshot, attemptsOf, ''))).toBe(`We couldn't run "audio.mix" (step mix): no agent offers audio.mix. Start one that does, then try again.`);
  });

  it('explains a failed step that never ran an attempt by the step itself', () => {
    const snapshot = runAfter(started, stepFailed('voice', false), failed('step voice failed'));
    expect(explanationOf(buildReport(snapshot, noAttempts, ''))).toBe("We couldn't finish step voice: the agent ran into an error. Try again; if it keeps failing, look at the details.");
  });

  it('explains a run that ran out of time as a whole by its deadline', () => {
    const report = buildReport(runAfter(failed('deadline exceeded')), noAttempts, '');
    expect(report).toMatchObject({ status: 'failed', error: 'deadline exceeded' });
    expect(explanationOf(report)).toBe('The run took longer than its time limit. Try again, or give it more time (--timeout).');
  });

  it('explains a run that failed as a whole for another reason without blaming its deadline', () => {
    const report = buildReport(runAfter(failed('the run record could not be written')), noAttempts, '');
    expect(explanationOf(report)).toBe("We couldn't finish the run: the agent ran into an error. Try again; if it keeps failing, look at the details.");
  });

  it('gives a run that completed no explanation', () => {
    const succeeded =
      (stepId: string) =>
      (at: number): RunEvent => ({ type: 'STEP_SUCCEEDED', at, stepId, output: `${stepId}-out` });
    const snapshot = runAfter(started, succeeded('voice'), (at) => started(at, 'mix'), succeeded('mix'), (at) => ({ type: 'COMPLETE', at, output: 'mix-out', warnings: [] }));
    const report = buildReport(snapshot, noAttempts, '');
    expect(report).toMatchObject({ status: 'completed' });
    expect(report).not.toHaveProperty('explanation');
  });
});

describe('the steps in a run report', () => {
  it("lists a workflow step's child runs: each task's latest attempt that started one, in item order", () => {
    const child = (n: number, childRunId?: string): TaskAttempt => ({ ...attempt(n, 'workflow.run', 'failed'), ...(childRunId ? { childRunId } : {}) });
    const attempts: Record<string, TaskAttempt[]> = { 'item-1': [child(1, 'child-1a'), child(2, 'child-1b'), child(3)], 'item-2': [child(1, 'child-2a')], 'item-3': [child(1)] };
    const item = (taskId: string) => (at: number): RunEvent => ({ type: 'STEP_STARTED', at, stepId: 'voice', taskId, items: 3 });
    const snapshot = runAfter(item('item-1'), item('item-2'), item('item-3'));
    const report = buildReport(snapshot, (id) => attempts[id] ?? [], '') as { steps: { id: string; childRunIds?: string[] }[] };
    expect(report.steps.map((s) => [s.id, s.childRunIds])).toEqual([
      ['voice', ['child-1b', 'child-2a']],
      ['mix', undefined],
    ]);
  });
});

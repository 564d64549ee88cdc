import type { Json } from '../../../sdk/grpc/struct.js';
import { runReport, type RunSnapshot } from '../../machines/run.machine.js';
import type { TaskAttempt } from '../../machines/task.machine.js';
import type { RunRecord } from '../../store/run-record.js';

/** The attempts kept in a stored task snapshot (none when it has not run). */
export function attemptsOfStoredTask(snapshot: unknown): TaskAttempt[] | undefined {
  return (snapshot as { context?: { attempts?: TaskAttempt[] } } | undefined)?.context?.attempts;
}

/** A run's report: its steps, each with every task attempt, and its trace id. */
export function buildReport(snapshot: RunSnapshot, attemptsOf: (taskId: string) => readonly TaskAttempt[], traceId: string): Json {
  const base = runReport(snapshot);
  const steps = base.steps.map((step) => ({ ...step, tasks: step.taskIds.map((id) => ({ taskId: id, attempts: attemptsOf(id) })) }));
  return JSON.parse(JSON.stringify({ ...base, traceId, steps })) as Json;
}

/** The report of a run known only from its stored record (finished, or owned elsewhere). */
export function reportFromRecord(record: RunRecord): Json {
  return buildReport(record.run as RunSnapshot, (taskId) => attemptsOfStoredTask(record.tasks[taskId]) ?? [], record.traceId ?? '');
}

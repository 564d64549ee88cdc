import type { Json } from '../../../sdk/grpc/struct.js';
import { type RunSnapshot } from '../../machines/run.machine.js';
import type { TaskAttempt } from '../../machines/task.machine.js';
import type { RunParent, RunRecord, RunReplay } from '../../store/run-record.js';
/** The attempts kept in a stored task snapshot (none when it has not run). */
export declare function attemptsOfStoredTask(snapshot: unknown): TaskAttempt[] | undefined;
/**
 * A run's report: its steps, each with every task attempt, and its trace id; a run
 * that failed or was cancelled also gets `explanation`, a plain sentence for people
 * (`error` keeps the technical message).
 */
export declare function buildReport(snapshot: RunSnapshot, attemptsOf: (taskId: string) => readonly TaskAttempt[], traceId: string, parent?: RunParent, replay?: RunReplay): Json;
/** The report of a run known only from its stored record (finished, or owned elsewhere). */
export declare function reportFromRecord(record: RunRecord): Json;

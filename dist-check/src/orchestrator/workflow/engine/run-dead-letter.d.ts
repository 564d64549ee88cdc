import type { Logger } from 'pino';
import type { Json } from '../../../sdk/grpc/struct.js';
import type { TaskAttempt, TaskOutcome } from '../../machines/task.machine.js';
import type { DeadLetterRecord, DeadLetterStore } from '../../scheduler/index.js';
import type { RunEventLog } from './run-event-log.js';
/** A task that exhausted its policy, and where it belongs. */
export interface DeadTask {
    runId: string;
    stepId: string;
    outcome: TaskOutcome;
    input: Json;
    attempts: readonly TaskAttempt[];
}
/**
 * Records a task that exhausted its retries and fallback as a dead letter: logged
 * in the run's event log first (so it precedes the run's final event), then stored.
 * A failed store write is logged, never thrown: the run goes on.
 */
export declare function deadLetter(task: DeadTask, to: {
    store: DeadLetterStore;
    log: RunEventLog;
    logger: Logger;
    escalate?: ((record: DeadLetterRecord) => Promise<void>) | undefined;
}): Promise<void>;

import type { ReplayMode as _troupe_v1_ReplayMode, ReplayMode__Output as _troupe_v1_ReplayMode__Output } from '../../troupe/v1/ReplayMode.js';
/**
 * Request of OrchestratorService.ReplayDeadLetter.
 */
export interface ReplayDeadLetterRequest {
    /**
     * The dead-lettered task's id (see ListDeadLetters).
     */
    'taskId'?: (string);
    /**
     * What to re-run; unspecified means the step.
     */
    'mode'?: (_troupe_v1_ReplayMode);
}
/**
 * Request of OrchestratorService.ReplayDeadLetter.
 */
export interface ReplayDeadLetterRequest__Output {
    /**
     * The dead-lettered task's id (see ListDeadLetters).
     */
    'taskId': (string);
    /**
     * What to re-run; unspecified means the step.
     */
    'mode': (_troupe_v1_ReplayMode__Output);
}

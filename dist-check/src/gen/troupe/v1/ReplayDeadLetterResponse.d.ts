import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value.js';
/**
 * Response of OrchestratorService.ReplayDeadLetter.
 */
export interface ReplayDeadLetterResponse {
    /**
     * REPLAY_MODE_STEP: the new task's id.
     */
    'taskId'?: (string);
    /**
     * REPLAY_MODE_STEP: the agent's output.
     */
    'output'?: (_google_protobuf_Value | null);
    /**
     * REPLAY_MODE_RUN and REPLAY_MODE_FROM_STEP: the new run's id.
     */
    'runId'?: (string);
    /**
     * REPLAY_MODE_FROM_STEP: the original run's steps the new run reused (completed with their outputs, not run again).
     */
    'reusedStepIds'?: (string)[];
    /**
     * REPLAY_MODE_FROM_STEP: the step the new run starts from (the one that failed).
     */
    'fromStepId'?: (string);
}
/**
 * Response of OrchestratorService.ReplayDeadLetter.
 */
export interface ReplayDeadLetterResponse__Output {
    /**
     * REPLAY_MODE_STEP: the new task's id.
     */
    'taskId': (string);
    /**
     * REPLAY_MODE_STEP: the agent's output.
     */
    'output': (_google_protobuf_Value__Output | null);
    /**
     * REPLAY_MODE_RUN and REPLAY_MODE_FROM_STEP: the new run's id.
     */
    'runId': (string);
    /**
     * REPLAY_MODE_FROM_STEP: the original run's steps the new run reused (completed with their outputs, not run again).
     */
    'reusedStepIds': (string)[];
    /**
     * REPLAY_MODE_FROM_STEP: the step the new run starts from (the one that failed).
     */
    'fromStepId': (string);
}

/**
 * How ReplayDeadLetter re-drives a dead letter.
 */
export declare const ReplayMode: {
    /**
     * Treated as REPLAY_MODE_STEP.
     */
    readonly REPLAY_MODE_UNSPECIFIED: "REPLAY_MODE_UNSPECIFIED";
    /**
     * Re-run the failed task alone (its capability with its input); the run it belonged to is not changed.
     */
    readonly REPLAY_MODE_STEP: "REPLAY_MODE_STEP";
    /**
     * Start a new run of the dead letter's workflow with its run's input (every step runs again).
     */
    readonly REPLAY_MODE_RUN: "REPLAY_MODE_RUN";
    /**
     * Start a new run of the same workflow version with its run's input from the failed step: the
     * steps of the original run that succeeded and do not depend on the failed step complete at once
     * with their original outputs (no task); the failed step and everything downstream run again.
     */
    readonly REPLAY_MODE_FROM_STEP: "REPLAY_MODE_FROM_STEP";
};
/**
 * How ReplayDeadLetter re-drives a dead letter.
 */
export type ReplayMode = 
/**
 * Treated as REPLAY_MODE_STEP.
 */
'REPLAY_MODE_UNSPECIFIED' | 0
/**
 * Re-run the failed task alone (its capability with its input); the run it belonged to is not changed.
 */
 | 'REPLAY_MODE_STEP' | 1
/**
 * Start a new run of the dead letter's workflow with its run's input (every step runs again).
 */
 | 'REPLAY_MODE_RUN' | 2
/**
 * Start a new run of the same workflow version with its run's input from the failed step: the
 * steps of the original run that succeeded and do not depend on the failed step complete at once
 * with their original outputs (no task); the failed step and everything downstream run again.
 */
 | 'REPLAY_MODE_FROM_STEP' | 3;
/**
 * How ReplayDeadLetter re-drives a dead letter.
 */
export type ReplayMode__Output = typeof ReplayMode[keyof typeof ReplayMode];

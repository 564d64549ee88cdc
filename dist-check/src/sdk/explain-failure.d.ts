/** What went wrong, as the run report knows it. */
export interface FailureFacts {
    /** The step that failed, if a step did. */
    readonly stepId?: string;
    /** The capability of its last attempt (a fallback's when one took over). */
    readonly capability?: string;
    /** gRPC status of its last failed attempt. */
    readonly code?: number;
    /** The technical message. */
    readonly message?: string;
    /** Set when the run was cancelled: the reason given. */
    readonly cancelReason?: string;
    /** The run ran out of time as a whole. */
    readonly runDeadline?: boolean;
}
/** The activity a capability stands for: "synthesise the voice", or `run "x.y"` for one we do not know. */
export declare function activityOf(capability: string | undefined, stepId?: string): string;
/**
 * A short, plain explanation of why a run did not complete, for the people who
 * started it (seed 002 §8: "an informative error, not a cryptic one"); the technical
 * message stays in the report's `error`.
 *
 * @example explainFailure({ stepId: 'forge', capability: 'tts.synthesize', code: 14, message: 'no active instance offers tts.synthesize' })
 * // "We couldn't synthesise the voice: no agent that can do it is running. Start one that offers tts.synthesize, then try again."
 */
export declare function explainFailure(facts: FailureFacts): string;

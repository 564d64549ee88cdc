import { Status } from './errors.js';
/** What a capability does, for people; the bundled agents' are known, others are named. */
const ACTIVITIES = [
    [/^tts\./, 'synthesise the voice'],
    [/^web\.harvest/, 'gather the web pages'],
    [/^script\./, 'write the script'],
    [/^topics\./, 'find topics'],
    [/^snippet\./, 'write the snippets'],
    [/^ui\./, 'compose the page'],
];
/** The activity a capability stands for: "synthesise the voice", or `run "x.y"` for one we do not know. */
export function activityOf(capability, stepId) {
    const known = capability === undefined ? undefined : ACTIVITIES.find(([pattern]) => pattern.test(capability))?.[1];
    if (known)
        return known;
    if (capability)
        return `run "${capability}"${stepId ? ` (step ${stepId})` : ''}`;
    return stepId ? `finish step ${stepId}` : 'finish the run';
}
/** Why, and what to do, by status code. */
function reasonOf(facts) {
    const message = facts.message ?? '';
    switch (facts.code) {
        case Status.UNAVAILABLE:
            return /no (active )?instance|no agent/i.test(message)
                ? `no agent that can do it is running. Start one that offers ${facts.capability ?? 'it'}, then try again.`
                : 'the agent doing it could not be reached. Try again in a moment.';
        case Status.NOT_FOUND:
            return `no agent offers ${facts.capability ?? 'it'}. Start one that does, then try again.`;
        case Status.DEADLINE_EXCEEDED:
            return 'it took too long. Try again, or give the step more time (timeout_ms).';
        case Status.RESOURCE_EXHAUSTED:
            return 'the system is too busy right now. Try again in a moment.';
        case Status.INVALID_ARGUMENT:
            return 'the agent did not accept what it was given. Check the run input.';
        case Status.FAILED_PRECONDITION:
            return 'the workflow asks the agent for something it cannot do. Check the workflow definition.';
        case Status.CANCELLED:
            return 'it was cancelled.';
        default:
            return 'the agent ran into an error. Try again; if it keeps failing, look at the details.';
    }
}
/**
 * A short, plain explanation of why a run did not complete, for the people who
 * started it (seed 002 §8: "an informative error, not a cryptic one"); the technical
 * message stays in the report's `error`.
 *
 * @example explainFailure({ stepId: 'forge', capability: 'tts.synthesize', code: 14, message: 'no active instance offers tts.synthesize' })
 * // "We couldn't synthesise the voice: no agent that can do it is running. Start one that offers tts.synthesize, then try again."
 */
export function explainFailure(facts) {
    if (facts.cancelReason !== undefined)
        return `The run was cancelled${facts.cancelReason ? `: ${facts.cancelReason}` : ''}.`;
    if (facts.runDeadline && facts.stepId === undefined)
        return 'The run took longer than its time limit. Try again, or give it more time (--timeout).';
    return `We couldn't ${activityOf(facts.capability, facts.stepId)}: ${reasonOf(facts)}`;
}
//# sourceMappingURL=explain-failure.js.map
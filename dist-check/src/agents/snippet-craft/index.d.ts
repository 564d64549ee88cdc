import { TroupeError, type AgentDefinition } from '../../sdk/index.js';
/** Options of {@link createSnippetCraft}. */
export interface SnippetCraftOptions {
    /**
     * For tests of partial failure: every n-th task of this agent instance fails with
     * INTERNAL (not retryable), after validating its input. 0 never fails.
     * @default `TROUPE_SNIPPET_FAIL_EVERY`, else 0
     */
    failEvery?: number;
    /** Environment consulted for the default above, when the first task runs. @default process.env */
    env?: Readonly<Record<string, string | undefined>>;
}
/** The error of a task failed on purpose by `failEvery`. */
export declare class SimulatedFailureError extends TroupeError {
    readonly name = "SimulatedFailureError";
    constructor(call: number, every: number);
}
/**
 * Builds the snippet-craft agent: `snippet.craft` turns a topic into a headline, a
 * blurb of at most 280 characters and a few tags, deterministically.
 *
 * @example
 * const flaky = createSnippetCraft({ failEvery: 3 }); // every third call fails
 */
export declare function createSnippetCraft(options?: SnippetCraftOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;

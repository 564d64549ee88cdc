import { defineAgent, FailedPreconditionError, Status, TroupeError } from '../../sdk/index.js';
import { craftSnippet } from './craft.js';
import { parseSnippetInput } from './input.js';
/** The error of a task failed on purpose by `failEvery`. */
export class SimulatedFailureError extends TroupeError {
    name = 'SimulatedFailureError';
    constructor(call, every) {
        super(Status.INTERNAL, `simulated failure of call ${call} (failEvery=${every})`, { retryable: false, context: { call, every } });
    }
}
/**
 * Builds the snippet-craft agent: `snippet.craft` turns a topic into a headline, a
 * blurb of at most 280 characters and a few tags, deterministically.
 *
 * @example
 * const flaky = createSnippetCraft({ failEvery: 3 }); // every third call fails
 */
export function createSnippetCraft(options = {}) {
    if (options.failEvery !== undefined)
        checkFailEvery(options.failEvery, 'failEvery');
    // The environment is read on the first task, not here: the module's default export
    // calls this factory at import time.
    let failEvery = options.failEvery;
    const failEveryOnce = () => {
        if (failEvery === undefined) {
            const raw = (options.env ?? process.env).TROUPE_SNIPPET_FAIL_EVERY?.trim();
            failEvery = raw ? checkFailEvery(Number(raw), 'TROUPE_SNIPPET_FAIL_EVERY', FailedPreconditionError) : 0;
        }
        return failEvery;
    };
    let calls = 0;
    return defineAgent({
        name: 'snippet-craft',
        version: '1.0.0',
        description: 'Headline, blurb (≤ 280 characters) and tags for a topic',
        maxConcurrency: 64,
        capabilities: [{ name: 'snippet.craft', description: 'Snippet of {topic: {title, summary, url}}: {headline, blurb, tags, url}' }],
        handlers: {
            'snippet.craft': (input, ctx) => {
                const topic = parseSnippetInput(input);
                const every = failEveryOnce();
                const call = ++calls;
                if (every > 0 && call % every === 0) {
                    ctx.logger.warn({ call, every }, 'simulated failure');
                    throw new SimulatedFailureError(call, every);
                }
                const snippet = craftSnippet(topic);
                ctx.logger.debug({ tags: snippet.tags.length, blurb_chars: snippet.blurb.length }, 'snippet crafted');
                return { ...snippet, tags: [...snippet.tags] };
            },
        },
    });
}
function checkFailEvery(value, name, ErrorType = RangeError) {
    if (!Number.isInteger(value) || value < 0)
        throw new ErrorType(`${name} must be a non-negative integer; got ${value}`);
    return value;
}
export default createSnippetCraft();
//# sourceMappingURL=index.js.map
import { defineAgent, taskResult } from '../../sdk/index.js';
import { composePage } from './compose.js';
import { parseComposeInput } from './input.js';
/**
 * Builds the ui-composer agent: `ui.compose` lays out snippets as a landing-page UI
 * definition (schema in `./schema.ts`, documented in `docs/ui-definition.md`), with a
 * notice when some snippets failed upstream. No usable snippet is INVALID_ARGUMENT.
 *
 * @example
 * await runAgent(createUiComposer());
 */
export function createUiComposer(_options = {}) {
    return defineAgent({
        name: 'ui-composer',
        version: '1.0.0',
        description: 'Landing-page UI definition (JSON, schema version 1) from snippets',
        maxConcurrency: 64,
        capabilities: [
            {
                name: 'ui.compose',
                description: 'Page of {title?, snippets, warnings?, expected?}: {version: 1, kind: "landing-page", title, sections}',
                outputTypes: ['application/json'],
            },
        ],
        handlers: {
            'ui.compose': (input, ctx) => {
                const request = parseComposeInput(input);
                const page = composePage(request);
                ctx.logger.info({ cards: request.snippets.length, missing: request.missing }, 'page composed');
                return taskResult({
                    output: page, // plain data: strings, numbers, arrays, objects
                    warnings: request.missing > 0 ? [`${request.missing} of ${request.expected} snippets missing`] : [],
                    metrics: { cards: request.snippets.length, missing: request.missing },
                });
            },
        },
    });
}
export default createUiComposer();
//# sourceMappingURL=index.js.map
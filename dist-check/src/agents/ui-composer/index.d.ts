import { type AgentDefinition } from '../../sdk/index.js';
/** Options of {@link createUiComposer}. None yet; the factory keeps the shape of the other agents. */
export type UiComposerOptions = Record<string, never>;
/**
 * Builds the ui-composer agent: `ui.compose` lays out snippets as a landing-page UI
 * definition (schema in `./schema.ts`, documented in `docs/ui-definition.md`), with a
 * notice when some snippets failed upstream. No usable snippet is INVALID_ARGUMENT.
 *
 * @example
 * await runAgent(createUiComposer());
 */
export declare function createUiComposer(_options?: UiComposerOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;

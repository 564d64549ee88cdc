import type { ComposeRequest } from './input.js';
import { type UiDefinition } from './schema.js';
/** The page title when the input has none. */
export declare const DEFAULT_TITLE = "Latest stories";
/**
 * Lays out a landing page: a hero, then a warning notice when snippets are missing or
 * the input carries warnings, then one card per usable snippet (grid from three cards,
 * else list). Texts are cut to the schema's limits; the result is validated against
 * `uiDefinitionSchema` before it is returned. Pure: same input, same page.
 */
export declare function composePage(request: ComposeRequest): UiDefinition;

import { type DefinitionLimits } from './limits.js';
/**
 * Reads a definition written as JSON or YAML (JSON is read as the YAML 1.2 subset it
 * is) into plain data, ready for {@link validateDefinition}. Throws DefinitionError
 * naming the line and column of a syntax error, duplicate keys included.
 * Size and nesting are checked first against `limits` (DefinitionTooLargeError,
 * RESOURCE_EXHAUSTED, for size; DefinitionError for depth), so the recursive parts
 * never see a hostile text.
 *
 * @example parseDefinitionText('name: hello\nsteps:\n  - { id: say, capability: echo.say }')
 */
export declare function parseDefinitionText(text: string, limits?: DefinitionLimits): unknown;

import { DefinitionError } from './errors.js';
import { parseDefinitionText } from './parse-text.js';
import { validateDefinition } from './validate.js';
/**
 * Parses (when given text), validates and compiles a definition in one go, as
 * RegisterWorkflow does. Throws DefinitionError (INVALID_ARGUMENT) listing every problem.
 *
 * @example const workflow = loadDefinition(yamlText, { knownCapabilities });
 */
export function loadDefinition(source, options = {}) {
    const raw = typeof source === 'string' ? parseDefinitionText(source, options.limits) : source;
    const result = validateDefinition(raw, options);
    if (result.ok)
        return result.definition;
    const name = raw?.name;
    throw new DefinitionError(result.problems, typeof name === 'string' ? name : undefined);
}
//# sourceMappingURL=load.js.map
import type { CompiledWorkflow } from './compile.js';
import { DefinitionError } from './errors.js';
import { parseDefinitionText } from './parse-text.js';
import { validateDefinition, type ValidateOptions } from './validate.js';

/**
 * Parses (when given text), validates and compiles a definition in one go, as
 * RegisterWorkflow does. Throws DefinitionError (INVALID_ARGUMENT) listing every problem.
 *
 * @example const workflow = loadDefinition(yamlText, { knownCapabilities });
 */
export function loadDefinition(source: string | object, options: ValidateOptions = {}): CompiledWorkflow {
  const raw = typeof source === 'string' ? parseDefinitionText(source, options.limits) : source;
  const result = validateDefinition(raw, options);
  if (result.ok) return result.definition;
  const name = (raw as { name?: unknown } | null)?.name;
  throw new DefinitionError(result.problems, typeof name === 'string' ? name : undefined);
}

import type { CompiledWorkflow } from './compile.js';
import { type ValidateOptions } from './validate.js';
/**
 * Parses (when given text), validates and compiles a definition in one go, as
 * RegisterWorkflow does. Throws DefinitionError (INVALID_ARGUMENT) listing every problem.
 *
 * @example const workflow = loadDefinition(yamlText, { knownCapabilities });
 */
export declare function loadDefinition(source: string | object, options?: ValidateOptions): CompiledWorkflow;

import { type CompiledWorkflow } from './compile.js';
import { type DefinitionLimits } from './limits.js';
/** Options of {@link validateDefinition}. */
export interface ValidateOptions {
    /** Capabilities that exist; when given, a step naming another one is refused. */
    readonly knownCapabilities?: ReadonlySet<string>;
    /**
     * Whether a capability streams its output, as the registry has seen it; undefined
     * when unknown. When given, a step whose `stream` does not match is refused (it
     * would fail every run).
     */
    readonly streaming?: (capability: string) => boolean | undefined;
    /** Depth and step-count limits (size is checked on the text). @default DEFAULT_DEFINITION_LIMITS */
    readonly limits?: DefinitionLimits;
}
/** The outcome of {@link validateDefinition}: the compiled workflow, or every problem found. */
export type ValidationResult = {
    ok: true;
    definition: CompiledWorkflow;
} | {
    ok: false;
    problems: string[];
};
/**
 * Validates a workflow definition (plain data, e.g. from {@link parseDefinitionText})
 * and compiles it. Lists EVERY problem found, each naming where:
 * shape and unknown keys, numeric ranges, duplicate ids, unknown dependencies,
 * cycles (`cycle: a → b → a`), bad expressions, references to steps that are not
 * dependencies, `item`/`index` outside for_each, unknown capabilities.
 *
 * @example
 * const result = validateDefinition(parseDefinitionText(text), { knownCapabilities: new Set(['web.harvest']) });
 * if (!result.ok) throw new DefinitionError(result.problems);
 */
export declare function validateDefinition(raw: unknown, options?: ValidateOptions): ValidationResult;

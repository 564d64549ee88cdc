/** Largest schema accepted (JSON text): it comes from an agent's descriptor, and a contract is small. */
export declare const MAX_OUTPUT_SCHEMA_CHARS: number;
/** Why the schema (JSON text) cannot be used, or undefined when it can. */
export declare function outputSchemaProblem(json: string): string | undefined;
/** `["segments", 1, "text"]` → `$.segments[1].text`. */
export declare function jsonPath(path: readonly PropertyKey[]): string;
/**
 * What is wrong with `output` against the schema (JSON text): up to three problems,
 * each with its JSON path, e.g. `$.segments[1].text: Invalid input: expected string,
 * received number`; undefined when it matches.
 */
export declare function outputViolation(json: string, output: unknown): string | undefined;

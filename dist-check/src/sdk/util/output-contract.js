/**
 * Output contracts: a capability's declared JSON Schema for its result's output
 * (`Capability.output_schema`), read with zod's `fromJSONSchema` (zod is already a
 * dependency). The SDK checks a schema when an agent is defined; the orchestrator
 * checks every result of a capability that declares one.
 */
import { z } from 'zod';
/** Compiled schemas by JSON text: instances of one agent share theirs. Bounded: schemas are few. */
const compiled = new Map();
const MAX_COMPILED = 256;
/** Largest schema accepted (JSON text): it comes from an agent's descriptor, and a contract is small. */
export const MAX_OUTPUT_SCHEMA_CHARS = 64 * 1024;
function compile(json) {
    let checker = compiled.get(json);
    if (checker)
        return checker;
    try {
        if (json.length > MAX_OUTPUT_SCHEMA_CHARS)
            throw new Error(`${json.length} characters, over the ${MAX_OUTPUT_SCHEMA_CHARS} allowed`);
        const parsed = JSON.parse(json);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('a JSON Schema is an object');
        checker = { ok: true, schema: z.fromJSONSchema(parsed) };
    }
    catch (err) {
        checker = { ok: false, problem: `not a usable JSON Schema: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (compiled.size >= MAX_COMPILED)
        compiled.delete(compiled.keys().next().value ?? '');
    compiled.set(json, checker);
    return checker;
}
/** Why the schema (JSON text) cannot be used, or undefined when it can. */
export function outputSchemaProblem(json) {
    const checker = compile(json);
    return checker.ok ? undefined : checker.problem;
}
/** `["segments", 1, "text"]` → `$.segments[1].text`. */
export function jsonPath(path) {
    return path.reduce((out, key) => (typeof key === 'number' ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${out}.${String(key)}` : `${out}[${JSON.stringify(String(key))}]`), '$');
}
/**
 * What is wrong with `output` against the schema (JSON text): up to three problems,
 * each with its JSON path, e.g. `$.segments[1].text: Invalid input: expected string,
 * received number`; undefined when it matches.
 */
export function outputViolation(json, output) {
    const checker = compile(json);
    if (!checker.ok)
        return `the declared output schema is ${checker.problem}`;
    const result = checker.schema.safeParse(output);
    if (result.success)
        return undefined;
    const issues = result.error.issues;
    const shown = issues.slice(0, 3).map((i) => `${jsonPath(i.path)}: ${i.message}`);
    return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}
//# sourceMappingURL=output-contract.js.map
import { ExpressionError } from './errors.js';
import type { Expression, ExpressionScope, Json } from './expression-ast.js';
/** A JSON template compiled once and evaluated per task. */
export interface CompiledTemplate {
    /** Builds the value for a scope: `"${expr}"` strings take the expression's value, others are interpolated. */
    evaluate(scope: ExpressionScope): Json;
    /** Ids of the steps the template reads through `steps.<id>`. */
    readonly steps: Set<string>;
    /** Root names the template reads (`input`, `steps`, `run`, `item`, `index`, or unknown ones). */
    readonly names: ReadonlySet<string>;
    /** True when the template holds no expression at all. */
    readonly isConstant: boolean;
}
/** A template's expressions and parse errors, each with its path inside the template (`.topic`, `[0]`). @internal */
export interface TemplateAnalysis {
    readonly template: CompiledTemplate;
    readonly expressions: {
        path: string;
        expression: Expression;
    }[];
    readonly errors: {
        path: string;
        error: ExpressionError;
    }[];
    /** True when the whole template is one `"${expr}"` string. */
    readonly exact: boolean;
}
/**
 * Compiles a JSON value whose strings may hold `${expr}`. A string that is exactly one
 * `${expr}` takes the expression's value with its type; a string with embedded
 * expressions is text (null → '', lists and objects → JSON). Write `$${` for a literal `${`.
 * Throws the first ExpressionError.
 *
 * @example
 * const t = compileTemplate({ topic: '${input.topic}', title: 'About ${input.topic}' });
 * t.evaluate({ input: { topic: 'whales' } }); // → { topic: 'whales', title: 'About whales' }
 */
export declare function compileTemplate(json: Json): CompiledTemplate;
/** Compiles a template collecting every parse error instead of throwing. @internal */
export declare function analyzeTemplate(json: Json): TemplateAnalysis;

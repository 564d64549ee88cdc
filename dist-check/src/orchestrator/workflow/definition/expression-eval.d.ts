import type { Expression, ExpressionScope, Json } from './expression-ast.js';
/**
 * Evaluates a parsed expression against a scope. Missing names, fields and indexes
 * are null, never an error; a type error (`[1] + 2`, `lower(3)`) throws ExpressionError.
 *
 * @example evaluate(parseExpression("default(input.pages, 3) > 2"), { input: {} }) // → true
 */
export declare function evaluate(expression: Expression, scope: ExpressionScope): Json;
/** Truthiness used by `!`, `&&`, `||` and `when`: null, false, 0, NaN and '' are false. */
export declare function isTruthy(value: Json): boolean;
/** How a value reads inside text: strings as they are, null as '', the rest as JSON. */
export declare function textOf(value: Json): string;
/** Structural equality of two JSON values. */
export declare function jsonEquals(a: Json, b: Json): boolean;

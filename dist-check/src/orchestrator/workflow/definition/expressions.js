/**
 * The workflow expression language — small and safe: a hand-written tokenizer and
 * recursive-descent parser, no `eval`.
 *
 * - literals: numbers, `'text'` and `"text"`, `true`, `false`, `null`
 * - paths: `input.topic`, `steps.harvest.output.items[0]`, `item`, `index`, `run.id`
 *   (a missing name, field or index is null, never an error; `items.0` is `items[0]`;
 *   hyphens are allowed in field names: `steps.my-step.output`)
 * - operators, loosest first: `||`, `&&`, `==` `!=` (structural), `<` `<=` `>` `>=`,
 *   `+` (numbers, or text when either side is a string), `!`; parentheses group
 * - functions: `length(x)`, `exists(x)`, `lower(s)`, `upper(s)`, `join(list, sep)`, `default(x, fallback)`
 *
 * @packageDocumentation
 */
export { parseExpression } from './expression-parser.js';
export { evaluate, isTruthy, jsonEquals, textOf } from './expression-eval.js';
export { referencedSteps } from './expression-refs.js';
export { compileTemplate } from './template.js';
//# sourceMappingURL=expressions.js.map
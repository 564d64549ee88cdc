import { type Expression } from './expression-ast.js';
/**
 * How deep an expression tree may be: `((a))`, `!!a`, `a.b.c` and `a + b + c` each
 * count a level per step. Evaluating walks the tree recursively, so an unbounded
 * one (a `${((((…` of 10,000 parentheses) overflowed the stack.
 */
export declare const MAX_EXPRESSION_DEPTH = 64;
/**
 * Parses an expression (the text between `${` and `}`) into a tree.
 * Throws ExpressionError naming the column of the first problem.
 *
 * @example parseExpression("length(steps.weave.output.segments) > 0")
 */
export declare function parseExpression(source: string): Expression;

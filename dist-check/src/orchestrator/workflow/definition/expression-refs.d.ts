import type { Expression } from './expression-ast.js';
/** What an expression reads: its root names and the steps it reaches through `steps.<id>`. @internal */
export interface ExpressionRefs {
    /** Root names used (`input`, `steps`, `item`, …), each with the offset of its first use. */
    readonly names: Map<string, number>;
    /** Step ids read through `steps.<id>` or `steps['<id>']`. */
    readonly steps: Set<string>;
    /** Offset of a `steps` not followed by a literal step id (`steps[x]`, bare `steps`), if any. */
    dynamicSteps: number | undefined;
}
/** Walks an expression collecting what it reads. @internal */
export declare function expressionRefs(expression: Expression, into?: ExpressionRefs): ExpressionRefs;
/**
 * Ids of the steps an expression reads through `steps.<id>`.
 *
 * @example referencedSteps(parseExpression("steps.a.output + steps['b'].output")) // → Set { 'a', 'b' }
 */
export declare function referencedSteps(expression: Expression): Set<string>;

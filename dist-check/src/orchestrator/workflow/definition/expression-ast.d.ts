/** Any JSON value: what step inputs, outputs and expression results are made of. */
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
/** Names an expression may start a path with. */
export declare const ROOT_NAMES: readonly ["input", "steps", "run", "item", "index"];
/** The built-in functions and how many arguments each takes. */
export declare const FUNCTIONS: {
    readonly length: 1;
    readonly exists: 1;
    readonly lower: 1;
    readonly upper: 1;
    readonly join: 2;
    readonly default: 2;
};
/** Name of a built-in function. */
export type FunctionName = keyof typeof FUNCTIONS;
/** A binary operator. */
export type BinaryOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||' | '+';
/** One node of a parsed expression; `pos` is the 0-based offset in the source. */
export type ExprNode = {
    readonly kind: 'literal';
    readonly value: Json;
    readonly pos: number;
} | {
    readonly kind: 'name';
    readonly name: string;
    readonly pos: number;
} | {
    readonly kind: 'member';
    readonly object: ExprNode;
    readonly property: string;
    readonly pos: number;
} | {
    readonly kind: 'index';
    readonly object: ExprNode;
    readonly index: ExprNode;
    readonly pos: number;
} | {
    readonly kind: 'not';
    readonly operand: ExprNode;
    readonly pos: number;
} | {
    readonly kind: 'binary';
    readonly op: BinaryOp;
    readonly left: ExprNode;
    readonly right: ExprNode;
    readonly pos: number;
} | {
    readonly kind: 'call';
    readonly fn: FunctionName;
    readonly args: readonly ExprNode[];
    readonly pos: number;
};
/** A parsed expression: its tree and the text it came from (for error messages). */
export interface Expression {
    readonly source: string;
    readonly root: ExprNode;
}
/**
 * What an expression can see. `input` is the run input, `steps.<id>` is
 * `{ output, status }` of an earlier step, `run` is `{ id, workflow }`, and
 * `item`/`index` are the current element of a for_each fan-out.
 * A name that is absent evaluates to null.
 */
export type ExpressionScope = Readonly<Record<string, Json | undefined>>;

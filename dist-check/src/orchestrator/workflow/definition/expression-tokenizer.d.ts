/** A token of the expression language. @internal */
export type Token = {
    readonly type: 'number';
    readonly value: number;
    readonly text: string;
    readonly pos: number;
} | {
    readonly type: 'string';
    readonly value: string;
    readonly text: string;
    readonly pos: number;
} | {
    readonly type: 'ident';
    readonly text: string;
    readonly pos: number;
} | {
    readonly type: 'punct';
    readonly text: string;
    readonly pos: number;
} | {
    readonly type: 'eof';
    readonly text: '';
    readonly pos: number;
};
/** Splits an expression into tokens; throws ExpressionError at the first bad character. @internal */
export declare function tokenize(source: string): Token[];

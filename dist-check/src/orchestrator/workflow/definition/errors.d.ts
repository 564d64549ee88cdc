import { TroupeError } from '../../../sdk/errors.js';
/** At most this many problems are listed in one DefinitionError; the rest are counted. */
export declare const MAX_LISTED_PROBLEMS = 20;
/** Longest single problem in a DefinitionError. */
export declare const MAX_PROBLEM_CHARS = 300;
/** `problems` as the bulleted lines of a message: at most MAX_LISTED_PROBLEMS, each at most MAX_PROBLEM_CHARS. @internal */
export declare function listProblems(problems: readonly string[]): string;
/**
 * A workflow expression that does not parse, or that fails while it is evaluated
 * (adding a list to a number, say). The message shows where:
 * `unexpected ')' at column 14 in "length(items))"`.
 */
export declare class ExpressionError extends TroupeError {
    readonly name = "ExpressionError";
    /** The expression text (what sits between `${` and `}`). */
    readonly source: string;
    /** 1-based column in `source` where the problem was found. */
    readonly column: number;
    /** The problem alone, without position (e.g. `unexpected ')'`). */
    readonly detail: string;
    constructor(detail: string, source: string, offset: number, hint?: string);
    /** True for an ExpressionError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is ExpressionError;
}
/**
 * A workflow definition that cannot be registered. `problems` lists every problem
 * found, each naming where (`steps[2].depends_on: unknown step "wave"`).
 */
export declare class DefinitionError extends TroupeError {
    readonly name = "DefinitionError";
    readonly problems: readonly string[];
    constructor(problems: readonly string[], workflow?: string);
    /** True for a DefinitionError, even one from another copy of this module. */
    static is(this: void, err: unknown): err is DefinitionError;
}

import { boundText, Status, TroupeError } from '../../../sdk/errors.js';
/** Longest excerpt of an expression or a problem quoted in a message. */
const MAX_QUOTE_CHARS = 120;
/** At most this many problems are listed in one DefinitionError; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;
/** Longest single problem in a DefinitionError. */
export const MAX_PROBLEM_CHARS = 300;
/** Up to `MAX_QUOTE_CHARS` of `source` around `column` (1-based), marked with … where cut. */
function excerpt(source, column) {
    if (source.length <= MAX_QUOTE_CHARS)
        return source;
    const start = Math.max(0, Math.min(column - 1 - MAX_QUOTE_CHARS / 2, source.length - MAX_QUOTE_CHARS));
    return `${start > 0 ? '…' : ''}${source.slice(start, start + MAX_QUOTE_CHARS)}${start + MAX_QUOTE_CHARS < source.length ? '…' : ''}`;
}
/** `problems` as the bulleted lines of a message: at most MAX_LISTED_PROBLEMS, each at most MAX_PROBLEM_CHARS. @internal */
export function listProblems(problems) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => boundText(p, MAX_PROBLEM_CHARS));
    const more = problems.length - listed.length;
    return `  - ${listed.join('\n  - ')}${more > 0 ? `\n  … and ${more} more problem(s)` : ''}`;
}
/**
 * A workflow expression that does not parse, or that fails while it is evaluated
 * (adding a list to a number, say). The message shows where:
 * `unexpected ')' at column 14 in "length(items))"`.
 */
export class ExpressionError extends TroupeError {
    name = 'ExpressionError';
    /** The expression text (what sits between `${` and `}`). */
    source;
    /** 1-based column in `source` where the problem was found. */
    column;
    /** The problem alone, without position (e.g. `unexpected ')'`). */
    detail;
    constructor(detail, source, offset, hint) {
        const column = Math.max(1, Math.min(offset, source.length) + 1);
        super(Status.INVALID_ARGUMENT, `${detail} at column ${column} in "${excerpt(source, column)}"${hint ? `; ${hint}` : ''}`, {
            context: { expression: boundText(source, MAX_QUOTE_CHARS), column },
        });
        this.source = source;
        this.column = column;
        this.detail = detail;
    }
    /** True for an ExpressionError, even one from another copy of this module. */
    static is(err) {
        return TroupeError.is(err) && err.name === 'ExpressionError';
    }
}
/**
 * A workflow definition that cannot be registered. `problems` lists every problem
 * found, each naming where (`steps[2].depends_on: unknown step "wave"`).
 */
export class DefinitionError extends TroupeError {
    name = 'DefinitionError';
    problems;
    constructor(problems, workflow) {
        const what = workflow ? `workflow "${workflow}"` : 'workflow definition';
        super(Status.INVALID_ARGUMENT, `invalid ${what}:\n${listProblems(problems)}`, { context: { workflow } });
        this.problems = problems;
    }
    /** True for a DefinitionError, even one from another copy of this module. */
    static is(err) {
        return TroupeError.is(err) && err.name === 'DefinitionError';
    }
}
//# sourceMappingURL=errors.js.map
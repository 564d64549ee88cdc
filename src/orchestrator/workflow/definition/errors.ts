import { Status, TroupeError } from '../../../sdk/errors.js';

/**
 * A workflow expression that does not parse, or that fails while it is evaluated
 * (adding a list to a number, say). The message shows where:
 * `unexpected ')' at column 14 in "length(items))"`.
 */
export class ExpressionError extends TroupeError {
  override readonly name = 'ExpressionError';
  /** The expression text (what sits between `${` and `}`). */
  readonly source: string;
  /** 1-based column in `source` where the problem was found. */
  readonly column: number;
  /** The problem alone, without position (e.g. `unexpected ')'`). */
  readonly detail: string;

  constructor(detail: string, source: string, offset: number, hint?: string) {
    const column = Math.max(1, Math.min(offset, source.length) + 1);
    super(Status.INVALID_ARGUMENT, `${detail} at column ${column} in "${source}"${hint ? `; ${hint}` : ''}`, {
      context: { expression: source, column },
    });
    this.source = source;
    this.column = column;
    this.detail = detail;
  }

  /** True for an ExpressionError, even one from another copy of this module. */
  static override is(this: void, err: unknown): err is ExpressionError {
    return TroupeError.is(err) && err.name === 'ExpressionError';
  }
}

/**
 * A workflow definition that cannot be registered. `problems` lists every problem
 * found, each naming where (`steps[2].depends_on: unknown step "wave"`).
 */
export class DefinitionError extends TroupeError {
  override readonly name = 'DefinitionError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[], workflow?: string) {
    const what = workflow ? `workflow "${workflow}"` : 'workflow definition';
    super(Status.INVALID_ARGUMENT, `invalid ${what}:\n  - ${problems.join('\n  - ')}`, { context: { workflow } });
    this.problems = problems;
  }

  /** True for a DefinitionError, even one from another copy of this module. */
  static override is(this: void, err: unknown): err is DefinitionError {
    return TroupeError.is(err) && err.name === 'DefinitionError';
  }
}

/**
 * Errors of the fleet supervisor. A bad fleet file is an INVALID_ARGUMENT error listing
 * every problem with the key it is about (`troupe up` exits 2 with it).
 */
import { Status, TroupeError } from '../sdk/errors.js';

/** The fleet file is unreadable or invalid; `problems` name the bad keys. */
export class FleetFileError extends TroupeError {
  override readonly name = 'FleetFileError';
  constructor(
    /** The file (or `<text>`) the problems are in. */
    readonly file: string,
    /** One line per problem, each starting with the key path, e.g. `agents.tts.max: …`. */
    readonly problems: readonly string[],
  ) {
    super(Status.INVALID_ARGUMENT, `${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`}`, { context: { file } });
  }

  /** Works across module copies, unlike `instanceof`. */
  static isFleetFileError(this: void, err: unknown): err is FleetFileError {
    return TroupeError.is(err) && err.name === 'FleetFileError';
  }
}

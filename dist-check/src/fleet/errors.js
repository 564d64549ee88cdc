/**
 * Errors of the fleet supervisor. A bad fleet file is an INVALID_ARGUMENT error listing
 * every problem with the key it is about (`troupe up` exits 2 with it).
 */
import { Status, TroupeError } from '../sdk/errors.js';
/** The fleet file is unreadable or invalid; `problems` name the bad keys. */
export class FleetFileError extends TroupeError {
    file;
    problems;
    name = 'FleetFileError';
    constructor(
    /** The file (or `<text>`) the problems are in. */
    file, 
    /** One line per problem, each starting with the key path, e.g. `agents.tts.max: …`. */
    problems) {
        super(Status.INVALID_ARGUMENT, `${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`}`, { context: { file } });
        this.file = file;
        this.problems = problems;
    }
    /** Works across module copies, unlike `instanceof`. */
    static isFleetFileError(err) {
        return TroupeError.is(err) && err.name === 'FleetFileError';
    }
}
//# sourceMappingURL=errors.js.map
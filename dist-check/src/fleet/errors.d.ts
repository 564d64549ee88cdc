/**
 * Errors of the fleet supervisor. A bad fleet file is an INVALID_ARGUMENT error listing
 * every problem with the key it is about (`troupe up` exits 2 with it).
 */
import { TroupeError } from '../sdk/errors.js';
/** The fleet file is unreadable or invalid; `problems` name the bad keys. */
export declare class FleetFileError extends TroupeError {
    /** The file (or `<text>`) the problems are in. */
    readonly file: string;
    /** One line per problem, each starting with the key path, e.g. `agents.tts.max: …`. */
    readonly problems: readonly string[];
    readonly name = "FleetFileError";
    constructor(
    /** The file (or `<text>`) the problems are in. */
    file: string, 
    /** One line per problem, each starting with the key path, e.g. `agents.tts.max: …`. */
    problems: readonly string[]);
    /** Works across module copies, unlike `instanceof`. */
    static isFleetFileError(this: void, err: unknown): err is FleetFileError;
}

/** A capability reference, split. */
export interface CapabilityRef {
    /** The capability name, e.g. `tts.synthesize`. */
    readonly name: string;
    /** The version range as written (`^2`, `>=2.1 <3`, `2.1.0`), or undefined for any version. */
    readonly range: string | undefined;
}
/** Longest range accepted (semver refuses longer input anyway). */
export declare const MAX_RANGE_LENGTH = 128;
/**
 * The name part of a reference, unchecked: `tts.synthesize@^2` → `tts.synthesize`. Cheap (the
 * dispatcher calls it per task); the reference was checked where it came in.
 */
export declare function capabilityName(reference: string): string;
/**
 * Splits `name@range` and checks the range; throws INVALID_ARGUMENT naming what is wrong.
 *
 * @example parseCapabilityRef('tts.synthesize@^2') // { name: 'tts.synthesize', range: '^2' }
 * @example parseCapabilityRef('echo.say')          // { name: 'echo.say', range: undefined }
 */
export declare function parseCapabilityRef(reference: string): CapabilityRef;
/**
 * Why `range` is not a usable semver range, or undefined when it is.
 *
 * @example rangeProblem('^2')  // undefined
 * @example rangeProblem('^x!') // 'the version range "^x!" is not a valid semver range (e.g. ^2, ~2.1, >=2.1.0 <3, 2.1.0)'
 */
export declare function rangeProblem(range: string): string | undefined;
/**
 * What is wrong with a written reference (`name` or `name@range`) whose name must match
 * `namePattern`, or undefined; for schema checks that report problems rather than throw.
 */
export declare function capabilityRefProblem(reference: string, namePattern: RegExp): string | undefined;

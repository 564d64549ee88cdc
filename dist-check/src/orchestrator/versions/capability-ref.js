/**
 * Capability references: `name` or `name@range` (`tts.synthesize@^2`), the one place they are
 * split and their range is checked. The name part is checked by each caller as before (a task's
 * capability, a workflow step's); the range must be a valid npm semver range.
 */
import semver from 'semver';
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
/** Longest range accepted (semver refuses longer input anyway). */
export const MAX_RANGE_LENGTH = 128;
/**
 * The name part of a reference, unchecked: `tts.synthesize@^2` → `tts.synthesize`. Cheap (the
 * dispatcher calls it per task); the reference was checked where it came in.
 */
export function capabilityName(reference) {
    const at = reference.indexOf('@');
    return at < 0 ? reference : reference.slice(0, at);
}
/**
 * Splits `name@range` and checks the range; throws INVALID_ARGUMENT naming what is wrong.
 *
 * @example parseCapabilityRef('tts.synthesize@^2') // { name: 'tts.synthesize', range: '^2' }
 * @example parseCapabilityRef('echo.say')          // { name: 'echo.say', range: undefined }
 */
export function parseCapabilityRef(reference) {
    const at = reference.indexOf('@');
    if (at < 0)
        return { name: reference, range: undefined };
    const name = reference.slice(0, at);
    const range = reference.slice(at + 1).trim();
    const problem = rangeProblem(range);
    if (problem)
        throw new InvalidArgumentError(`capability "${boundText(reference, 160)}": ${problem}`, { capability: name });
    return { name, range };
}
/**
 * Why `range` is not a usable semver range, or undefined when it is.
 *
 * @example rangeProblem('^2')  // undefined
 * @example rangeProblem('^x!') // 'the version range "^x!" is not a valid semver range (e.g. ^2, ~2.1, >=2.1.0 <3, 2.1.0)'
 */
export function rangeProblem(range) {
    if (range === '')
        return 'an empty version range after "@"; write a range such as ^2, or leave "@" out for any version';
    if (range.includes('@'))
        return 'more than one "@"; write name@range, e.g. tts.synthesize@^2';
    if (range.length > MAX_RANGE_LENGTH)
        return `the version range is longer than ${MAX_RANGE_LENGTH} characters`;
    if (semver.validRange(range) === null)
        return `the version range "${boundText(range, 80)}" is not a valid semver range (e.g. ^2, ~2.1, >=2.1.0 <3, 2.1.0)`;
    return undefined;
}
/**
 * What is wrong with a written reference (`name` or `name@range`) whose name must match
 * `namePattern`, or undefined; for schema checks that report problems rather than throw.
 */
export function capabilityRefProblem(reference, namePattern) {
    const at = reference.indexOf('@');
    const name = at < 0 ? reference : reference.slice(0, at);
    if (!namePattern.test(name))
        return `must match ${namePattern.source}${at < 0 ? '' : ', optionally followed by @ and a semver range (e.g. tts.synthesize@^2)'}`;
    return at < 0 ? undefined : rangeProblem(reference.slice(at + 1).trim());
}
//# sourceMappingURL=capability-ref.js.map
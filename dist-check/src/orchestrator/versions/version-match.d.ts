import type { AgentDescriptor } from '../../gen/troupe/v1/AgentDescriptor.js';
/**
 * Whether `version` satisfies `range` (npm semver rules: a prerelease matches only a range that
 * names a prerelease of the same major.minor.patch). A version that is not valid semver matches
 * nothing; so does an invalid range (refused earlier, where it came in).
 *
 * @example satisfies('2.3.1', '^2') // true
 */
export declare function satisfies(version: string, range: string): boolean;
/**
 * The versions of each capability an agent offers: the capability's own `version`, else the
 * agent's (an agent that predates capability versions declares none).
 */
export declare function capabilityVersions(descriptor: AgentDescriptor): ReadonlyMap<string, string>;

import { describe, expect, it } from 'vitest';
import { pickInstance } from '../../src/orchestrator/dispatch/pick.js';
import { createSelector } from '../../src/orchestrator/dispatch/select.js';
import { capabilityName, capabilityRefProblem, parseCapabilityRef } from '../../src/orchestrator/versions/capability-ref.js';
import { rangeFilter } from '../../src/orchestrator/versions/version-filter.js';
import { capabilityVersions, satisfies } from '../../src/orchestrator/versions/version-match.js';
import { NAME_PATTERN, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
import { Status } from '../../src/sdk/errors.js';
import { pickRegistry } from '../helpers/pick-registry.js';
describe('capability references', () => {
    it('splits name@range and keeps a plain name as it is', () => {
        expect(parseCapabilityRef('tts.synthesize@^2')).toEqual({ name: 'tts.synthesize', range: '^2' });
        expect(parseCapabilityRef('tts.synthesize@>=2.1.0 <3')).toEqual({ name: 'tts.synthesize', range: '>=2.1.0 <3' });
        expect(parseCapabilityRef('echo.say')).toEqual({ name: 'echo.say', range: undefined });
        expect(capabilityName('echo.say@~1.2')).toBe('echo.say');
        expect(capabilityName('echo.say')).toBe('echo.say');
    });
    it('refuses a bad range with INVALID_ARGUMENT saying what to write', () => {
        const cases = [
            ['x@', /empty version range after "@"/],
            ['x@^2@3', /more than one "@"/],
            ['x@not-a-range!', /"not-a-range!" is not a valid semver range \(e\.g\. \^2/],
            [`x@${'1'.repeat(200)}`, /longer than 128 characters/],
        ];
        for (const [ref, message] of cases)
            expect(() => parseCapabilityRef(ref), ref).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(message) }));
    });
    it('reports problems for the workflow schema: the name as before, then the range', () => {
        expect(capabilityRefProblem('tts.synthesize@^2', NAME_PATTERN)).toBeUndefined();
        expect(capabilityRefProblem('BAD', NAME_PATTERN)).toBe(`must match ${NAME_PATTERN.source}`);
        expect(capabilityRefProblem('BAD@^2', NAME_PATTERN)).toMatch(/optionally followed by @ and a semver range/);
        expect(capabilityRefProblem('ok@^^', NAME_PATTERN)).toMatch(/not a valid semver range/);
    });
    it('matches versions by npm semver rules; an invalid version matches nothing', () => {
        expect(satisfies('2.3.1', '^2')).toBe(true);
        expect(satisfies('3.0.0', '^2')).toBe(false);
        expect(satisfies('2.1.0', '2.1.0')).toBe(true);
        expect(satisfies('2.1.0-rc.1', '^2')).toBe(false); // a prerelease needs a range that names one
        expect(satisfies('2.1.0-rc.1', '2.1.0-rc.1')).toBe(true);
        expect(satisfies('dev', '*')).toBe(false);
        expect(satisfies('2.0.0', 'garbage')).toBe(false);
    });
    it("takes a capability's own version, else the agent's", () => {
        const versions = capabilityVersions({ version: '1.4.0', capabilities: [{ name: 'a', version: '2.0.0' }, { name: 'b', version: '' }, { name: 'c' }] });
        expect([...versions]).toEqual([
            ['a', '2.0.0'],
            ['b', '1.4.0'],
            ['c', '1.4.0'],
        ]);
    });
});
function entry(id, version, state = 'active') {
    return { instanceId: id, state, breaker: 'closed', localInFlight: 0, reportedInFlight: 0, maxConcurrency: 4, versionOf: () => version };
}
describe('picking an instance with a version range', () => {
    const select = createSelector('round_robin');
    const pick = (entries, range) => pickInstance(pickRegistry(entries), select, { capability: 'tts', exclude: new Set(), versions: rangeFilter('tts', range) });
    it('only ever chooses an instance whose version satisfies the range', () => {
        const entries = [entry('v1', '1.9.0'), entry('v2a', '2.0.1'), entry('v2b', '2.4.0'), entry('v3', '3.0.0')];
        const chosen = new Set(Array.from({ length: 20 }, () => pick(entries, '^2').instanceId));
        expect([...chosen].sort()).toEqual(['v2a', 'v2b']);
    });
    it('no instance in range is UNAVAILABLE naming the range and the versions running', () => {
        expect(() => pick([entry('v1', '1.9.0'), entry('v2', '2.0.1'), entry('v2b', '2.0.1')], '^3')).toThrow(expect.objectContaining({ code: Status.UNAVAILABLE, message: 'no instance of "tts" matching ^3 is running (running versions: 1.9.0, 2.0.1 ×2); start one, or ask for another version range' }));
    });
    it('an instance in range but not active is UNAVAILABLE naming its state', () => {
        expect(() => pick([entry('v1', '1.9.0'), entry('v2', '2.0.1', 'maintenance')], '^2')).toThrow(expect.objectContaining({ code: Status.UNAVAILABLE, message: expect.stringMatching(/instance of "tts" matching \^2 right now \(v2: maintenance\)/) }));
    });
});
describe('workflow steps with a version range', () => {
    const wf = (capability, fallback) => ({ name: 'w', steps: [{ id: 'a', capability, ...(fallback ? { fallback: { capability: fallback } } : {}) }] });
    const problems = (raw) => {
        const r = validateDefinition(raw, { knownCapabilities: new Set(['tts.synthesize', 'echo.say']), streaming: (c) => (c === 'tts.synthesize' ? true : c === 'echo.say' ? false : undefined) });
        return r.ok ? [] : r.problems;
    };
    it('accepts name@range whose name is known, with its streaming checked by name', () => {
        expect(problems(wf('echo.say@^2', 'echo.say@~1.4'))).toEqual([]);
        expect(problems(wf('tts.synthesize@^2'))).toEqual(['steps[0]: step "a" calls "tts.synthesize", which streams its output; set stream: true on the step']);
    });
    it('refuses a bad range, and an unknown name as before', () => {
        expect(problems(wf('echo.say@latest!'))).toEqual(['steps[0].capability: the version range "latest!" is not a valid semver range (e.g. ^2, ~2.1, >=2.1.0 <3, 2.1.0) (got "echo.say@latest!")']);
        expect(problems(wf('echo.sya@^2'))[0]).toMatch(/^steps\[0\]\.capability: unknown capability "echo.sya" \(did you mean "echo.say"\?/);
    });
});
//# sourceMappingURL=versions.test.js.map
import { describe, expect, it } from 'vitest';
import { endpointName } from '../../src/sdk/discovery/capability-endpoints.js';
import { capabilitySubject } from '../../src/sdk/discovery/subjects.js';
import { TaskStats } from '../../src/sdk/discovery/task-stats.js';
describe('TaskStats (the tasks an agent served, for nats micro stats)', () => {
    it('counts tasks, failures by status name and processing time in whole nanoseconds, per capability', () => {
        const stats = new TaskStats();
        stats.record('echo.say', 1.5);
        stats.record('echo.say', 0.25, 'INVALID_ARGUMENT');
        stats.record('echo.say', 0, 'DEADLINE_EXCEEDED');
        stats.record('echo.stream', 10);
        expect(stats.get('echo.say')).toEqual({
            tasks: 3,
            errors: 2,
            // a task too fast for the clock still takes 1 ns, so a served capability never shows 0 time
            processingTimeNs: 1_500_000 + 250_000 + 1,
            lastError: 'DEADLINE_EXCEEDED',
            errorsByCode: { INVALID_ARGUMENT: 1, DEADLINE_EXCEEDED: 1 },
        });
        expect(stats.get('echo.stream')).toMatchObject({ tasks: 1, errors: 0, processingTimeNs: 10_000_000, lastError: undefined });
        expect(stats.get('never.called')).toEqual({ tasks: 0, errors: 0, processingTimeNs: 0, lastError: undefined, errorsByCode: {} });
    });
    it('hands out copies and forgets everything on reset', () => {
        const stats = new TaskStats();
        stats.record('a', 1, 'INTERNAL');
        const before = stats.get('a');
        stats.record('a', 1, 'INTERNAL');
        expect(before.errorsByCode).toEqual({ INTERNAL: 1 });
        stats.reset();
        expect(stats.get('a').tasks).toBe(0);
    });
});
describe('capability endpoint names and subjects', () => {
    it('maps a capability to a micro endpoint name ([-\\w] only) and to subject tokens', () => {
        expect(endpointName('voice.synthesize-v2')).toBe('voice_synthesize-v2');
        expect(capabilitySubject('echo-1a2b', 'echo.say')).toBe('troupe.agents.capability.echo-1a2b.echo.say');
    });
    it('never builds a subject with wildcards or empty tokens, whatever name a sidecar relays', () => {
        expect(capabilitySubject('py-1', 'a..b')).toBe('troupe.agents.capability.py-1.a._.b');
        expect(capabilitySubject('py-1', 'odd name.*.>')).toBe('troupe.agents.capability.py-1.odd_name._._');
        expect(() => capabilitySubject('bad.id', 'x')).toThrow(/subject token/);
    });
});
//# sourceMappingURL=task-stats.test.js.map
import { describe, expect, it } from 'vitest';
import { Status } from '../../src/sdk/errors.js';
import { activityOf, explainFailure } from '../../src/sdk/explain-failure.js';
describe('explainFailure', () => {
    it('says in plain words which activity failed and what to do, without the technical message', () => {
        const text = explainFailure({ stepId: 'forge', capability: 'tts.synthesize', code: Status.UNAVAILABLE, message: 'no active instance offers tts.synthesize (states: unreachable)' });
        expect(text).toBe("We couldn't synthesise the voice: no agent that can do it is running. Start one that offers tts.synthesize, then try again.");
        expect(explainFailure({ stepId: 'weave', capability: 'script.weave', code: Status.DEADLINE_EXCEEDED, message: 'deadline exceeded after 60000 ms' })).toBe("We couldn't write the script: it took too long. Try again, or give the step more time (timeout_ms).");
        expect(explainFailure({ stepId: 'x', capability: 'acme.render', code: Status.INTERNAL, message: 'TypeError: cannot read properties of undefined' })).toBe('We couldn\'t run "acme.render" (step x): the agent ran into an error. Try again; if it keeps failing, look at the details.');
    });
    it('gives every foreseeable code its own advice', () => {
        const codes = [Status.UNAVAILABLE, Status.NOT_FOUND, Status.DEADLINE_EXCEEDED, Status.RESOURCE_EXHAUSTED, Status.INVALID_ARGUMENT, Status.FAILED_PRECONDITION, Status.CANCELLED, Status.UNKNOWN];
        const texts = codes.map((code) => explainFailure({ stepId: 's', capability: 'web.harvest', code, message: 'm' }));
        expect(new Set(texts).size).toBe(codes.length);
        for (const t of texts)
            expect(t).toMatch(/^We couldn't gather the web pages: /);
    });
    it('explains a cancelled run and a run past its time limit', () => {
        expect(explainFailure({ cancelReason: 'not needed' })).toBe('The run was cancelled: not needed.');
        expect(explainFailure({ runDeadline: true })).toBe('The run took longer than its time limit. Try again, or give it more time (--timeout).');
        expect(activityOf(undefined, 'a')).toBe('finish step a');
    });
});
//# sourceMappingURL=explain-failure.test.js.map
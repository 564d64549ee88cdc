import { status as Status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { deadlineCheck } from '../../src/sdk/conformance/cancel-checks.js';
/** A context whose agent answers every Execute at once with `code`, faster than any deadline. */
function instantAgent(code, exercised) {
    const answer = (callback) => code === Status.OK ? callback(null, { result: {} }) : callback(Object.assign(new Error('input.text is required'), { code, details: 'input.text is required', metadata: undefined }));
    const agent = {
        Execute: (_req, _opts, callback) => answer(callback),
        Describe: (_req, _opts, callback) => callback(null, { agent: {} }),
    };
    return {
        clients: { agent },
        samples: {},
        callTimeoutMs: 1000,
        cancelWithinMs: 1000,
        descriptor: undefined,
        exercisedStream: undefined,
        exercisedUnary: { capability: 'picky.count', input: {}, ...exercised },
    };
}
describe('deadlineCheck', () => {
    it('accepts, from an agent faster than 1 ms, the answer that input got without a deadline', async () => {
        await expect(deadlineCheck(instantAgent(Status.INVALID_ARGUMENT, { code: Status.INVALID_ARGUMENT }))).resolves.toMatchObject({ outcome: 'pass' });
        await expect(deadlineCheck(instantAgent(Status.OK, { code: Status.OK }))).resolves.toMatchObject({ outcome: 'pass' });
    });
    it('fails any other answer', async () => {
        const res = await deadlineCheck(instantAgent(Status.INVALID_ARGUMENT, { code: Status.OK }));
        expect(res).toMatchObject({ outcome: 'fail', detail: expect.stringContaining('expected DEADLINE_EXCEEDED') });
        await expect(deadlineCheck(instantAgent(Status.INTERNAL, { code: Status.INVALID_ARGUMENT }))).resolves.toMatchObject({ outcome: 'fail' });
    });
});
//# sourceMappingURL=conformance-deadline.test.js.map
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { RunEventLog } from '../../src/orchestrator/workflow/engine/run-event-log.js';
import { isRetryableFailure } from '../../src/orchestrator/workflow/engine/task-failure.js';
import { runTask } from '../../src/orchestrator/workflow/engine/task-runner.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
import { Status, TroupeError } from '../../src/sdk/index.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';
// Which failures go through a step's retry policy: every transient one (whatever its
// code), never a permanent one, which fails at once with a message a workflow author
// can act on.
const logger = createLogger({ name: 'test', level: 'silent' });
/** A dispatcher whose unary calls fail with `failures` in turn, then answer `{ ok: true }`. */
function failingDispatcher(failures) {
    let calls = 0;
    const serialize = loadProtos().agent.troupe.v1.AgentService.service.Execute.responseSerialize;
    const dispatcher = {
        unary(_spec, call) {
            call.onAttempt?.({ instanceId: 'agent-1' }, 1);
            const failure = failures[calls++];
            if (failure)
                return Promise.reject(failure);
            return Promise.resolve({ entry: { instanceId: 'agent-1' }, response: serialize({ result: { output: toValue({ ok: true }) } }) });
        },
    };
    return { dispatcher, calls: () => calls };
}
function run(dispatcher, maxAttempts, stream = false) {
    return runTask({
        input: { taskId: 'r1.s1', runId: 'r1', stepId: 's1', capability: 'probe.step', maxAttempts, initialBackoffMs: 1, maxBackoffMs: 2, multiplier: 2, timeoutMs: 60_000 },
        taskInput: {},
        stream,
        priority: 3,
        runDeadline: Date.now() + 60_000,
        signal: new AbortController().signal,
        parent: ROOT_CONTEXT,
        log: new RunEventLog(),
        dispatcher,
        logger,
        random: () => 0,
    });
}
describe('retry policy of a workflow task', () => {
    it('retries transient failures of every kind, up to max_attempts', async () => {
        const transient = [
            new TroupeError(Status.CANCELLED, 'the agent cancelled the task'), // not asked for by the run: the agent or connection gave up
            new TroupeError(Status.NOT_FOUND, 'no agent offers capability "probe.step"', { retryable: true }), // registry not refilled yet
            new TroupeError(Status.UNAVAILABLE, 'agent draining'),
            new TroupeError(Status.INTERNAL, 'boom'),
        ];
        const { dispatcher, calls } = failingDispatcher(transient);
        expect(await run(dispatcher, 5)).toMatchObject({ status: 'completed', attempts: 5, output: { ok: true } });
        expect(calls()).toBe(5);
        const exhausted = failingDispatcher([...transient]);
        expect(await run(exhausted.dispatcher, 3)).toMatchObject({ status: 'failed', attempts: 3, code: Status.UNAVAILABLE });
    });
    it('fails a stream mismatch at once, saying what to change in the step', async () => {
        const mismatch = new TroupeError(Status.FAILED_PRECONDITION, 'capability "probe.step" streams its output; call ExecuteStream, not Execute');
        const { dispatcher, calls } = failingDispatcher([mismatch, mismatch, mismatch]);
        const outcome = await run(dispatcher, 3);
        expect(calls()).toBe(1);
        expect(outcome).toMatchObject({
            status: 'failed',
            attempts: 1,
            code: Status.FAILED_PRECONDITION,
            message: 'capability "probe.step" streams its output; call ExecuteStream, not Execute (step "s1" has stream: false; if the capability streams its output, set stream: true)',
        });
    });
    it('classifies by the error first, then by its code', () => {
        expect(isRetryableFailure(new TroupeError(Status.INVALID_ARGUMENT, 'bad input'), false)).toBe(false);
        expect(isRetryableFailure(new TroupeError(Status.NOT_FOUND, 'no such capability'), false)).toBe(false);
        expect(isRetryableFailure(new TroupeError(Status.NOT_FOUND, 'not registered yet', { retryable: true }), false)).toBe(true);
        expect(isRetryableFailure(new TroupeError(Status.CANCELLED, 'run cancelled'), true)).toBe(false);
        expect(isRetryableFailure(new TroupeError(Status.DEADLINE_EXCEEDED, 'slow'), false)).toBe(true);
    });
});
//# sourceMappingURL=task-runner-retry.test.js.map
import { status as Status } from '@grpc/grpc-js';
import { callDescribe, callExecute, callExecuteStream, statusText, taskFor } from './calls.js';
import { result } from './types.js';
/** Describe still answers: the agent survived what the check did to it. */
async function stillAnswers(ctx) {
    const res = await callDescribe(ctx);
    return res.ok ? undefined : `but Describe then failed with ${statusText(res.code, res.details)}: the agent must keep serving after a cancelled or expired call`;
}
/**
 * Cancellation: a streaming call (one the stream checks exercised) is cancelled
 * after its first message and must end with CANCELLED within `cancelWithinMs`,
 * after which the agent still answers. Skipped without an exercised stream, or when
 * the stream had already finished.
 *
 * A client only sees its own side: whether the agent's handler stopped working is
 * not observable over gRPC, so agents should also test that themselves.
 * @internal
 */
export async function cancellationCheck(ctx) {
    const name = 'cancellation';
    const exercised = ctx.exercisedStream;
    if (!exercised)
        return result.skip(name, 'no streaming capability completed a stream check (see the stream: rows; --sample CAPABILITY=JSON gives one an input)');
    let cancelledAt;
    const res = await callExecuteStream(ctx, taskFor(exercised.capability, exercised.input), {
        onMessage: (_message, call) => {
            if (cancelledAt !== undefined)
                return;
            cancelledAt = performance.now();
            call.cancel();
        },
    });
    const endedAt = performance.now();
    if (cancelledAt === undefined)
        return result.fail(name, `the stream ended with ${statusText(res.code, res.details)} before sending anything`);
    const ms = Math.round(endedAt - cancelledAt);
    if (res.code === Status.OK) {
        return result.skip(name, `${exercised.capability} had already finished when the cancel was sent; pass a --sample that streams for longer`);
    }
    if (res.code !== Status.CANCELLED)
        return result.fail(name, `the cancelled stream ended with ${statusText(res.code, res.details)}; expected CANCELLED`);
    if (ms > ctx.cancelWithinMs)
        return result.fail(name, `the cancelled stream took ${ms} ms to end; it must end within ${ctx.cancelWithinMs} ms`);
    const problem = await stillAnswers(ctx);
    return problem ? result.fail(name, `CANCELLED after ${ms} ms, ${problem}`) : result.pass(name, `${exercised.capability} cancelled after its first message: CANCELLED within ${ms} ms`);
}
/**
 * Deadlines: a call with a 1 ms deadline ends with DEADLINE_EXCEEDED (or, if the
 * agent was that fast, with the answer it gave the same input without one: OK, or
 * INVALID_ARGUMENT for an input it rejects) and never hangs; the agent then still answers.
 * @internal
 */
export async function deadlineCheck(ctx) {
    const name = 'deadline';
    const stream = ctx.exercisedStream;
    const unary = ctx.exercisedUnary;
    let outcome;
    let fastAnswer = Status.OK;
    if (stream) {
        const res = await callExecuteStream(ctx, taskFor(stream.capability, stream.input), { deadlineMs: 1 });
        outcome = { code: res.code, details: res.details, what: `ExecuteStream ${stream.capability}` };
    }
    else if (unary) {
        const res = await callExecute(ctx, taskFor(unary.capability, unary.input), 1);
        fastAnswer = unary.code;
        outcome = res.ok ? { code: Status.OK, details: '', what: `Execute ${unary.capability}` } : { ...res, what: `Execute ${unary.capability}` };
    }
    else {
        return result.skip(name, 'no capability answered its probe call (see the unary: and stream: rows)');
    }
    if (outcome.code !== Status.DEADLINE_EXCEEDED && outcome.code !== fastAnswer) {
        return result.fail(name, `${outcome.what} with a 1 ms deadline ended with ${statusText(outcome.code, outcome.details)}; expected DEADLINE_EXCEEDED`);
    }
    const problem = await stillAnswers(ctx);
    return problem
        ? result.fail(name, `${outcome.what} ended with ${statusText(outcome.code, '')}, ${problem}`)
        : result.pass(name, `${outcome.what} with a 1 ms deadline: ${statusText(outcome.code, '')}`);
}
//# sourceMappingURL=cancel-checks.js.map
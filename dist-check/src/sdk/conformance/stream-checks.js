import { status as Status } from '@grpc/grpc-js';
import { callExecuteStream, statusText, taskFor } from './calls.js';
import { result } from './types.js';
/**
 * What is wrong with a successful stream's messages, per the contract: chunk
 * sequences start at 0 and grow by 1, a chunk with data names its content type,
 * progress fractions are at most 1, and exactly one result comes, last. Empty when
 * nothing is wrong.
 */
export function streamProblems(messages) {
    const problems = [];
    let expected = 0;
    let results = 0;
    messages.forEach((message, index) => {
        if (message.event === 'chunk' && message.chunk) {
            const sequence = Number(message.chunk.sequence);
            if (sequence !== expected && problems.every((p) => !p.startsWith('chunk sequence'))) {
                problems.push(`chunk sequence ${sequence} at chunk #${expected}: sequences must start at 0 and increase by 1 without gaps`);
            }
            if (message.chunk.data.length > 0 && !message.chunk.contentType && problems.every((p) => !p.includes('content_type'))) {
                problems.push(`chunk ${sequence} carries data without a content_type`);
            }
            expected++;
        }
        else if (message.event === 'progress' && message.progress) {
            if (message.progress.fraction > 1)
                problems.push(`progress fraction ${message.progress.fraction} is above 1 (use [0, 1], or negative when unknown)`);
        }
        else if (message.event === 'result') {
            results++;
            if (index !== messages.length - 1)
                problems.push(`the result is message ${index + 1} of ${messages.length}: it must be the last message`);
        }
        else {
            problems.push(`message ${index + 1} sets no event (progress, chunk or result)`);
        }
    });
    if (results === 0)
        problems.push('no result message: a successful stream ends with exactly one result');
    if (results > 1)
        problems.push(`${results} result messages: a stream carries exactly one`);
    return problems;
}
/**
 * One ExecuteStream per streaming capability, with its `--sample` input or `{}`:
 * the stream must end OK with well-formed messages ({@link streamProblems}). Without
 * a sample, INVALID_ARGUMENT means "not exercised" (skip, with a hint).
 * @internal
 */
export async function streamChecks(ctx) {
    const out = [];
    for (const capability of ctx.descriptor?.capabilities.filter((c) => c.streaming) ?? []) {
        const name = `stream:${capability.name}`;
        const sample = ctx.samples[capability.name];
        const input = sample ?? {};
        const res = await callExecuteStream(ctx, taskFor(capability.name, input));
        if (res.code === Status.INVALID_ARGUMENT && sample === undefined) {
            out.push(result.skip(name, `input {} rejected (${statusText(res.code, res.details)}); pass --sample ${capability.name}='{...}' to exercise it`));
            continue;
        }
        if (res.code !== Status.OK) {
            const what = sample === undefined ? 'input {}' : 'the --sample input';
            out.push(result.fail(name, `ExecuteStream with ${what} ended with ${statusText(res.code, res.details)} after ${res.messages.length} messages`));
            continue;
        }
        const problems = streamProblems(res.messages);
        if (problems.length > 0) {
            out.push(result.fail(name, problems.join('; ')));
            continue;
        }
        ctx.exercisedStream ??= { capability: capability.name, input };
        const chunks = res.messages.filter((m) => m.event === 'chunk').length;
        out.push(result.pass(name, `${chunks} chunks in order, one result last, OK in ${Math.round(res.ms)} ms`));
    }
    return out;
}
//# sourceMappingURL=stream-checks.js.map
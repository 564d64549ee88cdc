import { status as Status } from '@grpc/grpc-js';
import { callExecute, statusText, taskFor } from './calls.js';
import { result } from './types.js';
/**
 * One Execute per unary capability, with its `--sample` input or `{}`. Without a
 * sample both OK (with a result) and INVALID_ARGUMENT are conformant; with a sample
 * the call must succeed. Anything else fails.
 * @internal
 */
export async function unaryChecks(ctx) {
    const out = [];
    for (const capability of ctx.descriptor?.capabilities.filter((c) => !c.streaming) ?? []) {
        const name = `unary:${capability.name}`;
        const sample = ctx.samples[capability.name];
        const input = sample ?? {};
        const res = await callExecute(ctx, taskFor(capability.name, input));
        if (res.ok) {
            if (!res.value.result) {
                out.push(result.fail(name, 'Execute returned an ExecuteResponse without a result: set ExecuteResponse.result'));
                continue;
            }
            ctx.exercisedUnary ??= { capability: capability.name, input, code: Status.OK };
            out.push(result.pass(name, `OK in ${Math.round(res.ms)} ms with ${sample === undefined ? 'input {}' : 'the sample input'}`));
        }
        else if (res.code === Status.INVALID_ARGUMENT && sample === undefined) {
            ctx.exercisedUnary ??= { capability: capability.name, input, code: Status.INVALID_ARGUMENT };
            out.push(result.pass(name, `input {} rejected cleanly (${statusText(res.code, res.details)}); pass --sample ${capability.name}='{...}' to see it succeed`));
        }
        else if (res.code === Status.INVALID_ARGUMENT) {
            out.push(result.fail(name, `the --sample input was rejected: ${statusText(res.code, res.details)}; check the sample, or the agent's validation`));
        }
        else {
            const what = sample === undefined ? 'input {}' : 'the --sample input';
            out.push(result.fail(name, `Execute with ${what} failed with ${statusText(res.code, res.details)}; expected OK, or INVALID_ARGUMENT for input that does not fit`));
        }
    }
    return out;
}
//# sourceMappingURL=unary-checks.js.map
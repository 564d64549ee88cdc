import { status as Status } from '@grpc/grpc-js';
import { callExecuteStream, statusText, taskFor } from './calls.js';
import { result } from './types.js';
function chunksOf(messages) {
    return messages.flatMap((m) => (m.chunk ? [{ sequence: Number(m.chunk.sequence), data: m.chunk.data }] : []));
}
/** Index of the first chunk of `got` that differs from `want` (by sequence or bytes), or -1. */
function firstDifference(got, want) {
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
        const a = got[i];
        const b = want[i];
        if (a?.sequence !== b?.sequence || !a || !b || !a.data.equals(b.data))
            return i;
    }
    return -1;
}
/**
 * The resume contract (docs/streams.md), for each streaming capability that declares
 * it, with its `--sample` input or `{}`: a `deterministic` one streams the same chunks
 * twice; a `resumable` one, asked to start at the middle chunk, sends exactly the rest
 * of the uninterrupted stream, with its sequence numbers. Skipped when the input is
 * refused or the stream has fewer than two chunks.
 * @internal
 */
export async function resumeChecks(ctx) {
    const out = [];
    for (const capability of ctx.descriptor?.capabilities.filter((c) => c.streaming && (c.resumable || c.deterministic)) ?? []) {
        const name = `resume:${capability.name}`;
        const input = ctx.samples[capability.name] ?? {};
        const whole = await callExecuteStream(ctx, taskFor(capability.name, input));
        if (whole.code !== Status.OK) {
            out.push(result.skip(name, `the stream ended with ${statusText(whole.code, whole.details)}; pass a working --sample ${capability.name}='{...}'`));
            continue;
        }
        const all = chunksOf(whole.messages);
        if (capability.deterministic) {
            const again = chunksOf((await callExecuteStream(ctx, taskFor(capability.name, input))).messages);
            const at = firstDifference(again, all);
            if (at >= 0) {
                out.push(result.fail(name, `declared deterministic, but a second stream of the same input differs at chunk #${at}`));
                continue;
            }
        }
        if (!capability.resumable) {
            out.push(result.pass(name, `deterministic: the same ${all.length} chunks twice`));
            continue;
        }
        if (all.length < 2) {
            out.push(result.skip(name, `${all.length} chunk(s): too few to resume mid-way; pass a longer --sample`));
            continue;
        }
        const from = Math.floor(all.length / 2);
        const resumed = await callExecuteStream(ctx, taskFor(capability.name, input), { resumeFromSequence: from });
        const rest = chunksOf(resumed.messages);
        const at = resumed.code === Status.OK ? firstDifference(rest, all.slice(from)) : 0;
        if (resumed.code !== Status.OK)
            out.push(result.fail(name, `resuming at ${from} ended with ${statusText(resumed.code, resumed.details)}`));
        else if (at >= 0) {
            out.push(result.fail(name, `declared resumable, but asked for resume_from_sequence ${from} it sent ${rest.length} chunks starting at sequence ${rest[0]?.sequence ?? '-'}; ` +
                `expected the ${all.length - from} chunks from ${from} of an uninterrupted stream (differs at #${at})`));
        }
        else
            out.push(result.pass(name, `resumed at ${from}: the last ${rest.length} of ${all.length} chunks, same sequences and bytes`));
    }
    return out;
}
//# sourceMappingURL=resume-checks.js.map
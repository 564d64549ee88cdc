import { Status, TroupeError } from '../sdk/errors.js';
import { createChunkSink } from './chunk-sink.js';
import { ExitCode } from './context.js';
import { formatChunkLine, formatProgressLine, formatTaskFooter, streamEventToJson } from './format/task.js';
/** Runs a unary task: output JSON on stdout, data to --out, footer on stderr. */
export async function runUnaryTask(client, req, opts, ctx) {
    const res = await client.submitTask(req, { signal: ctx.signal });
    const traceId = ctx.traceIdOf?.();
    if (opts.outFile && res.data.length > 0)
        await writeWhole(opts.outFile, res, ctx);
    if (opts.json) {
        const { data, ...rest } = res;
        const body = { ...rest, bytes: data.length, ...(traceId ? { traceId } : {}), ...(!opts.outFile && data.length > 0 ? { data: data.toString('base64') } : {}) };
        ctx.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    }
    else {
        printOutcome(res, opts, ctx);
    }
    ctx.stderr.write(formatTaskFooter(res.taskId, res.agentInstanceId, traceId));
    return ExitCode.OK;
}
/**
 * Runs a streaming task. Progress and one line per chunk go to stderr (chunk bytes go
 * to --out instead when given), the final output to stdout. The --out file is closed
 * (and its WAV header patched) however the stream ends.
 */
export async function runStreamTask(client, req, opts, ctx) {
    const sink = opts.outFile ? createChunkSink(opts.outFile, (m) => ctx.stderr.write(`warning: ${m}\n`)) : undefined;
    let result;
    let chunks = 0;
    let mediaMs = 0;
    try {
        for await (const event of client.streamTask(req, { signal: ctx.signal })) {
            if (event.type === 'chunk') {
                chunks++;
                mediaMs += event.durationMs;
                await sink?.write(event.data, event.contentType);
            }
            if (event.type === 'result') {
                result = event;
                if (sink && !sink.opened && event.data.length > 0)
                    await sink.write(event.data, event.contentType);
            }
            if (opts.json) {
                ctx.stdout.write(`${JSON.stringify(streamEventToJson(event, !sink))}\n`);
                continue;
            }
            if (event.type === 'started') {
                ctx.stderr.write(formatTaskFooter(event.taskId, event.agentInstanceId, event.traceId || ctx.traceIdOf?.()));
            }
            else if (event.type === 'progress') {
                ctx.stderr.write(formatProgressLine(event));
            }
            else if (event.type === 'chunk' && !sink) {
                ctx.stderr.write(formatChunkLine(event));
            }
        }
    }
    finally {
        await sink?.close();
    }
    if (!result)
        throw new TroupeError(Status.INTERNAL, 'the stream ended without a result');
    if (!opts.json)
        printOutcome(result, opts, ctx, sink !== undefined);
    if (sink && opts.outFile) {
        const ms = mediaMs > 0 ? `, ${mediaMs.toFixed(1)} ms of media` : '';
        ctx.stderr.write(`wrote ${chunks} chunk${chunks === 1 ? '' : 's'} (${sink.bytes} B${ms}) to ${opts.outFile}\n`);
    }
    return ExitCode.OK;
}
/** Output JSON on stdout, warnings and a note about unshown bytes on stderr. */
function printOutcome(outcome, opts, ctx, dataHandled = false) {
    ctx.stdout.write(`${JSON.stringify(outcome.output, null, 2)}\n`);
    for (const warning of outcome.warnings)
        ctx.stderr.write(`warning: ${warning}\n`);
    if (outcome.data.length === 0 || dataHandled)
        return;
    ctx.stderr.write(opts.outFile
        ? `wrote ${outcome.data.length} B of ${outcome.contentType || 'data'} to ${opts.outFile}\n`
        : `(${outcome.data.length} B of ${outcome.contentType || 'data'} not shown; use --out FILE)\n`);
}
async function writeWhole(path, outcome, ctx) {
    const sink = createChunkSink(path, (m) => ctx.stderr.write(`warning: ${m}\n`));
    try {
        await sink.write(outcome.data, outcome.contentType);
    }
    finally {
        await sink.close();
    }
}
//# sourceMappingURL=task-output.js.map
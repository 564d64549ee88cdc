import { Status, statusName } from '../sdk/errors.js';
import { ExitCode } from './context.js';
import { numberedLines, readLineItem } from './json-lines.js';
/** Runs per StartRuns call (the server's limit). */
export const START_MANY_BATCH = 1000;
/** The run object a line may hold (without --workflow). */
const RUN_SHAPE = { kind: 'run', target: 'workflow', keys: new Set(['workflow', 'input', 'idempotencyKey', 'priority', 'timeoutMs', 'callbackUrl', 'callbackSecretId']) };
/** Reads one line as a run (or, with --workflow, as a run's input); an error says what is wrong with it. */
export function parseRunLine(text, options) {
    const read = readLineItem(text, RUN_SHAPE, options.workflow);
    const defaults = { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.priority !== undefined ? { priority: options.priority } : {}) };
    if ('error' in read)
        return { error: read.error };
    if ('input' in read)
        return { run: { workflow: read.target, input: read.input, ...defaults } };
    const o = read.item;
    for (const key of ['priority', 'timeoutMs']) {
        if (o[key] !== undefined && (typeof o[key] !== 'number' || !Number.isInteger(o[key]) || o[key] < 0))
            return { error: `"${key}" must be a whole number` };
    }
    for (const key of ['idempotencyKey', 'callbackUrl', 'callbackSecretId']) {
        if (o[key] !== undefined && typeof o[key] !== 'string')
            return { error: `"${key}" must be a string` };
    }
    const run = {
        workflow: o.workflow,
        ...defaults,
        ...(o.input !== undefined ? { input: o.input } : {}),
        ...(typeof o.priority === 'number' ? { priority: o.priority } : {}),
        ...(typeof o.timeoutMs === 'number' ? { timeoutMs: o.timeoutMs } : {}),
        ...(typeof o.idempotencyKey === 'string' ? { idempotencyKey: o.idempotencyKey } : {}),
        ...(typeof o.callbackUrl === 'string' ? { callbackUrl: o.callbackUrl } : {}),
        ...(typeof o.callbackSecretId === 'string' ? { callbackSecretId: o.callbackSecretId } : {}),
    };
    return { run };
}
/**
 * Starts the run of every line of a JSON Lines file with StartRuns, up to 1000 per call.
 * Prints one JSON line per run on stdout, in file order (each naming its line), then a
 * summary on stderr. A line that is not a run is reported like a refused run and sent
 * nowhere. Exit code 1 when any line did not start a run.
 */
export async function startMany(client, options, ctx) {
    const began = performance.now();
    const size = options.batch ?? START_MANY_BATCH;
    const counts = { started: 0, existing: 0, refused: 0 };
    const byCode = new Map();
    const print = (result) => {
        if (result.ok)
            counts[result.existing ? 'existing' : 'started']++;
        else {
            counts.refused++;
            byCode.set(result.code, (byCode.get(result.code) ?? 0) + 1);
        }
        ctx.stdout.write(`${JSON.stringify(result)}\n`);
    };
    let batch = [];
    const flush = async () => {
        const runs = batch.flatMap((b) => (b.run ? [b.run] : []));
        const results = runs.length > 0 ? await client.startRuns(runs, { signal: ctx.signal }) : [];
        let next = 0;
        for (const b of batch) {
            if (!b.run) {
                print({ line: b.line, ok: false, code: statusName(Status.INVALID_ARGUMENT), message: b.error ?? 'not a run' });
                continue;
            }
            const result = results[next++];
            if (result && 'run' in result)
                print({ line: b.line, ok: true, ...result.run, workflow: b.run.workflow });
            else
                print({ line: b.line, ok: false, code: statusName(result?.error.code ?? Status.UNKNOWN), message: result?.error.message ?? 'no result' });
        }
        batch = [];
    };
    let pending = 0;
    for await (const { line, text } of numberedLines(options.file, options.stdin)) {
        const parsed = parseRunLine(text, options);
        batch.push('run' in parsed ? { line, run: parsed.run } : { line, error: parsed.error });
        if ('run' in parsed)
            pending++;
        if (pending >= size) {
            await flush();
            pending = 0;
        }
    }
    await flush();
    const total = counts.started + counts.existing + counts.refused;
    const seconds = (performance.now() - began) / 1000;
    const codes = [...byCode].map(([code, n]) => `${code} ${n}`).join(', ');
    ctx.stderr.write(`${total} run(s): ${counts.started} started, ${counts.existing} existing, ${counts.refused} refused${counts.refused ? ` (${codes})` : ''} in ${seconds.toFixed(2)} s\n`);
    return counts.refused > 0 ? ExitCode.FAILED : ExitCode.OK;
}
//# sourceMappingURL=start-many.js.map
import { Status, statusName } from '../sdk/errors.js';
import { ExitCode } from './context.js';
import { numberedLines, readLineItem } from './json-lines.js';
/** The task object a line may hold (without --capability). */
const TASK_SHAPE = { kind: 'task', target: 'capability', keys: new Set(['id', 'capability', 'input', 'priority', 'timeoutMs', 'idempotencyKey']) };
/**
 * Runs every task of a JSON Lines file over one SubmitTasks stream, `concurrency` at a time, reading
 * the file only as fast as tasks finish. Prints one JSON line per task on stdout as it finishes (in
 * completion order, each naming its line), then a summary on stderr. A line that is not a task is
 * reported like a failed task and sent nowhere. Exit code 1 when any task failed.
 */
export async function submitMany(client, options, ctx) {
    const started = performance.now();
    const lineOf = [];
    const failures = new Map();
    let ok = 0;
    let total = 0;
    const print = (result) => {
        total++;
        if (result.ok)
            ok++;
        else
            failures.set(result.code, (failures.get(result.code) ?? 0) + 1);
        ctx.stdout.write(`${JSON.stringify(result)}\n`);
    };
    async function* tasks() {
        for await (const { line, text } of numberedLines(options.file, options.stdin)) {
            const parsed = parseLine(text, options);
            if ('error' in parsed) {
                print({ line, ...(parsed.id !== undefined ? { id: parsed.id } : {}), ok: false, code: statusName(Status.INVALID_ARGUMENT), message: parsed.error });
                continue;
            }
            lineOf.push({ line, ...(parsed.id !== undefined ? { id: parsed.id } : {}) });
            yield parsed.task;
        }
    }
    for await (const outcome of client.submitMany(tasks(), { concurrency: options.concurrency, signal: ctx.signal })) {
        const where = lineOf[outcome.index] ?? { line: 0 };
        if (outcome.ok) {
            const { taskId, agentInstanceId, output, warnings } = outcome.result;
            print({ ...where, ok: true, taskId, agentInstanceId, output, ...(warnings.length > 0 ? { warnings } : {}) });
        }
        else {
            const taskId = outcome.error.context.taskId;
            print({ ...where, ok: false, code: statusName(outcome.error.code), message: outcome.error.message, ...(typeof taskId === 'string' ? { taskId } : {}) });
        }
    }
    const seconds = (performance.now() - started) / 1000;
    const failed = total - ok;
    const byCode = [...failures].map(([code, n]) => `${code} ${n}`).join(', ');
    ctx.stderr.write(`${total} task(s): ${ok} ok, ${failed} failed${failed ? ` (${byCode})` : ''} in ${seconds.toFixed(2)} s${total && seconds > 0 ? ` (${Math.round(total / seconds)}/s)` : ''}\n`);
    return failed > 0 ? ExitCode.FAILED : ExitCode.OK;
}
/** Reads one line as a task (or, with --capability, as a task's input); an error says what is wrong with it. */
export function parseLine(text, options) {
    const read = readLineItem(text, TASK_SHAPE, options.capability);
    const defaults = { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.priority !== undefined ? { priority: options.priority } : {}) };
    if ('input' in read)
        return { task: { capability: read.target, input: read.input, ...defaults } };
    const raw = read.item?.id;
    const id = typeof raw === 'string' ? raw : raw === undefined ? undefined : JSON.stringify(raw);
    if ('error' in read)
        return { error: read.error, ...(id !== undefined ? { id } : {}) };
    const o = read.item;
    for (const key of ['priority', 'timeoutMs']) {
        if (o[key] !== undefined && typeof o[key] !== 'number')
            return { error: `"${key}" must be a number`, ...(id !== undefined ? { id } : {}) };
    }
    if (o.idempotencyKey !== undefined && typeof o.idempotencyKey !== 'string')
        return { error: '"idempotencyKey" must be a string', ...(id !== undefined ? { id } : {}) };
    const task = {
        capability: o.capability,
        ...defaults,
        ...(o.input !== undefined ? { input: o.input } : {}),
        ...(typeof o.priority === 'number' ? { priority: o.priority } : {}),
        ...(typeof o.timeoutMs === 'number' ? { timeoutMs: o.timeoutMs } : {}),
        ...(typeof o.idempotencyKey === 'string' ? { idempotencyKey: o.idempotencyKey } : {}),
    };
    return id !== undefined ? { task, id } : { task };
}
//# sourceMappingURL=submit-many.js.map
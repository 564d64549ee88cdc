import type { Readable } from 'node:stream';
import type { OrchestratorClient, TaskRequest } from '../sdk/client/index.js';
import { Status, statusName } from '../sdk/errors.js';
import type { Json } from '../sdk/grpc/struct.js';
import { ExitCode, type CliContext } from './context.js';
import { numberedLines, readLineItem, type ItemShape } from './json-lines.js';

/** What `troupe task submit-many` was asked to do. */
export interface SubmitManyOptions {
  /** JSON Lines file ('-' for stdin). */
  file: string;
  /** With it, each line is the input of a task of this capability; without, each line is a task object. */
  capability: string | undefined;
  concurrency: number;
  /** Defaults applied to every task that sets none. */
  timeoutMs?: number;
  priority?: number;
  /** Where the file comes from when it is '-'. @default process.stdin */
  stdin?: Readable;
}

/** One line of output: a task's result or error, with the line of the file it came from. */
type ResultLine =
  | { line: number; id?: string; ok: true; taskId: string; agentInstanceId: string; output: Json; warnings?: string[] }
  | { line: number; id?: string; ok: false; code: string; message: string; taskId?: string };

/** The task object a line may hold (without --capability). */
const TASK_SHAPE: ItemShape = { kind: 'task', target: 'capability', keys: new Set(['id', 'capability', 'input', 'priority', 'timeoutMs', 'idempotencyKey']) };

/**
 * Runs every task of a JSON Lines file over one SubmitTasks stream, `concurrency` at a time, reading
 * the file only as fast as tasks finish. Prints one JSON line per task on stdout as it finishes (in
 * completion order, each naming its line), then a summary on stderr. A line that is not a task is
 * reported like a failed task and sent nowhere. Exit code 1 when any task failed.
 */
export async function submitMany(client: OrchestratorClient, options: SubmitManyOptions, ctx: CliContext): Promise<number> {
  const started = performance.now();
  const lineOf: { line: number; id?: string }[] = [];
  const failures = new Map<string, number>();
  let ok = 0;
  let total = 0;
  const print = (result: ResultLine): void => {
    total++;
    if (result.ok) ok++;
    else failures.set(result.code, (failures.get(result.code) ?? 0) + 1);
    ctx.stdout.write(`${JSON.stringify(result)}\n`);
  };
  async function* tasks(): AsyncGenerator<TaskRequest> {
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
    } else {
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
export function parseLine(text: string, options: Pick<SubmitManyOptions, 'capability' | 'timeoutMs' | 'priority'>): { task: TaskRequest; id?: string } | { error: string; id?: string } {
  const read = readLineItem(text, TASK_SHAPE, options.capability);
  const defaults = { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.priority !== undefined ? { priority: options.priority } : {}) };
  if ('input' in read) return { task: { capability: read.target, input: read.input as Json, ...defaults } };
  const raw = read.item?.id;
  const id = typeof raw === 'string' ? raw : raw === undefined ? undefined : JSON.stringify(raw);
  if ('error' in read) return { error: read.error, ...(id !== undefined ? { id } : {}) };
  const o = read.item as Record<string, unknown> & { capability: string };
  for (const key of ['priority', 'timeoutMs'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'number') return { error: `"${key}" must be a number`, ...(id !== undefined ? { id } : {}) };
  }
  if (o.idempotencyKey !== undefined && typeof o.idempotencyKey !== 'string') return { error: '"idempotencyKey" must be a string', ...(id !== undefined ? { id } : {}) };
  const task: TaskRequest = {
    capability: o.capability,
    ...defaults,
    ...(o.input !== undefined ? { input: o.input as Json } : {}),
    ...(typeof o.priority === 'number' ? { priority: o.priority } : {}),
    ...(typeof o.timeoutMs === 'number' ? { timeoutMs: o.timeoutMs } : {}),
    ...(typeof o.idempotencyKey === 'string' ? { idempotencyKey: o.idempotencyKey } : {}),
  };
  return id !== undefined ? { task, id } : { task };
}

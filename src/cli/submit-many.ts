import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { OrchestratorClient, TaskRequest } from '../sdk/client/index.js';
import { Status, statusName } from '../sdk/errors.js';
import type { Json } from '../sdk/grpc/struct.js';
import { describeJsonError } from './args.js';
import { ExitCode, type CliContext } from './context.js';

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
const TASK_KEYS = new Set(['id', 'capability', 'input', 'priority', 'timeoutMs', 'idempotencyKey']);

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
    const input = options.file === '-' ? (options.stdin ?? process.stdin) : createReadStream(options.file, 'utf8');
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${describeJsonError(text, err)}` };
  }
  const defaults = { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.priority !== undefined ? { priority: options.priority } : {}) };
  if (options.capability !== undefined) return { task: { capability: options.capability, input: value as Json, ...defaults } };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'a line must be a task object {"capability": ..., "input": ...} (or pass --capability NAME to make each line an input)' };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : o.id === undefined ? undefined : JSON.stringify(o.id);
  const unknown = Object.keys(o).filter((k) => !TASK_KEYS.has(k));
  if (unknown.length > 0) return { error: `unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; a task has ${[...TASK_KEYS].join(', ')}`, ...(id !== undefined ? { id } : {}) };
  if (typeof o.capability !== 'string' || o.capability === '') return { error: '"capability" is required (a string)', ...(id !== undefined ? { id } : {}) };
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

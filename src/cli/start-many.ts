import type { Readable } from 'node:stream';
import type { OrchestratorClient, StartRunRequest, StartRunsResult } from '../sdk/client/index.js';
import { Status, statusName } from '../sdk/errors.js';
import type { Json } from '../sdk/grpc/struct.js';
import { ExitCode, type CliContext } from './context.js';
import { numberedLines, readLineItem, type ItemShape } from './json-lines.js';

/** Runs per StartRuns call (the server's limit). */
export const START_MANY_BATCH = 1000;

/** What `troupe run start-many` was asked to do. */
export interface StartManyOptions {
  /** JSON Lines file ('-' for stdin). */
  file: string;
  /** With it, each line is the input of a run of this workflow; without, each line is a run object. */
  workflow: string | undefined;
  /** Defaults applied to every run that sets none. */
  priority?: number;
  timeoutMs?: number;
  /** Where the file comes from when it is '-'. @default process.stdin */
  stdin?: Readable;
  /** Runs per call. @default START_MANY_BATCH */
  batch?: number;
}

/** The run object a line may hold (without --workflow). */
const RUN_SHAPE: ItemShape = { kind: 'run', target: 'workflow', keys: new Set(['workflow', 'input', 'idempotencyKey', 'priority', 'timeoutMs', 'callbackUrl', 'callbackSecretId']) };

/** Reads one line as a run (or, with --workflow, as a run's input); an error says what is wrong with it. */
export function parseRunLine(text: string, options: Pick<StartManyOptions, 'workflow' | 'priority' | 'timeoutMs'>): { run: StartRunRequest } | { error: string } {
  const read = readLineItem(text, RUN_SHAPE, options.workflow);
  const defaults = { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.priority !== undefined ? { priority: options.priority } : {}) };
  if ('error' in read) return { error: read.error };
  if ('input' in read) return { run: { workflow: read.target, input: read.input as Json, ...defaults } };
  const o = read.item as Record<string, unknown> & { workflow: string };
  for (const key of ['priority', 'timeoutMs'] as const) {
    if (o[key] !== undefined && (typeof o[key] !== 'number' || !Number.isInteger(o[key]) || o[key] < 0)) return { error: `"${key}" must be a whole number` };
  }
  for (const key of ['idempotencyKey', 'callbackUrl', 'callbackSecretId'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') return { error: `"${key}" must be a string` };
  }
  const run: StartRunRequest = {
    workflow: o.workflow,
    ...defaults,
    ...(o.input !== undefined ? { input: o.input as Json } : {}),
    ...(typeof o.priority === 'number' ? { priority: o.priority } : {}),
    ...(typeof o.timeoutMs === 'number' ? { timeoutMs: o.timeoutMs } : {}),
    ...(typeof o.idempotencyKey === 'string' ? { idempotencyKey: o.idempotencyKey } : {}),
    ...(typeof o.callbackUrl === 'string' ? { callbackUrl: o.callbackUrl } : {}),
    ...(typeof o.callbackSecretId === 'string' ? { callbackSecretId: o.callbackSecretId } : {}),
  };
  return { run };
}

/** One line of output: a run started (or existing), or why its line did not start one. */
type ResultLine = { line: number; ok: true; runId: string; existing: boolean; traceId: string; workflow: string } | { line: number; ok: false; code: string; message: string };

/**
 * Starts the run of every line of a JSON Lines file with StartRuns, up to 1000 per call.
 * Prints one JSON line per run on stdout, in file order (each naming its line), then a
 * summary on stderr. A line that is not a run is reported like a refused run and sent
 * nowhere. Exit code 1 when any line did not start a run.
 */
export async function startMany(client: OrchestratorClient, options: StartManyOptions, ctx: CliContext): Promise<number> {
  const began = performance.now();
  const size = options.batch ?? START_MANY_BATCH;
  const counts = { started: 0, existing: 0, refused: 0 };
  const byCode = new Map<string, number>();
  const print = (result: ResultLine): void => {
    if (result.ok) counts[result.existing ? 'existing' : 'started']++;
    else {
      counts.refused++;
      byCode.set(result.code, (byCode.get(result.code) ?? 0) + 1);
    }
    ctx.stdout.write(`${JSON.stringify(result)}\n`);
  };
  let batch: { line: number; run?: StartRunRequest; error?: string }[] = [];
  const flush = async (): Promise<void> => {
    const runs = batch.flatMap((b) => (b.run ? [b.run] : []));
    const results: StartRunsResult[] = runs.length > 0 ? await client.startRuns(runs, { signal: ctx.signal }) : [];
    let next = 0;
    for (const b of batch) {
      if (!b.run) {
        print({ line: b.line, ok: false, code: statusName(Status.INVALID_ARGUMENT), message: b.error ?? 'not a run' });
        continue;
      }
      const result = results[next++];
      if (result && 'run' in result) print({ line: b.line, ok: true, ...result.run, workflow: b.run.workflow });
      else print({ line: b.line, ok: false, code: statusName(result?.error.code ?? Status.UNKNOWN), message: result?.error.message ?? 'no result' });
    }
    batch = [];
  };
  let pending = 0;
  for await (const { line, text } of numberedLines(options.file, options.stdin)) {
    const parsed = parseRunLine(text, options);
    batch.push('run' in parsed ? { line, run: parsed.run } : { line, error: parsed.error });
    if ('run' in parsed) pending++;
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

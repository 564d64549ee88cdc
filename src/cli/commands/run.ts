import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { StartRunRequest } from '../../sdk/client/index.js';
import { parseCommandArgs, parseIntegerFlag, parseJsonFlag } from '../args.js';
import { ExitCode, type CliContext, type Command } from '../context.js';
import { UsageError } from '../errors.js';
import { eventTypeFilter } from '../../sdk/run-event-types.js';
import { traceSuffix } from '../format/run-common.js';
import { formatRunReport } from '../format/run-report.js';
import { asView, type ReportView } from '../format/run-types.js';
import { readJsonInput } from '../run-input.js';
import { watchRun } from '../run-watch.js';
import { startMany, type StartManyOptions } from '../start-many.js';

const USAGE = `usage: troupe run <workflow> [--input JSON | --input-file FILE] [--priority 1-5] [--timeout MS]
                  [--idempotency-key KEY] [--watch [--chunks]] [--out FILE] [--json [--types LIST]]
       troupe run show <run-id> [--json]
       troupe run cancel <run-id> [--reason TEXT] [--json]
       troupe run signal <run-id> <step-id> [--payload JSON] [--reject] [--json]
       troupe run start-many --file FILE [--workflow NAME] [--priority 1-5] [--timeout MS]

Starts a run of a registered workflow and prints its run id and trace id; with --watch,
follows it to the end: a live step table on a terminal (one line per event otherwise),
the run's output JSON on stdout, warnings and errors on stderr. Exit code 0 when the
run completed (with or without warnings), 1 when it failed or was cancelled.
Ctrl-C stops watching; the run goes on (troupe run cancel <run-id> stops it).

'show' prints a run's report: status, timings, output, then each step with every attempt.
'cancel' cancels a run and its tasks in flight and prints the status after the request.
'signal' approves a step that waits for a signal (wait_for_signal); --payload becomes its
output (\${steps.<id>.output}); --reject fails it instead (then its on_failure applies).
'start-many' starts the run of every line of a JSON Lines file ('-' for stdin) with
StartRuns (1000 per call): each line is a run {"workflow", "input", "idempotencyKey",
"priority", "timeoutMs", "callbackUrl", "callbackSecretId"}, or with --workflow the input
of a run of that workflow. One JSON line per run on stdout, in file order, then a summary
on stderr; exit code 1 when any line did not start a run (its code says why).
A workflow called 'show', 'cancel', 'signal' or 'start-many' is started with 'troupe run -- show ...'.

options:
  --input JSON               run input as JSON text, e.g. '{"topic":"tides"}' (default {})
  --input-file FILE          read the run input JSON from FILE ('-' for stdin)
  --priority N               1 (highest) ... 5 (lowest); default 3
  --timeout MS               time budget of the whole run in milliseconds
  --idempotency-key KEY      starting again with the same key returns the first run
  --watch                    follow the run until it ends
  --chunks                   with --watch off a terminal: one line per streamed chunk
                             (default: one summary line per streamed step)
  --out FILE                 with --watch: write streamed chunk bytes to FILE as they arrive;
                             a FILE ending in .wav gets a WAV header for audio/L16 PCM
  --reason TEXT              (cancel) why, kept in the run's report
  --payload JSON             (signal) the step's output, e.g. '{"comment":"ship it"}' (default null)
  --reject                   (signal) reject: the step fails
  --file FILE                (start-many) the JSON Lines file of runs, '-' for stdin
  --workflow NAME            (start-many) every line is the input of a run of NAME
  --json                     print JSON (one event per line with --watch)
  --types LIST               with --watch --json: only these event types, comma-separated; an
                             entry ending in a dot is a prefix ('run.': the start and the end)
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;

const START_OPTIONS = {
  input: { type: 'string' },
  'input-file': { type: 'string' },
  priority: { type: 'string' },
  timeout: { type: 'string' },
  'idempotency-key': { type: 'string' },
  watch: { type: 'boolean' },
  chunks: { type: 'boolean' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  types: { type: 'string' },
} as const;
const SHOW_OPTIONS = { json: { type: 'boolean' } } as const;
const CANCEL_OPTIONS = { reason: { type: 'string' }, json: { type: 'boolean' } } as const;
const SIGNAL_OPTIONS = { payload: { type: 'string' }, reject: { type: 'boolean' }, json: { type: 'boolean' } } as const;
const MANY_OPTIONS = { file: { type: 'string' }, workflow: { type: 'string' }, priority: { type: 'string' }, timeout: { type: 'string' } } as const;

/** Largest --timeout: the wire field is a uint32 of milliseconds. */
const MAX_TIMEOUT_MS = 0xffff_ffff;
/** Deadline of the unary run calls (they answer from memory). */
const CALL_TIMEOUT_MS = 10_000;

/** `troupe run`: start (and watch) a run, show a run's report, or cancel a run. */
export const command: Command = {
  name: 'run',
  summary: 'Start a workflow run (and watch it) or many from a file, show its report, cancel it, or signal a waiting step',
  usage: USAGE,
  async run(args, ctx) {
    // The subcommand must come first, so `troupe run -- show` can still start a workflow called "show".
    if (args[0] === 'show') return show(args.slice(1), ctx);
    if (args[0] === 'cancel') return cancel(args.slice(1), ctx);
    if (args[0] === 'signal') return signal(args.slice(1), ctx);
    if (args[0] === 'start-many') return many(args.slice(1), ctx);
    return start(args, ctx);
  },
};

async function start(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, START_OPTIONS);
  const [workflow, extra] = positionals;
  if (workflow === undefined) throw new UsageError('troupe run needs a <workflow> (see troupe workflows), or show/cancel <run-id>');
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}' (pass input with --input)`);
  if (values.out !== undefined && !values.watch) throw new UsageError('--out needs --watch (chunks are written while the run is watched)');
  if (values.out === '') throw new UsageError('--out needs a file name');
  if (values.chunks && !values.watch) throw new UsageError('--chunks needs --watch');
  if (values.types !== undefined && !(values.watch && values.json)) throw new UsageError('--types needs --watch --json (the step table needs every event)');
  const types = values.types?.split(',').map((t) => t.trim()).filter(Boolean);
  if (types?.length === 0) throw new UsageError('--types needs event types, e.g. --types run. or --types run.completed,run.failed');
  try {
    eventTypeFilter(types); // before the run is started: a bad entry would start a run and then fail the watch
  } catch (err) {
    throw new UsageError(`--types: ${(err as Error).message}`);
  }
  const req: StartRunRequest = { workflow, input: (await readJsonInput(values.input, values['input-file'])) ?? {} };
  if (values.priority !== undefined) req.priority = parseIntegerFlag('--priority', values.priority, { min: 1, max: 5 });
  if (values.timeout !== undefined) req.timeoutMs = parseIntegerFlag('--timeout', values.timeout, { min: 1, max: MAX_TIMEOUT_MS });
  if (values['idempotency-key'] !== undefined) req.idempotencyKey = values['idempotency-key'];
  const client = ctx.connect(values.orchestrator);
  const started = await client.startRun(req, { signal: ctx.signal, deadline: deadline() });
  const json = values.json ?? false;
  if (!values.watch) {
    ctx.stdout.write(
      json
        ? `${JSON.stringify({ ...started, workflow }, null, 2)}\n`
        : `run ${started.runId} ${started.existing ? 'already started (same idempotency key)' : 'started'}: ${workflow}${traceSuffix(started.traceId)}\n`,
    );
    return ExitCode.OK;
  }
  if (started.existing && !json) ctx.stderr.write(`run ${started.runId} was already started with this idempotency key; watching it\n`);
  return watchRun(client, started.runId, { json, traceId: started.traceId, chunks: values.chunks ?? false, ...(values.out ? { outFile: values.out } : {}), ...(types ? { types } : {}) }, ctx);
}

async function show(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, SHOW_OPTIONS);
  const runId = oneRunId(positionals, 'show');
  const report = await ctx.connect(values.orchestrator).getRun(runId, { signal: ctx.signal, deadline: deadline() });
  ctx.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatRunReport(asView<ReportView>(report)));
  return ExitCode.OK;
}

async function cancel(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, CANCEL_OPTIONS);
  const runId = oneRunId(positionals, 'cancel');
  const { status } = await ctx.connect(values.orchestrator).cancelRun(runId, values.reason ?? '', { signal: ctx.signal, deadline: deadline() });
  if (values.json) ctx.stdout.write(`${JSON.stringify({ runId, status }, null, 2)}\n`);
  else ctx.stdout.write(`run ${runId} is ${status}${status === 'cancelled' ? '' : ' (it had already ended; nothing to cancel)'}\n`);
  return ExitCode.OK;
}

async function signal(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, SIGNAL_OPTIONS);
  const [runId, stepId, extra] = positionals;
  if (runId === undefined || stepId === undefined) throw new UsageError('troupe run signal needs a <run-id> and a <step-id> (see troupe run show <run-id>)');
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}' (pass the payload with --payload)`);
  const payload = values.payload === undefined ? null : parseJsonFlag('--payload', values.payload);
  const reject = values.reject ?? false;
  const result = await ctx.connect(values.orchestrator).signalRun(runId, stepId, { payload, reject }, { signal: ctx.signal, deadline: deadline() });
  if (values.json) ctx.stdout.write(`${JSON.stringify({ runId, stepId, ...result }, null, 2)}\n`);
  else ctx.stdout.write(`step ${stepId} of run ${runId} ${reject ? 'rejected' : 'approved'}: step ${result.stepStatus}, run ${result.runStatus}\n`);
  return ExitCode.OK;
}

async function many(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, MANY_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (troupe run start-many takes its runs from --file)`);
  const file = values.file;
  if (file === undefined || file === '') throw new UsageError('troupe run start-many needs --file FILE (JSON Lines, one run per line; - for stdin)');
  if (file !== '-') {
    try {
      await access(file, constants.R_OK);
    } catch (err) {
      throw new UsageError(`--file: cannot read '${file}': ${(err as Error).message}`);
    }
  }
  if (values.workflow === '') throw new UsageError('--workflow needs a workflow name');
  const options: StartManyOptions = { file, workflow: values.workflow };
  if (values.priority !== undefined) options.priority = parseIntegerFlag('--priority', values.priority, { min: 1, max: 5 });
  if (values.timeout !== undefined) options.timeoutMs = parseIntegerFlag('--timeout', values.timeout, { min: 1, max: MAX_TIMEOUT_MS });
  return startMany(ctx.connect(values.orchestrator), options, ctx);
}

function oneRunId(positionals: string[], sub: string): string {
  const [runId, extra] = positionals;
  if (runId === undefined) throw new UsageError(`troupe run ${sub} needs a <run-id> (see troupe runs)`);
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  return runId;
}

function deadline(): Date {
  return new Date(Date.now() + CALL_TIMEOUT_MS);
}

import { readFile } from 'node:fs/promises';
import type { TaskRequest } from '../../sdk/client/index.js';
import type { Json } from '../../sdk/grpc/struct.js';
import { parseCommandArgs, parseIntegerFlag, parseJsonFlag } from '../args.js';
import type { Command } from '../context.js';
import { UsageError } from '../errors.js';
import { runStreamTask, runUnaryTask, type TaskOutputOptions } from '../task-output.js';

const USAGE = `usage: troupe task <capability> [--input JSON | --input-file FILE] [--stream] [--out FILE]
                   [--priority 1-5] [--timeout MS] [--idempotency-key KEY] [--json]

Runs one task of <capability> on an agent the orchestrator picks.
Prints the output JSON on stdout; the task id, agent instance and trace id go to stderr.

options:
  --input JSON               task input as JSON text, e.g. '{"text":"Hello"}'
  --input-file FILE          read the task input JSON from FILE
  --stream                   call StreamTask: show progress and chunks as they arrive
  --out FILE                 write binary output (chunk bytes as they arrive) to FILE; a FILE ending
                             in .wav gets a WAV header when the data is audio/L16 PCM
  --priority N               1 (highest) ... 5 (lowest); default 3
  --timeout MS               time budget for the task in milliseconds
  --idempotency-key KEY      resubmitting with the same key is safe for idempotent agents
  --json                     print the whole response as JSON (one event per line with --stream)
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;

const OPTIONS = {
  input: { type: 'string' },
  'input-file': { type: 'string' },
  stream: { type: 'boolean' },
  out: { type: 'string' },
  priority: { type: 'string' },
  timeout: { type: 'string' },
  'idempotency-key': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Largest --timeout: the wire field is a uint32 of milliseconds. */
const MAX_TIMEOUT_MS = 0xffff_ffff;

/** `troupe task`: run one task, unary or streaming. */
export const command: Command = {
  name: 'task',
  summary: 'Run one task of a capability and print its output',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [capability, extra] = positionals;
    if (capability === undefined) throw new UsageError('troupe task needs a <capability>');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}' (pass input with --input)`);
    if (values.input !== undefined && values['input-file'] !== undefined) {
      throw new UsageError('--input and --input-file cannot be used together');
    }
    if (values.out === '') throw new UsageError('--out needs a file name');
    const req: TaskRequest = { capability };
    const input = await readInput(values.input, values['input-file']);
    if (input !== undefined) req.input = input;
    if (values.priority !== undefined) req.priority = parseIntegerFlag('--priority', values.priority, { min: 1, max: 5 });
    if (values.timeout !== undefined) req.timeoutMs = parseIntegerFlag('--timeout', values.timeout, { min: 1, max: MAX_TIMEOUT_MS });
    if (values['idempotency-key'] !== undefined) req.idempotencyKey = values['idempotency-key'];
    const out: TaskOutputOptions = { json: values.json ?? false, outFile: values.out };
    const client = ctx.connect(values.orchestrator);
    return values.stream ? runStreamTask(client, req, out, ctx) : runUnaryTask(client, req, out, ctx);
  },
};

async function readInput(inline: string | undefined, file: string | undefined): Promise<Json | undefined> {
  if (inline !== undefined) return parseJsonFlag('--input', inline);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--input-file: cannot read '${file}': ${(err as Error).message}`);
  }
  return parseJsonFlag(`--input-file (${file})`, text);
}

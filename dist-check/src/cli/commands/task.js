import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { DEFAULT_SUBMIT_MANY_CONCURRENCY } from '../../sdk/client/index.js';
import { parseCommandArgs, parseIntegerFlag, parseJsonFlag } from '../args.js';
import { UsageError } from '../errors.js';
import { submitMany } from '../submit-many.js';
import { runStreamTask, runUnaryTask } from '../task-output.js';
const USAGE = `usage: troupe task <capability> [--input JSON | --input-file FILE] [--stream] [--out FILE]
                   [--priority 1-5] [--timeout MS] [--idempotency-key KEY] [--json]
       troupe task submit-many --file FILE [--capability NAME] [--concurrency N]
                   [--priority 1-5] [--timeout MS]

Runs one task of <capability> on an agent the orchestrator picks.
Prints the output JSON on stdout; the task id, agent instance and trace id go to stderr.

'submit-many' runs every task of a JSON Lines file ('-' for stdin) over one SubmitTasks
stream, N at a time (default 64), reading the file only as fast as tasks finish. Each line
is a task {"capability": ..., "input": ..., "priority"?, "timeoutMs"?, "idempotencyKey"?,
"id"?}, or with --capability the input of a task of that capability. One JSON line per task
goes to stdout as it finishes ({"line", "id"?, "ok", "output" | "code" and "message", ...}),
a summary to stderr; exit code 1 when any task failed (or a line is not a task).
A capability called 'submit-many' is run with 'troupe task -- submit-many ...'.

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
  --file FILE                (submit-many) the JSON Lines file of tasks, '-' for stdin
  --capability NAME          (submit-many) every line is the input of a task of NAME
  --concurrency N            (submit-many) tasks in flight at once, 1 ... 100000; default 64
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
};
const MANY_OPTIONS = {
    file: { type: 'string' },
    capability: { type: 'string' },
    concurrency: { type: 'string' },
    priority: { type: 'string' },
    timeout: { type: 'string' },
};
/** Largest --timeout: the wire field is a uint32 of milliseconds. */
const MAX_TIMEOUT_MS = 0xffff_ffff;
/** `troupe task`: run one task, unary or streaming. */
export const command = {
    name: 'task',
    summary: 'Run one task of a capability and print its output, or many from a file (submit-many)',
    usage: USAGE,
    async run(args, ctx) {
        // The subcommand must come first, so `troupe task -- submit-many` can still run a capability called so.
        if (args[0] === 'submit-many')
            return many(args.slice(1), ctx);
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [capability, extra] = positionals;
        if (capability === undefined)
            throw new UsageError('troupe task needs a <capability>');
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}' (pass input with --input)`);
        if (values.input !== undefined && values['input-file'] !== undefined) {
            throw new UsageError('--input and --input-file cannot be used together');
        }
        if (values.out === '')
            throw new UsageError('--out needs a file name');
        const req = { capability };
        const input = await readInput(values.input, values['input-file']);
        if (input !== undefined)
            req.input = input;
        if (values.priority !== undefined)
            req.priority = parseIntegerFlag('--priority', values.priority, { min: 1, max: 5 });
        if (values.timeout !== undefined)
            req.timeoutMs = parseIntegerFlag('--timeout', values.timeout, { min: 1, max: MAX_TIMEOUT_MS });
        if (values['idempotency-key'] !== undefined)
            req.idempotencyKey = values['idempotency-key'];
        const out = { json: values.json ?? false, outFile: values.out };
        const client = ctx.connect(values.orchestrator);
        return values.stream ? runStreamTask(client, req, out, ctx) : runUnaryTask(client, req, out, ctx);
    },
};
async function many(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, MANY_OPTIONS);
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument '${positionals[0]}' (troupe task submit-many takes its tasks from --file)`);
    const file = values.file;
    if (file === undefined || file === '')
        throw new UsageError('troupe task submit-many needs --file FILE (JSON Lines, one task per line; - for stdin)');
    if (file !== '-') {
        try {
            await access(file, constants.R_OK);
        }
        catch (err) {
            throw new UsageError(`--file: cannot read '${file}': ${err.message}`);
        }
    }
    if (values.capability === '')
        throw new UsageError('--capability needs a capability name');
    const options = {
        file,
        capability: values.capability,
        concurrency: values.concurrency === undefined ? DEFAULT_SUBMIT_MANY_CONCURRENCY : parseIntegerFlag('--concurrency', values.concurrency, { min: 1, max: 100_000 }),
    };
    if (values.priority !== undefined)
        options.priority = parseIntegerFlag('--priority', values.priority, { min: 1, max: 5 });
    if (values.timeout !== undefined)
        options.timeoutMs = parseIntegerFlag('--timeout', values.timeout, { min: 1, max: MAX_TIMEOUT_MS });
    return submitMany(ctx.connect(values.orchestrator), options, ctx);
}
async function readInput(inline, file) {
    if (inline !== undefined)
        return parseJsonFlag('--input', inline);
    if (file === undefined)
        return undefined;
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        throw new UsageError(`--input-file: cannot read '${file}': ${err.message}`);
    }
    return parseJsonFlag(`--input-file (${file})`, text);
}
//# sourceMappingURL=task.js.map
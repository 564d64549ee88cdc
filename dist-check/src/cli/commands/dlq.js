import { parseCommandArgs, parseIntegerFlag } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { asView } from '../format/run-types.js';
import { formatDeadLetterTable } from '../format/runs.js';
const USAGE = `usage: troupe dlq [--run RUN-ID] [--limit N] [--json]
       troupe dlq replay TASK-ID [--as-run | --from-step] [--json]
       troupe dlq discard TASK-ID [--json]

Lists dead letters, newest first: tasks of workflow runs that failed every attempt
(and their fallback), with the run and step they belong to, the capability, how many
attempts were made, when the task was given up and why. --json includes each task's
input and every attempt (instance, status code, message).

'replay' re-runs a dead letter's task alone and prints its output; with --as-run it
starts a new run of the dead letter's workflow with its run's input instead (every
step runs again) and prints the run id; with --from-step it starts that run again from
the failed step: the steps that succeeded before it (and do not depend on it) keep their
outputs and are not run again. A replay that succeeds removes the record.
'discard' gives the task up for good and removes the record.

options:
  --run RUN-ID               only dead letters of this run
  --limit N                  at most N records, 1 ... 10000; default 100
  --as-run                   replay: start a new run instead of re-running the step
  --from-step                replay: start a new run from the failed step, reusing earlier outputs
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    run: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    'as-run': { type: 'boolean' },
    'from-step': { type: 'boolean' },
};
/** `troupe dlq`: the dead-letter table. */
export const command = {
    name: 'dlq',
    summary: 'List dead letters: run tasks that failed all their attempts',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, taskId, extra] = positionals;
        if (sub === 'replay' || sub === 'discard') {
            if (!taskId)
                throw new UsageError(`troupe dlq ${sub} needs a TASK-ID (see troupe dlq)`);
            if (extra !== undefined)
                throw new UsageError(`unexpected argument '${extra}'`);
            if ((values['as-run'] || values['from-step']) && sub === 'discard')
                throw new UsageError(`${values['as-run'] ? '--as-run' : '--from-step'} is for replay`);
            if (values['as-run'] && values['from-step'])
                throw new UsageError('--as-run and --from-step exclude each other: a whole new run, or one from the failed step');
            const client = ctx.connect(values.orchestrator);
            if (sub === 'discard') {
                const record = await client.discardDeadLetter(taskId, { signal: ctx.signal, deadline: new Date(Date.now() + 10_000) });
                ctx.stdout.write(values.json ? `${JSON.stringify(record, null, 2)}\n` : `discarded ${taskId}\n`);
                return ExitCode.OK;
            }
            const mode = values['as-run'] ? 'run' : values['from-step'] ? 'from_step' : 'step';
            const result = await client.replayDeadLetter(taskId, mode, { signal: ctx.signal });
            if (values.json)
                ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            else if (!result.runId)
                ctx.stdout.write(`replayed ${taskId} as task ${result.taskId}: ${JSON.stringify(result.output)}\n`);
            else if (mode !== 'from_step')
                ctx.stdout.write(`replayed ${taskId} as run ${result.runId}\n`);
            else
                ctx.stdout.write(`replayed ${taskId} as run ${result.runId} from step ${result.fromStepId}; reused (not run again): ${result.reusedStepIds.join(', ') || 'none'}\n`);
            return ExitCode.OK;
        }
        if (values['as-run'] || values['from-step'])
            throw new UsageError(`${values['as-run'] ? '--as-run' : '--from-step'} is for replay`);
        if (positionals[0] !== undefined)
            throw new UsageError(`unexpected argument '${positionals[0]}' (use --run RUN-ID)`);
        if (values.run === '')
            throw new UsageError('--run needs a run id');
        const limit = values.limit === undefined ? undefined : parseIntegerFlag('--limit', values.limit, { min: 1, max: 10_000 });
        const records = await ctx.connect(values.orchestrator).listDeadLetters({ ...(values.run ? { runId: values.run } : {}), ...(limit ? { limit } : {}) }, { signal: ctx.signal, deadline: new Date(Date.now() + 10_000) });
        ctx.stdout.write(values.json ? `${JSON.stringify(records, null, 2)}\n` : formatDeadLetterTable(records.map((r) => asView(r)), Date.now()));
        return ExitCode.OK;
    },
};
//# sourceMappingURL=dlq.js.map
import { parseCommandArgs, parseDuration } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
import { readJsonInput } from '../run-input.js';
import { formatScheduleLine, formatScheduleTable } from '../format/schedules.js';
const USAGE = `usage: troupe schedule create NAME --workflow W (--cron EXPR | --at TIME) [--timezone TZ]
                              [--input JSON | --input-file FILE] [--catch-up DURATION] [--json]
       troupe schedule list [--workflow W] [--json]
       troupe schedule show NAME [--json]
       troupe schedule pause NAME [--json]
       troupe schedule resume NAME [--json]
       troupe schedule delete NAME [--json]

Durable schedules: the orchestrators start a run of a workflow on every tick of a cron
expression, or once at a time, exactly once per tick however many orchestrators run.

'create' needs --cron (5 fields: minute hour day-of-month month day-of-week, e.g.
"*/5 * * * *"; or 6 with seconds first) or --at (an RFC 3339 time in the future, e.g.
2026-12-24T18:00:00Z). --timezone reads the cron in an IANA zone (default UTC).
--catch-up sets how late a tick missed while every orchestrator was down may still start
(e.g. 10m, 2h; default one interval of the cron, one hour for --at); older ones are skipped
and counted. Paused schedules skip their ticks; 'resume' goes on from now.
See docs/schedules.md.

options:
  --workflow NAME            the workflow to run (create), or only its schedules (list)
  --cron EXPR                cron expression
  --at TIME                  one run at TIME (RFC 3339 with a zone)
  --timezone TZ              IANA time zone of the cron, e.g. Europe/Paris
  --input JSON               the run input (the same for every run)
  --input-file FILE          the run input from a JSON file ('-' for stdin)
  --catch-up DURATION        catch-up window: 500ms, 30s, 10m, 2h
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    workflow: { type: 'string' },
    cron: { type: 'string' },
    at: { type: 'string' },
    timezone: { type: 'string' },
    input: { type: 'string' },
    'input-file': { type: 'string' },
    'catch-up': { type: 'string' },
    json: { type: 'boolean' },
};
const SUBCOMMANDS = ['create', 'list', 'show', 'pause', 'resume', 'delete'];
const CALL_TIMEOUT_MS = 15_000;
/** `troupe schedule`: create, list, show, pause, resume and delete durable schedules. */
export const command = {
    name: 'schedule',
    summary: 'Create, list, pause, resume and delete schedules (cron or one-off runs of a workflow)',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, name, extra] = positionals;
        if (sub === undefined)
            throw new UsageError(`troupe schedule needs a subcommand: ${SUBCOMMANDS.join(', ')}`);
        if (!SUBCOMMANDS.includes(sub) && sub !== 'ls')
            throw new UsageError(`unknown subcommand '${sub}'${didYouMean(sub, SUBCOMMANDS)} (expected one of ${SUBCOMMANDS.join(', ')})`);
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        const client = ctx.connect(values.orchestrator);
        const call = { signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) };
        const json = values.json ?? false;
        if (sub === 'list' || sub === 'ls') {
            if (name !== undefined)
                throw new UsageError(`unexpected argument '${name}' (did you mean 'troupe schedule show ${name}'?)`);
            const all = await client.listSchedules(values.workflow ? { workflow: values.workflow } : {}, call);
            ctx.stdout.write(json ? `${JSON.stringify(all, null, 2)}\n` : formatScheduleTable(all));
            return ExitCode.OK;
        }
        if (name === undefined)
            throw new UsageError(`troupe schedule ${sub} needs the schedule's NAME`);
        if (sub === 'create')
            return create(name, values, client, ctx, call, json);
        const schedule = sub === 'show' ? await client.getSchedule(name, call) : sub === 'pause' ? await client.pauseSchedule(name, call) : sub === 'resume' ? await client.resumeSchedule(name, call) : await client.deleteSchedule(name, call);
        if (json)
            ctx.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
        else if (sub === 'show')
            ctx.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
        else
            ctx.stdout.write(formatScheduleLine({ pause: 'paused', resume: 'resumed', delete: 'deleted' }[sub], schedule));
        return ExitCode.OK;
    },
};
async function create(name, values, client, ctx, call, json) {
    if (!values.workflow)
        throw new UsageError('troupe schedule create needs --workflow NAME (see `troupe workflows`)');
    if (values.cron === undefined && values.at === undefined)
        throw new UsageError('troupe schedule create needs --cron EXPR (e.g. "*/5 * * * *") or --at TIME (e.g. 2026-12-24T18:00:00Z)');
    if (values.cron !== undefined && values.at !== undefined)
        throw new UsageError('--cron and --at cannot be used together: a schedule repeats (--cron) or runs once (--at)');
    const input = await readJsonInput(values.input, values['input-file']);
    const catchUpWindowMs = values['catch-up'] === undefined ? undefined : parseDuration('--catch-up', values['catch-up']);
    const schedule = await client.createSchedule({
        name,
        workflow: values.workflow,
        ...(values.cron !== undefined ? { cron: values.cron } : {}),
        ...(values.at !== undefined ? { at: values.at } : {}),
        ...(values.timezone !== undefined ? { timezone: values.timezone } : {}),
        ...(input !== undefined ? { input } : {}),
        ...(catchUpWindowMs !== undefined ? { catchUpWindowMs } : {}),
    }, call);
    ctx.stdout.write(json ? `${JSON.stringify(schedule, null, 2)}\n` : formatScheduleLine('created', schedule));
    return ExitCode.OK;
}
//# sourceMappingURL=schedule.js.map
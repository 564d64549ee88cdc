import { parseCommandArgs, parseIntegerFlag, parseTimeFlag } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { asView } from '../format/run-types.js';
import { formatRunsTable } from '../format/runs.js';
const USAGE = `usage: troupe runs [--workflow NAME] [--status STATUS] [--since TIME] [--before TIME] [--limit N] [--json]

Lists workflow runs, newest first: run id, workflow, status, when it was created,
how long it took (or has taken so far) and its error. 'troupe run show <run-id>'
prints one run in full.

options:
  --workflow NAME            only runs of workflow NAME
  --status STATUS            only runs in STATUS: pending, running, completed, failed, cancelled
  --since TIME               only runs created since TIME: a duration ago (15m, 2h, 7d) or an
                             RFC 3339 time (2026-12-05T10:00:00Z)
  --before TIME              only runs created before TIME (same forms)
  --limit N                  at most N runs, 1 ... 10000; default 100
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    workflow: { type: 'string' },
    status: { type: 'string' },
    since: { type: 'string' },
    before: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
};
/** The statuses a run can be in. */
export const RUN_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'];
/** `troupe runs`: the table of runs. */
export const command = {
    name: 'runs',
    summary: 'List workflow runs, newest first',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        if (positionals[0] !== undefined)
            throw new UsageError(`unexpected argument '${positionals[0]}' (did you mean 'troupe run show ${positionals[0]}'?)`);
        if (values.status !== undefined && !RUN_STATUSES.includes(values.status)) {
            throw new UsageError(`--status must be one of ${RUN_STATUSES.join(', ')}; got '${values.status}'`);
        }
        const limit = values.limit === undefined ? undefined : parseIntegerFlag('--limit', values.limit, { min: 1, max: 10_000 });
        const now = Date.now();
        const since = values.since === undefined ? undefined : parseTimeFlag('--since', values.since, now);
        const before = values.before === undefined ? undefined : parseTimeFlag('--before', values.before, now);
        if (since !== undefined && before !== undefined && since >= before)
            throw new UsageError('--since must be earlier than --before');
        const runs = await ctx.connect(values.orchestrator).listRuns({
            ...(values.workflow ? { workflow: values.workflow } : {}),
            ...(values.status ? { status: values.status } : {}),
            ...(since !== undefined ? { createdAfterMs: since } : {}),
            ...(before !== undefined ? { createdBeforeMs: before } : {}),
            ...(limit ? { limit } : {}),
        }, { signal: ctx.signal, deadline: new Date(Date.now() + 10_000) });
        ctx.stdout.write(values.json ? `${JSON.stringify(runs, null, 2)}\n` : formatRunsTable(runs.map((r) => asView(r)), Date.now()));
        return ExitCode.OK;
    },
};
//# sourceMappingURL=runs.js.map
import { parseCommandArgs, parseDuration } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
const USAGE = `usage: troupe audit [--since DURATION] [--actor NAME] [--action NAME] [--limit N] [--json]

Lists the orchestrator's audit log (ListAuditEvents; needs the scope audit:read):
every mutating action (StartRun, CancelRun, SignalRun, RegisterWorkflow, SetAgentMode) and every
security decision (unauthenticated, denied), oldest first.

options:
  --since DURATION           only events newer than this, e.g. 30s, 15m, 2h, 7d
  --actor NAME               only this actor (token subject or static token name)
  --action NAME              only this action, e.g. CancelRun
  --limit N                  at most N events, the newest (default 1000)
  --json                     print JSON lines
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
  --token TOKEN              API token (default: $TROUPE_TOKEN or the file $TROUPE_TOKEN_FILE)
`;
/** `troupe audit`: who did what, when, and how it ended. */
export const command = {
    name: 'audit',
    summary: 'List audit events (who did what, and security decisions)',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            since: { type: 'string' },
            actor: { type: 'string' },
            action: { type: 'string' },
            limit: { type: 'string' },
            json: { type: 'boolean' },
        });
        if (positionals[0] !== undefined)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const limit = values.limit === undefined ? undefined : Number(values.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
            throw new UsageError(`--limit must be a positive integer; got '${values.limit}'`);
        const events = await ctx.connect(values.orchestrator).listAuditEvents({
            ...(values.since ? { sinceMs: Date.now() - parseDuration('--since', values.since) } : {}),
            ...(values.actor ? { actor: values.actor } : {}),
            ...(values.action ? { action: values.action } : {}),
            ...(limit ? { limit } : {}),
        }, { signal: ctx.signal });
        if (values.json) {
            for (const e of events)
                ctx.stdout.write(`${JSON.stringify(e)}\n`);
            return ExitCode.OK;
        }
        if (events.length === 0) {
            ctx.stderr.write('no audit events match\n');
            return ExitCode.OK;
        }
        for (const e of events) {
            const why = e.reason ? `  ${e.reason}` : '';
            ctx.stdout.write(`${e.at}  ${e.actor.padEnd(16)} ${e.action.padEnd(18)} ${(e.target ?? '-').padEnd(24)} ${e.outcome}${why}\n`);
        }
        return ExitCode.OK;
    },
};
//# sourceMappingURL=audit.js.map
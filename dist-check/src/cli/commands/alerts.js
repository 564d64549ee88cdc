import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
const USAGE = `usage: troupe alerts list [--state open|acknowledged|resolved] [--json]
       troupe alerts ack ID [--note TEXT]
       troupe alerts resolve ID [--note TEXT]

Escalations: dead letters of workflows with 'on_dead_letter: escalate', each POSTed
(signed) to the orchestrator's escalation receiver when raised and at every change.
'ack' says a person has seen one; 'resolve' that it was dealt with (the receiver is told).
The dead letter itself stays in 'troupe dlq' until replayed or discarded.

options:
  --state STATE              list only escalations in STATE
  --note TEXT                a note kept in the escalation's history
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const SUBCOMMANDS = ['list', 'ack', 'resolve'];
const STATES = ['open', 'acknowledged', 'resolved'];
const OPTIONS = { state: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean' } };
const CALL_TIMEOUT_MS = 15_000;
/** `troupe alerts`: list, acknowledge and resolve escalations. */
export const command = {
    name: 'alerts',
    summary: 'List, acknowledge and resolve escalations of dead letters',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, id, extra] = positionals;
        if (sub === undefined)
            throw new UsageError(`troupe alerts needs a subcommand: ${SUBCOMMANDS.join(', ')}`);
        if (!SUBCOMMANDS.includes(sub))
            throw new UsageError(`unknown subcommand '${sub}'${didYouMean(sub, SUBCOMMANDS)}`);
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        const call = () => ({ signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) });
        const client = ctx.connect(values.orchestrator);
        if (sub === 'list') {
            if (id !== undefined)
                throw new UsageError(`unexpected argument '${id}'`);
            const state = values.state;
            if (state !== undefined && !STATES.includes(state))
                throw new UsageError(`--state must be one of ${STATES.join(', ')}; got '${state}'`);
            const found = await client.listEscalations(state, call());
            ctx.stdout.write(values.json ? `${JSON.stringify(found, null, 2)}\n` : formatEscalations(found));
            return ExitCode.OK;
        }
        if (id === undefined)
            throw new UsageError(`troupe alerts ${sub} needs an escalation id; see 'troupe alerts list'`);
        if (values.state !== undefined)
            throw new UsageError(`--state applies to 'troupe alerts list' only`);
        const changed = sub === 'ack' ? await client.acknowledgeEscalation(id, values.note ?? '', call()) : await client.resolveEscalation(id, values.note ?? '', call());
        ctx.stdout.write(values.json ? `${JSON.stringify(changed, null, 2)}\n` : `${changed.id}: ${changed.state} (${changed.workflow} run ${changed.runId}, step ${changed.stepId})\n`);
        return ExitCode.OK;
    },
};
/** A table of escalations: id, state, age, workflow/run/step and reason. */
export function formatEscalations(list, now = Date.now()) {
    if (list.length === 0)
        return 'no escalations\n';
    const rows = list.map((e) => [e.id, e.state, `${Math.max(0, Math.round((now - e.createdAt) / 60_000))}m ago`, `${e.workflow}/${e.runId}/${e.stepId}`, e.reason.length > 80 ? `${e.reason.slice(0, 79)}…` : e.reason]);
    const header = ['ID', 'STATE', 'RAISED', 'WORKFLOW/RUN/STEP', 'REASON'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
//# sourceMappingURL=alerts.js.map
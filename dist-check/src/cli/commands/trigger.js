import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { formatTriggerTable } from '../format/triggers.js';
const USAGE = `usage: troupe trigger list [--workflow W] [--json]

Lists the event triggers of the registered workflows: NATS subjects whose messages
start runs (a workflow's 'triggers:', see docs/triggers.md), the stream and durable
consumer each is read from, and that consumer's counts from JetStream: events not yet
delivered (PENDING), delivered but not acknowledged (ACK PENDING), delivered again
(REDELIVERED). Publish a test event with 'troupe event publish SUBJECT JSON'.

options:
  --workflow NAME            only the triggers of this workflow
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
/** `troupe trigger list`: the event triggers of the registered workflows. */
export const command = {
    name: 'trigger',
    summary: 'List event triggers (NATS subjects that start workflow runs)',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, { workflow: { type: 'string' }, json: { type: 'boolean' } });
        const [sub, extra] = positionals;
        if (sub !== 'list' && sub !== 'ls')
            throw new UsageError(sub === undefined ? 'troupe trigger needs a subcommand: list' : `unknown subcommand '${sub}' (expected list)`);
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        const all = await ctx.connect(values.orchestrator).listTriggers(values.workflow ? { workflow: values.workflow } : {}, { signal: ctx.signal, deadline: new Date(Date.now() + 15_000) });
        ctx.stdout.write(values.json ? `${JSON.stringify(all, null, 2)}\n` : formatTriggerTable(all));
        return ExitCode.OK;
    },
};
//# sourceMappingURL=trigger.js.map
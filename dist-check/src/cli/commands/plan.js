import { parseCommandArgs, parseIntegerFlag } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
const USAGE = `usage: troupe plan --from TYPE --to TYPE [--max N] [--register NAME [--pick K]] [--json]

Searches the registry for the shortest chains of capabilities whose declared types lead
from one type to another (media types such as audio/wav, or schema names such as topic),
and prints them ranked: shortest first, then by measured success and latency. With
--register, writes chain K (default 1, the best) as a workflow NAME that takes the first
type as its input.

options:
  --from TYPE                the type the chain starts from
  --to TYPE                  the type it must produce
  --max N                    at most N chains, 1 ... 20; default 5
  --register NAME            register the chosen chain as workflow NAME
  --pick K                   with --register: register chain K of the list; default 1
  --json                     print JSON (with each chain's definition)
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    from: { type: 'string' },
    to: { type: 'string' },
    max: { type: 'string' },
    register: { type: 'string' },
    pick: { type: 'string' },
    json: { type: 'boolean' },
};
const CALL_TIMEOUT_MS = 15_000;
/** `troupe plan`: chains of capabilities from one type to another. */
export const command = {
    name: 'plan',
    summary: 'Find chains of capabilities from one type to another (and register one as a workflow)',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        if (positionals[0] !== undefined)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        if (!values.from || !values.to)
            throw new UsageError('troupe plan needs --from TYPE and --to TYPE, e.g. --from topic --to audio/wav');
        const max = values.max === undefined ? undefined : parseIntegerFlag('--max', values.max, { min: 1, max: 20 });
        if (values.pick !== undefined && values.register === undefined)
            throw new UsageError('--pick chooses the chain to --register; give --register NAME too');
        const pick = values.pick === undefined ? 1 : parseIntegerFlag('--pick', values.pick, { min: 1, max: 20 });
        const call = () => ({ signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) });
        const client = ctx.connect(values.orchestrator);
        const chains = await client.planChains({ from: values.from, to: values.to, ...(max ? { maxChains: max } : {}), ...(values.register ? { workflowName: values.register } : {}) }, call());
        if (chains.length === 0) {
            ctx.stderr.write(`no chain of active capabilities leads from ${values.from} to ${values.to}; 'troupe agents' shows what is running, and capabilities declare their types in input_types/output_types\n`);
            return ExitCode.FAILED;
        }
        if (values.json)
            ctx.stdout.write(`${JSON.stringify(chains, null, 2)}\n`);
        else
            ctx.stdout.write(formatChains(chains, values.from, values.to));
        if (values.register === undefined)
            return ExitCode.OK;
        const chosen = chains[pick - 1];
        if (!chosen)
            throw new UsageError(`--pick ${pick}: only ${chains.length} chain(s) were found`);
        const registered = await client.registerWorkflow(JSON.stringify(chosen.definition), call());
        ctx.stdout.write(`registered workflow ${registered.name} v${registered.version}: ${chosen.steps.map((s) => s.capability).join(' → ')}\n`);
        return ExitCode.OK;
    },
};
/** The ranked chains as text: one block per chain, a line per step. */
export function formatChains(chains, from, to) {
    const lines = [`${chains.length} chain(s) from ${from} to ${to}, best first:`];
    chains.forEach((chain, i) => {
        const latency = chain.latencyMs > 0 ? `~${Math.round(chain.latencyMs)} ms` : 'latency not measured yet';
        lines.push('', `${i + 1}. ${chain.steps.map((s) => s.capability).join(' → ')}   (${chain.steps.length} step(s), success ${(chain.success * 100).toFixed(0)}%, ${latency})`);
        for (const s of chain.steps) {
            const measured = s.latencyMs > 0 ? `${Math.round(s.latencyMs)} ms` : 'not measured';
            lines.push(`   ${s.capability.padEnd(24)} ${s.inputType} → ${s.outputType}${s.streaming ? ' (stream)' : ''}   ${s.instances} instance(s), ${measured}, ${(s.successRate * 100).toFixed(0)}% ok`);
        }
    });
    if (chains.length > 1 && chains[0].steps.length === chains[1].steps.length)
        lines.push('', `several chains of ${chains[0].steps.length} step(s) fit; --register NAME --pick K chooses one`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=plan.js.map
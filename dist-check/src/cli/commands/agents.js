import { isAgentModeName } from '../../sdk/client/index.js';
import { Status, statusName, toGrpcStatus } from '../../sdk/errors.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { formatAgentChange, formatAgentHistory, formatAgentTable, formatDeparted, formatRolloutNotes } from '../format/agents.js';
/** Deadline for the unary registry calls: they answer from memory, so a slow one means trouble. */
const REGISTRY_CALL_TIMEOUT_MS = 10_000;
const USAGE = `usage: troupe agents [--capability NAME] [--all] [--watch] [--json]
       troupe agents --history <instance-id> [--json]
       troupe agents mode <instance-id> <active|maintenance|drain> [--json]

Lists the agent instances in the orchestrator's registry (each capability's
version, and the rollouts of the capabilities listed), follows its changes,
or puts an instance into active, maintenance or drain mode.

options:
  --capability NAME          only instances offering capability NAME
  --all                      include instances that have left or were refused admission, and why
  --history ID               the state changes of instance ID (also one that left): when, who, why
  --watch                    print one line per registry change until Ctrl-C
  --json                     print JSON (one object per line with --watch)
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    capability: { type: 'string' },
    all: { type: 'boolean' },
    watch: { type: 'boolean' },
    history: { type: 'string' },
    json: { type: 'boolean' },
};
/** `troupe agents`: list, watch, or change the mode of agent instances. */
export const command = {
    name: 'agents',
    summary: 'List agent instances, watch the registry, or set an instance mode',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, ...rest] = positionals;
        if (sub === 'mode') {
            for (const flag of ['capability', 'all', 'watch']) {
                if (values[flag] !== undefined)
                    throw new UsageError(`--${flag} does not apply to 'troupe agents mode'`);
            }
            return setMode(rest, values.json ?? false, ctx, values.orchestrator);
        }
        if (sub !== undefined)
            throw new UsageError(`unexpected argument '${sub}' (did you mean 'troupe agents mode ${sub} ...'?)`);
        if (values.history !== undefined) {
            for (const flag of ['capability', 'all', 'watch']) {
                if (values[flag] !== undefined)
                    throw new UsageError(`--${flag} does not apply to --history`);
            }
            return showHistory(values.history, values.json ?? false, ctx, values.orchestrator);
        }
        if (values.watch && values.all)
            throw new UsageError('--all does not apply to --watch (the watch reports agents leaving too)');
        const client = ctx.connect(values.orchestrator);
        if (values.watch) {
            for await (const change of client.watchAgents({ capability: values.capability }, { signal: ctx.signal })) {
                ctx.stdout.write(values.json ? `${JSON.stringify(change)}\n` : formatAgentChange(change, new Date()));
            }
            return ExitCode.OK;
        }
        const agents = await client.listAgents({ capability: values.capability, includeLeft: values.all ?? false }, { signal: ctx.signal, deadline: deadline() });
        if (values.json) {
            ctx.stdout.write(`${JSON.stringify(agents, null, 2)}\n`);
            return ExitCode.OK;
        }
        ctx.stdout.write(formatAgentTable(agents, Date.now()) + (values.all ? formatDeparted(agents) : '') + (await rolloutNotes(client, agents, values.capability, ctx)));
        return ExitCode.OK;
    },
};
/** The rollout lines under the table; none without durable state (no rollouts there), a note on stderr when they cannot be read. */
async function rolloutNotes(client, agents, capability, ctx) {
    if (agents.length === 0)
        return '';
    try {
        return formatRolloutNotes(await client.listRollouts({ signal: ctx.signal, deadline: deadline() }), agents, capability);
    }
    catch (err) {
        const { code, details } = toGrpcStatus(err);
        if (code === Status.FAILED_PRECONDITION || code === Status.UNIMPLEMENTED)
            return '';
        ctx.stderr.write(`rollouts not shown: ${statusName(code)}: ${details}\n`);
        return '';
    }
}
async function showHistory(instanceId, json, ctx, address) {
    if (!instanceId)
        throw new UsageError('--history needs an instance id; see `troupe agents --all`');
    const agents = await ctx.connect(address).listAgents({ includeLeft: true }, { signal: ctx.signal, deadline: deadline() });
    const agent = agents.find((a) => a.instanceId === instanceId);
    if (!agent) {
        ctx.stderr.write(`no agent instance "${instanceId}" in the registry (instances that left are kept a while); see \`troupe agents --all\`\n`);
        return ExitCode.FAILED;
    }
    ctx.stdout.write(json ? `${JSON.stringify(agent.history, null, 2)}\n` : formatAgentHistory(agent));
    return ExitCode.OK;
}
async function setMode(args, json, ctx, address) {
    const [instanceId, mode, extra] = args;
    if (instanceId === undefined || mode === undefined) {
        throw new UsageError('troupe agents mode needs <instance-id> and <active|maintenance|drain>');
    }
    if (extra !== undefined)
        throw new UsageError(`unexpected argument '${extra}'`);
    if (!isAgentModeName(mode))
        throw new UsageError(`mode must be one of active, maintenance, drain; got '${mode}'`);
    const agent = await ctx.connect(address).setAgentMode(instanceId, mode, { signal: ctx.signal, deadline: deadline() });
    ctx.stdout.write(json ? `${JSON.stringify(agent, null, 2)}\n` : `${agent.instanceId} (${agent.name}) is now ${agent.state}\n`);
    return ExitCode.OK;
}
function deadline() {
    return new Date(Date.now() + REGISTRY_CALL_TIMEOUT_MS);
}
//# sourceMappingURL=agents.js.map
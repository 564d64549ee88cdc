import { FLEET_RESET_SUBJECT, FLEET_STATUS_SUBJECT, resetReplySchema } from '../../sdk/fleet/subjects.js';
import { parseMessage } from '../../sdk/discovery/messages.js';
import { compileNatsSettings, connectNats, NatsSettingsError, natsSettingsFromEnv } from '../../sdk/security/index.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { formatFleetStatus } from '../format/fleet.js';
const USAGE = `usage: troupe fleet [--nats URL] [--json]
       troupe fleet reset <agent> [--nats URL]

Shows the running \`troupe up\` supervisor reached over NATS (credentials and TLS from
the NATS_* settings, as for the orchestrator): per agent its state, desired and actual
instances, restarts, queue, what it waits for or why it stopped (crash loop), then the
last scaling decisions with their reasons. \`reset\` starts an agent stopped in a crash
loop again.

options:
  --nats URL   NATS server the supervisor uses (default: $NATS_URL, else nats://127.0.0.1:4222)
  --json       print the status as JSON
`;
const utf8 = new TextEncoder();
/** `troupe fleet`: the fleet supervisor's status, and resetting a crash loop. */
export const command = {
    name: 'fleet',
    summary: 'Show the `troupe up` supervisor: instances, restarts, scaling decisions',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, { nats: { type: 'string' }, json: { type: 'boolean' } });
        const [action, agent, extra] = positionals;
        if (action !== undefined && action !== 'reset')
            throw new UsageError(`unknown action '${action}' (troupe fleet, or troupe fleet reset <agent>)`);
        if (action === 'reset' && !agent)
            throw new UsageError('name the agent to reset, e.g. `troupe fleet reset voice-forge`');
        if (extra)
            throw new UsageError(`unexpected argument '${extra}'`);
        const url = values.nats ?? ctx.env.NATS_URL ?? 'nats://127.0.0.1:4222';
        let nc;
        try {
            const settings = natsSettingsFromEnv({ ...ctx.env }, url);
            nc = await connectNats(compileNatsSettings(settings ?? { url }), { name: 'troupe-fleet-cli', timeoutMs: 3000 });
        }
        catch (err) {
            if (NatsSettingsError.is(err))
                throw new UsageError(err.message);
            ctx.stderr.write(`error: cannot reach NATS at ${url}: ${err.message}\n`);
            return ExitCode.FAILED;
        }
        try {
            return agent ? await reset(nc, agent, ctx) : await show(nc, values.json === true, ctx);
        }
        catch (err) {
            const code = err.code;
            const why = code === '503' ? 'no `troupe up` supervisor answers on this NATS' : err.message;
            ctx.stderr.write(`error: ${why} (${agent ? FLEET_RESET_SUBJECT : FLEET_STATUS_SUBJECT} at ${url}); start one with \`troupe up\`\n`);
            return ExitCode.FAILED;
        }
        finally {
            await nc.close();
        }
    },
};
async function show(nc, json, ctx) {
    const reply = await nc.request(FLEET_STATUS_SUBJECT, new Uint8Array(), { timeout: 3000 });
    const status = JSON.parse(new TextDecoder().decode(reply.data));
    ctx.stdout.write(json ? `${JSON.stringify(status, null, 2)}\n` : formatFleetStatus(status));
    return ExitCode.OK;
}
async function reset(nc, agent, ctx) {
    const body = { v: 1, agent };
    const reply = await nc.request(FLEET_RESET_SUBJECT, utf8.encode(JSON.stringify(body)), { timeout: 3000 });
    const parsed = parseMessage(resetReplySchema, reply.data);
    if (!parsed.ok)
        throw new Error(`the supervisor answered something else: ${parsed.error}`);
    (parsed.value.ok ? ctx.stdout : ctx.stderr).write(`${parsed.value.ok ? '' : 'error: '}${parsed.value.message}\n`);
    return parsed.value.ok ? ExitCode.OK : ExitCode.FAILED;
}
//# sourceMappingURL=fleet.js.map
import type { NatsConnection } from 'nats';
import { compileNatsSettings, connectNats, NatsSettingsError, natsSettingsFromEnv } from '../../sdk/security/index.js';
import { FLEET_STATUS_SUBJECT } from '../../sdk/fleet/subjects.js';
import type { FleetStatus } from '../../fleet/index.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode, type Command } from '../context.js';
import { UsageError } from '../errors.js';
import { formatFleetStatus } from '../format/fleet.js';

const USAGE = `usage: troupe fleet [--nats URL] [--json]

Shows the running \`troupe up\` supervisor reached over NATS (credentials and TLS from
the NATS_* settings, as for the orchestrator): per agent its state,
desired and actual instances, restarts, queue, what it waits for or why it stopped
(crash loop), then the last scaling decisions with their reasons.

options:
  --nats URL   NATS server the supervisor uses (default: $NATS_URL, else nats://127.0.0.1:4222)
  --json       print the status as JSON
`;

/** `troupe fleet`: the fleet supervisor's status. */
export const command: Command = {
  name: 'fleet',
  summary: 'Show the `troupe up` supervisor: instances, restarts, scaling decisions',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, { nats: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const url = values.nats ?? ctx.env.NATS_URL ?? 'nats://127.0.0.1:4222';
    let nc: NatsConnection;
    try {
      const settings = natsSettingsFromEnv({ ...ctx.env }, url);
      nc = await connectNats(compileNatsSettings(settings ?? { url }), { name: 'troupe-fleet-cli', timeoutMs: 3000 });
    } catch (err) {
      if (NatsSettingsError.is(err)) throw new UsageError(err.message);
      ctx.stderr.write(`error: cannot reach NATS at ${url}: ${(err as Error).message}\n`);
      return ExitCode.FAILED;
    }
    try {
      const reply = await nc.request(FLEET_STATUS_SUBJECT, new Uint8Array(), { timeout: 3000 });
      const status = JSON.parse(new TextDecoder().decode(reply.data)) as FleetStatus;
      ctx.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : formatFleetStatus(status));
      return ExitCode.OK;
    } catch (err) {
      const code = (err as { code?: string }).code;
      const why = code === '503' ? 'no `troupe up` supervisor answers on this NATS' : (err as Error).message;
      ctx.stderr.write(`error: ${why} (${FLEET_STATUS_SUBJECT} at ${url}); start one with \`troupe up\`\n`);
      return ExitCode.FAILED;
    } finally {
      await nc.close();
    }
  },
};

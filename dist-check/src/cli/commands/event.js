import { context } from '@opentelemetry/api';
import { headers as natsHeaders } from 'nats';
import { connectNats } from '../../sdk/security/index.js';
import { injectNatsHeaders } from '../../sdk/telemetry/index.js';
import { subjectProblem } from '../../orchestrator/workflow/definition/index.js';
import { parseCommandArgs, parseJsonFlag } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { natsSettingsOf } from '../nats-settings.js';
import { readTextFile } from '../run-input.js';
const USAGE = `usage: troupe event publish SUBJECT [JSON | --data-file FILE] [--header NAME:VALUE]... [--id ID] [--nats URL]

Publishes one event to JetStream, as any publisher would: the workflows whose triggers
match SUBJECT start runs (docs/triggers.md). Waits for the stream's acknowledgement and
prints the stream and sequence it was stored at. The trace context of the command goes
in a traceparent header, so the runs continue its trace.

options:
  --data-file FILE           the JSON payload from a file ('-' for stdin)
  --header NAME:VALUE        a message header, e.g. tenant:acme (repeatable)
  --id ID                    the Nats-Msg-Id header: JetStream drops a repeat within its duplicate window,
                             and a trigger without idempotency_key starts one run per id
  --nats URL                 NATS server URL (default: $NATS_URL); credentials and TLS from NATS_* (docs/security.md)
`;
/** `troupe event publish`: publish a test event for triggers. */
export const command = {
    name: 'event',
    summary: 'Publish an event (a JSON message on a NATS subject) for workflow triggers',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, {
            'data-file': { type: 'string' },
            header: { type: 'string', multiple: true },
            id: { type: 'string' },
            nats: { type: 'string' },
        });
        const [sub, subject, data, extra] = positionals;
        if (sub !== 'publish' && sub !== 'pub')
            throw new UsageError(sub === undefined ? 'troupe event needs a subcommand: publish' : `unknown subcommand '${sub}' (expected publish)`);
        if (subject === undefined)
            throw new UsageError('troupe event publish needs a SUBJECT, e.g. events.orders.created');
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        const problem = subjectProblem(subject);
        if (problem || subject.includes('*') || subject.includes('>'))
            throw new UsageError(`SUBJECT ${problem ?? 'must be literal to publish to (no wildcard)'}`);
        if (data !== undefined && values['data-file'] !== undefined)
            throw new UsageError('give the payload as JSON or --data-file, not both');
        const text = values['data-file'] !== undefined ? await readTextFile('--data-file', values['data-file']) : (data ?? 'null');
        const payload = JSON.stringify(parseJsonFlag(values['data-file'] !== undefined ? `--data-file (${values['data-file']})` : 'JSON', text));
        const h = natsHeaders();
        for (const header of values.header ?? []) {
            const at = header.indexOf(':');
            if (at <= 0)
                throw new UsageError(`--header must be NAME:VALUE, got '${header}'`);
            h.append(header.slice(0, at).trim(), header.slice(at + 1).trim());
        }
        injectNatsHeaders(context.active(), h);
        const nc = await connectNats(natsSettingsOf(values.nats, ctx.env), { name: 'troupe-cli', timeoutMs: 5000 });
        try {
            const ack = await nc.jetstream().publish(subject, payload, { headers: h, ...(values.id ? { msgID: values.id } : {}), timeout: 5000 });
            ctx.stdout.write(`published to ${subject}: stream ${ack.stream}, sequence ${ack.seq}${ack.duplicate ? ' (a duplicate of an earlier one with this --id: not stored again)' : ''}\n`);
            return ExitCode.OK;
        }
        catch (err) {
            const message = err.message;
            if (/no responders|503/i.test(message)) {
                ctx.stderr.write(`error: no JetStream stream captures ${subject}: triggers read TROUPE_EVENTS (events.> by default, TROUPE_EVENT_SUBJECTS) or the stream they name\n`);
                return ExitCode.FAILED;
            }
            throw err;
        }
        finally {
            await nc.close();
        }
    },
};
//# sourceMappingURL=event.js.map
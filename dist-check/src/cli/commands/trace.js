import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { formatWaterfall } from '../format/waterfall.js';
import { isInteractive } from '../live-view.js';
import { DEFAULT_JAEGER_URL, fetchTrace, JAEGER_URL_ENV, JaegerError } from '../trace/jaeger-client.js';
const USAGE = `usage: troupe trace RUN_ID|TRACE_ID [--jaeger URL] [--json]

Reads a trace back from Jaeger and prints it as a waterfall: the span tree with
each span's service, a duration bar on the trace's time line, its status, and the
chunks each stream span sent (↑) or received (↓); errors are marked ✗ (red on a
terminal). A RUN_ID is looked up on the orchestrator (its report has the trace id);
a TRACE_ID is 32 hex digits.

options:
  --jaeger URL               Jaeger's query service, where its UI is (default: $${JAEGER_URL_ENV}, else ${DEFAULT_JAEGER_URL})
  --json                     print the spans as JSON instead
  --orchestrator HOST:PORT   where a RUN_ID is looked up (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    jaeger: { type: 'string' },
    json: { type: 'boolean' },
};
const TRACE_ID = /^[0-9a-f]{32}$/i;
/** `troupe trace`: a run's or a trace's spans from Jaeger, as a terminal waterfall. */
export const command = {
    name: 'trace',
    summary: 'Print a run\'s trace from Jaeger as a waterfall (span tree, durations, chunks, errors)',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [id, extra] = positionals;
        if (id === undefined)
            throw new UsageError('troupe trace needs a RUN_ID or a TRACE_ID');
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        const jaeger = jaegerUrl(values.jaeger ?? ctx.env[JAEGER_URL_ENV] ?? DEFAULT_JAEGER_URL);
        const traceId = TRACE_ID.test(id) ? id.toLowerCase() : await traceOfRun(id, ctx, values.orchestrator);
        let spans;
        try {
            spans = await fetchTrace(jaeger, traceId, ctx.signal);
        }
        catch (err) {
            if (!(err instanceof JaegerError))
                throw err;
            ctx.stderr.write(`error: ${err.message}\n`);
            return ExitCode.FAILED;
        }
        if (values.json) {
            ctx.stdout.write(`${JSON.stringify(spans, (_key, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
            return ExitCode.OK;
        }
        const color = isInteractive(ctx.stdout, ctx.env) && ctx.env.NO_COLOR === undefined;
        ctx.stdout.write(formatWaterfall(spans, { color }));
        return ExitCode.OK;
    },
};
/** The URL as given, checked: Jaeger's query service is http(s). */
function jaegerUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new UsageError(`--jaeger must be a URL such as ${DEFAULT_JAEGER_URL}; got '${raw}'`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new UsageError(`--jaeger must be an http(s) URL; got '${raw}'`);
    return raw.replace(/\/+$/, '');
}
/** The trace id in a run's report, from the orchestrator. */
async function traceOfRun(runId, ctx, address) {
    const report = (await ctx.connect(address).getRun(runId, { signal: ctx.signal, deadline: new Date(Date.now() + 10_000) }));
    const traceId = typeof report?.traceId === 'string' ? report.traceId : '';
    if (!TRACE_ID.test(traceId))
        throw new UsageError(`run ${runId} has no trace id in its report (was it started with tracing off?)`);
    return traceId;
}
//# sourceMappingURL=trace.js.map
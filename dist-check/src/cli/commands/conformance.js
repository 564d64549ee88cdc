import { conformancePassed, formatConformanceTable, runConformance } from '../../sdk/conformance/index.js';
import { parseCommandArgs, parseIntegerFlag, parseJsonFlag } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
const USAGE = `usage: troupe conformance HOST:PORT [--sample CAPABILITY=JSON]... [--timeout MS] [--json]

Checks the agent at HOST:PORT (any language) against the Troupe agent contract and
prints one row per check: CHECK, RESULT (PASS, FAIL or SKIP) and DETAIL. Checks:
Describe (name, semver version, instance id, capabilities), grpc.health.v1,
server reflection (optional), error codes (NOT_FOUND, INVALID_ARGUMENT,
FAILED_PRECONDITION), every unary capability (OK or INVALID_ARGUMENT for {}),
every streaming capability (chunks numbered from 0 without gaps, exactly one
result, last), cancellation and deadlines.
Capabilities are called with {} unless --sample gives an input that works; a
streaming capability that rejects {} is skipped (SKIP) until you give one.
Exit code: 0 when nothing failed (skips are fine), 1 otherwise.

options:
  --sample CAPABILITY=JSON   input for a capability, e.g. --sample 'text.shout={"text":"hi there"}' (repeatable)
  --timeout MS               deadline of each call (default 5000)
  --json                     print {address, passed, results} as JSON instead of the table
`;
const OPTIONS = {
    sample: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
};
/** `troupe conformance`: check an agent against the contract. */
export const command = {
    name: 'conformance',
    summary: 'Check an agent (any language) against the Troupe agent contract',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [address, extra] = positionals;
        if (!address)
            throw new UsageError('name the agent to check: troupe conformance HOST:PORT');
        if (extra)
            throw new UsageError(`unexpected argument '${extra}'`);
        if (!/^\S+:\d+$/.test(address))
            throw new UsageError(`the agent address must be HOST:PORT; got '${address}'`);
        const samples = parseSamples(values.sample ?? []);
        const callTimeoutMs = values.timeout === undefined ? 5000 : parseIntegerFlag('--timeout', values.timeout, { min: 1, max: 600_000 });
        const results = await runConformance(address, { samples, callTimeoutMs, ...(ctx.tls ? { tls: ctx.tls } : {}) });
        const passed = conformancePassed(results);
        ctx.stdout.write(values.json ? `${JSON.stringify({ address, passed, results }, null, 2)}\n` : formatConformanceTable(results));
        return passed ? ExitCode.OK : ExitCode.FAILED;
    },
};
/** `CAPABILITY=JSON` flags → inputs by capability. */
function parseSamples(flags) {
    const samples = {};
    for (const flag of flags) {
        const eq = flag.indexOf('=');
        if (eq <= 0)
            throw new UsageError(`--sample must be CAPABILITY=JSON, e.g. --sample 'echo.say={"a":1}'; got '${flag}'`);
        const capability = flag.slice(0, eq);
        if (Object.hasOwn(samples, capability))
            throw new UsageError(`--sample ${capability} is given twice`);
        samples[capability] = parseJsonFlag(`--sample ${capability}`, flag.slice(eq + 1));
    }
    return samples;
}
//# sourceMappingURL=conformance.js.map
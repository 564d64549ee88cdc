import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
import { formatRolloutDetail, formatRolloutLine, formatRolloutTable } from '../format/rollouts.js';
const USAGE = `usage: troupe rollout set CAPABILITY --canary VERSION [--stable RANGE] --weight PERCENT
                           [--max-success-drop F] [--max-latency-ratio R] [--min-samples N] [--window N] [--json]
       troupe rollout promote CAPABILITY [--json]
       troupe rollout abort CAPABILITY [--json]
       troupe rollout list [--json]
       troupe rollout show CAPABILITY [--json]

Canary rollouts: the tasks and workflow steps that name a capability without a version
range are split between its stable and its canary version by weight (e.g. 10, then 50,
then promote). The canary rolls back by itself (weight 0, state rolled_back, with the
reason) when its success rate falls below the stable's minus --max-success-drop (default
0.1), or its median latency exceeds the stable's times --max-latency-ratio (default 1.5),
once each side has --min-samples finished tasks (default 20) in its last --window (100).
'promote' sends all such tasks to the canary; 'abort' sends it none. Durable: every
orchestrator applies the same rollout. A task asking for a range (tts.synthesize@^2)
ignores the rollout. See docs/rollouts.md.

options:
  --canary VERSION           the canary version or range, e.g. 2.1.0
  --stable RANGE             the stable version or range (default: every other version)
  --weight PERCENT           share of tasks sent to the canary, 0 to 100
  --max-success-drop F       success-rate drop tolerated, a fraction (0.1 = 10 points)
  --max-latency-ratio R      median latency ratio tolerated (>= 1)
  --min-samples N            tasks per side before a decision
  --window N                 recent tasks per side compared
  --json                     print JSON
  --orchestrator HOST:PORT   orchestrator address (default: $TROUPE_ORCHESTRATOR, else 127.0.0.1:7600)
`;
const OPTIONS = {
    canary: { type: 'string' },
    stable: { type: 'string' },
    weight: { type: 'string' },
    'max-success-drop': { type: 'string' },
    'max-latency-ratio': { type: 'string' },
    'min-samples': { type: 'string' },
    window: { type: 'string' },
    json: { type: 'boolean' },
};
const SUBCOMMANDS = ['set', 'promote', 'abort', 'list', 'show'];
const SET_ONLY = ['canary', 'stable', 'weight', 'max-success-drop', 'max-latency-ratio', 'min-samples', 'window'];
const CALL_TIMEOUT_MS = 15_000;
/** A number flag, or undefined when absent; a usage error naming the flag otherwise. */
function numberFlag(flag, text) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n))
        throw new UsageError(`--${flag} must be a number; got '${text}'`);
    return n;
}
/** `troupe rollout`: set, promote, abort, list and show canary rollouts. */
export const command = {
    name: 'rollout',
    summary: 'Canary rollouts of capability versions: set a weight, promote, abort, list',
    usage: USAGE,
    async run(args, ctx) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        const [sub, capability, extra] = positionals;
        if (sub === undefined)
            throw new UsageError(`troupe rollout needs a subcommand: ${SUBCOMMANDS.join(', ')}`);
        if (!SUBCOMMANDS.includes(sub) && sub !== 'ls')
            throw new UsageError(`unknown subcommand '${sub}'${didYouMean(sub, SUBCOMMANDS)} (expected one of ${SUBCOMMANDS.join(', ')})`);
        if (extra !== undefined)
            throw new UsageError(`unexpected argument '${extra}'`);
        if (sub !== 'set') {
            const flag = SET_ONLY.find((f) => values[f] !== undefined);
            if (flag)
                throw new UsageError(`--${flag} applies only to 'troupe rollout set'`);
        }
        const client = ctx.connect(values.orchestrator);
        const call = { signal: ctx.signal, deadline: new Date(Date.now() + CALL_TIMEOUT_MS) };
        const json = values.json ?? false;
        if (sub === 'list' || sub === 'ls') {
            if (capability !== undefined)
                throw new UsageError(`unexpected argument '${capability}' (did you mean 'troupe rollout show ${capability}'?)`);
            const all = await client.listRollouts(call);
            ctx.stdout.write(json ? `${JSON.stringify(all, null, 2)}\n` : formatRolloutTable(all));
            return ExitCode.OK;
        }
        if (capability === undefined)
            throw new UsageError(`troupe rollout ${sub} needs the CAPABILITY, e.g. tts.synthesize`);
        if (sub === 'set') {
            if (values.canary === undefined)
                throw new UsageError('troupe rollout set needs --canary VERSION (e.g. 2.1.0)');
            const weight = numberFlag('weight', values.weight);
            if (weight === undefined)
                throw new UsageError('troupe rollout set needs --weight PERCENT (0 to 100), e.g. --weight 10');
            if (!Number.isInteger(weight) || weight < 0 || weight > 100)
                throw new UsageError(`--weight must be a whole percent from 0 to 100; got '${values.weight ?? ''}'`);
            const policy = {
                maxSuccessDrop: numberFlag('max-success-drop', values['max-success-drop']),
                maxLatencyRatio: numberFlag('max-latency-ratio', values['max-latency-ratio']),
                minSamples: numberFlag('min-samples', values['min-samples']),
                window: numberFlag('window', values.window),
            };
            const defined = Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined));
            const rollout = await client.setRollout({ capability, canary: values.canary, ...(values.stable !== undefined ? { stable: values.stable } : {}), weight, policy: defined }, call);
            ctx.stdout.write(json ? `${JSON.stringify(rollout, null, 2)}\n` : formatRolloutLine(rollout));
            return ExitCode.OK;
        }
        const rollout = sub === 'show' ? await client.getRollout(capability, call) : sub === 'promote' ? await client.promoteRollout(capability, call) : await client.abortRollout(capability, call);
        ctx.stdout.write(json ? `${JSON.stringify(rollout, null, 2)}\n` : sub === 'show' ? formatRolloutDetail(rollout) : formatRolloutLine(rollout));
        return ExitCode.OK;
    },
};
//# sourceMappingURL=rollout.js.map
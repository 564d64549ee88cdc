/**
 * Chain planning: the shortest chains of capabilities whose declared types connect one
 * type to another (`troupe plan --from topic --to audio/wav`), ranked by what the
 * registry measured, and a workflow definition for each. Pure: the registry's view comes in
 * as {@link PlannableCapability} values.
 *
 * Types are the strings capabilities declare in `input_types` / `output_types`: media types
 * (`audio/wav`, `audio/L16;rate=22050`) or schema names (`topic`, `script`). See {@link typeMatches}.
 */
/** Longest chain searched. */
export const MAX_CHAIN_LENGTH = 6;
/** Chains returned when the caller names no number. */
export const DEFAULT_MAX_CHAINS = 5;
const GENERIC = new Set(['application/json', 'application/octet-stream', '*/*']);
/** A media type or schema name, lowercased, without parameters (`audio/L16;rate=1` → `audio/l16`). */
function bare(type) {
    return type.split(';')[0].trim().toLowerCase();
}
/**
 * Whether a `produced` type satisfies an `accepted` one: the same name or media type
 * (case-insensitive; parameters must match only when `accepted` has some), or a wildcard
 * `accepted` (`audio/*`). Generic types (`application/json`, `application/octet-stream`)
 * connect nothing: every capability has them, so they say nothing about what fits.
 */
export function typeMatches(produced, accepted) {
    const p = bare(produced);
    const a = bare(accepted);
    if (GENERIC.has(p) || GENERIC.has(a))
        return false;
    if (a.endsWith('/*'))
        return p.startsWith(a.slice(0, -1));
    if (p !== a)
        return false;
    return !accepted.includes(';') || produced.replace(/\s+/g, '').toLowerCase() === accepted.replace(/\s+/g, '').toLowerCase();
}
/**
 * The chains from `from` to `to`: breadth first, so the shortest come first; chains of the
 * same length are ranked by expected success (higher first), then latency (lower first).
 * A streaming capability ends a chain (its product is the stream). No capability twice.
 */
export function planChains(capabilities, from, to, maxChains = DEFAULT_MAX_CHAINS) {
    const usable = capabilities.filter((c) => c.instances > 0);
    const found = [];
    let frontier = [{ steps: [], type: from }];
    for (let length = 1; length <= MAX_CHAIN_LENGTH && frontier.length > 0 && found.length < maxChains; length++) {
        const next = [];
        const complete = [];
        for (const { steps, type } of frontier) {
            for (const capability of usable) {
                if (steps.some((s) => s.capability.name === capability.name))
                    continue;
                const inputType = capability.inputTypes.find((t) => typeMatches(type, t));
                if (inputType === undefined)
                    continue;
                const ending = capability.outputTypes.find((t) => typeMatches(t, to));
                if (ending !== undefined)
                    complete.push(chainOf([...steps, { capability, inputType, outputType: ending }]));
                if (capability.streaming)
                    continue;
                for (const outputType of capability.outputTypes) {
                    if (!typeMatches(outputType, to))
                        next.push({ steps: [...steps, { capability, inputType, outputType }], type: outputType });
                }
            }
        }
        complete.sort((a, b) => b.success - a.success || a.latencyMs - b.latencyMs);
        found.push(...complete);
        frontier = next;
    }
    return found.slice(0, maxChains);
}
function chainOf(steps) {
    return {
        steps,
        latencyMs: steps.reduce((sum, s) => sum + s.capability.latencyMs, 0),
        success: steps.reduce((product, s) => product * s.capability.successRate, 1),
    };
}
/** A step id for a capability name (`web.harvest` → `web_harvest`). */
function stepId(capability) {
    const id = capability.replace(/[^a-z0-9_-]/g, '_');
    return /^[a-z]/.test(id) ? id : `s_${id}`;
}
/**
 * A workflow definition running `chain`: each step takes the previous step's whole output
 * as its input (the first takes the run input), a streaming last step streams, and the
 * run's output is the last step's. The capabilities' declared types are the contract that
 * makes this fit; the definition still goes through RegisterWorkflow's validation.
 */
export function definitionOf(chain, name, from, to) {
    const ids = chain.steps.map((s) => stepId(s.capability.name));
    return {
        name,
        description: `Planned from ${from} to ${to}: ${chain.steps.map((s) => s.capability.name).join(' → ')}`,
        steps: chain.steps.map((s, i) => ({
            id: ids[i],
            capability: s.capability.name,
            ...(i > 0 ? { depends_on: [ids[i - 1]] } : {}),
            input: i === 0 ? '${input}' : `\${steps.${ids[i - 1]}.output}`,
            ...(s.capability.streaming ? { stream: true } : {}),
        })),
        output: `\${steps.${ids[ids.length - 1]}.output}`,
    };
}
//# sourceMappingURL=plan.js.map
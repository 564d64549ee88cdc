/**
 * A step's recovery strategy, `on_failure`: what the run does once the step has
 * failed for good (every attempt of its capability and of its `fallback` capability).
 *
 * ```yaml
 * on_failure: fail                                   # the default: the step fails
 * on_failure: skip                                   # skipped, its output is null
 * on_failure: { skip: { output: { text: "" } } }     # skipped, with this default output (a template)
 * on_failure: { use: { segments: [] } }              # continue as if the step had produced this (a template)
 * ```
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { isJson, preview } from './json-value.js';
/** The strategies, for messages and did-you-mean. */
export const ON_FAILURE_STRATEGIES = ['fail', 'skip', 'use'];
const SHAPES = '"fail", "skip", { skip: { output: … } } or { use: … }';
/** Problems with an `on_failure` value, each as `[path inside on_failure, message]`. */
export function onFailureProblems(value) {
    if (typeof value === 'string') {
        if (value === 'fail' || value === 'skip')
            return [];
        if (value === 'use')
            return [[[], 'use needs the data to continue with, such as { use: { segments: [] } }']];
        const hint = didYouMean(value, ON_FAILURE_STRATEGIES);
        return [[[], `unknown strategy ${preview(value)} (${hint ? `${hint} ` : ''}must be ${SHAPES})`]];
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return [[[], `must be ${SHAPES} (got ${preview(value)})`]];
    const keys = Object.keys(value);
    const problems = [];
    for (const key of keys) {
        if (key === 'skip' || key === 'use')
            continue;
        if (key === 'fail')
            problems.push([[key], 'unknown key (write on_failure: fail, without an object)']);
        else
            problems.push([[key], `unknown key (${didYouMean(key, ['skip', 'use']) ?? 'allowed: skip, use'})`]);
    }
    const has = (k) => Object.hasOwn(value, k);
    if (has('skip') && has('use'))
        problems.push([[], 'give one of skip or use, not both']);
    if (!has('skip') && !has('use') && problems.length === 0)
        problems.push([[], `must be ${SHAPES} (got an empty object)`]);
    if (has('use') && !isJson(value.use))
        problems.push([['use'], 'must be JSON (null, true/false, a number, a string, a list or an object)']);
    if (has('skip'))
        problems.push(...skipProblems(value.skip));
    return problems;
}
function skipProblems(skip) {
    if (skip === null)
        return [];
    if (typeof skip !== 'object' || Array.isArray(skip))
        return [[['skip'], `must be an object such as { output: { text: "" } } (got ${preview(skip)})`]];
    const problems = [];
    for (const key of Object.keys(skip)) {
        if (key !== 'output')
            problems.push([['skip', key], `unknown key (${didYouMean(key, ['output']) ?? 'allowed: output'})`]);
    }
    if (Object.hasOwn(skip, 'output') && !isJson(skip.output)) {
        problems.push([['skip', 'output'], 'must be JSON (null, true/false, a number, a string, a list or an object)']);
    }
    return problems;
}
/** The zod schema of `on_failure`: every problem becomes an issue at its path. */
export const onFailureSchema = z
    .unknown()
    .superRefine((value, ctx) => {
    for (const [path, message] of onFailureProblems(value))
        ctx.addIssue({ code: 'custom', message, path });
})
    .transform((value) => value);
/** The strategy and the template of the output it continues with (null for `skip` without output); undefined for `fail`. */
export function recoveryOf(def) {
    if (def === undefined || def === 'fail')
        return undefined;
    if (def === 'skip')
        return { strategy: 'skip', output: null };
    if ('use' in def)
        return { strategy: 'use', output: def.use };
    return { strategy: 'skip', output: def.skip?.output ?? null };
}
//# sourceMappingURL=on-failure.js.map
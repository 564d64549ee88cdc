import { nestingDepth } from '../../../sdk/util/nesting-depth.js';
import { compileWorkflow } from './compile.js';
import { didYouMean } from './did-you-mean.js';
import { formatIssue, preview } from './issues.js';
import { DEFAULT_DEFINITION_LIMITS, tooDeep } from './limits.js';
import { isJson, stepSchema, workflowSchema } from './schema.js';
import { compileTemplate } from './template.js';
import { checkExpressions } from './validate-expressions.js';
import { checkGraph } from './validate-graph.js';
import { capabilityName } from '../../versions/capability-ref.js';
import { TASK_ONLY_KEYS } from './wait-for-signal.js';
import { CAPABILITY_ONLY_KEYS } from './child-workflow.js';
const MAX_LISTED = 30;
/**
 * Validates a workflow definition (plain data, e.g. from {@link parseDefinitionText})
 * and compiles it. Lists EVERY problem found, each naming where:
 * shape and unknown keys, numeric ranges, duplicate ids, unknown dependencies,
 * cycles (`cycle: a → b → a`), bad expressions, references to steps that are not
 * dependencies, `item`/`index` outside for_each, unknown capabilities.
 *
 * @example
 * const result = validateDefinition(parseDefinitionText(text), { knownCapabilities: new Set(['web.harvest']) });
 * if (!result.ok) throw new DefinitionError(result.problems);
 */
export function validateDefinition(raw, options = {}) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        return { ok: false, problems: [`definition: must be an object with name and steps (got ${preview(raw)})`] };
    }
    const limits = options.limits ?? DEFAULT_DEFINITION_LIMITS;
    // Checked before the recursive parts (zod, isJson, templates) see a hostile value.
    if (nestingDepth(raw, limits.maxDepth) > limits.maxDepth)
        return { ok: false, problems: [tooDeep(limits.maxDepth)] };
    const stepCount = raw.steps;
    if (Array.isArray(stepCount) && stepCount.length > limits.maxSteps) {
        return { ok: false, problems: [`steps: ${stepCount.length} steps; the limit (workflowMaxSteps) is ${limits.maxSteps}`] };
    }
    const problems = [];
    const top = workflowSchema.safeParse(raw, { reportInput: true });
    if (!top.success)
        problems.push(...top.error.issues.flatMap((i) => formatIssue(i)));
    const rawSteps = Array.isArray(raw.steps) ? raw.steps : [];
    const steps = [];
    const allIds = new Map();
    rawSteps.forEach((rawStep, index) => {
        const id = rawStep?.id;
        if (typeof id === 'string' && !allIds.has(id))
            allIds.set(id, index);
        const parsed = stepSchema.safeParse(rawStep, { reportInput: true });
        if (parsed.success)
            steps.push({ index, def: parsed.data });
        else {
            problems.push(...parsed.error.issues.flatMap((i) => formatIssue(i, ['steps', index])));
            const partial = wellFormedPart(rawStep, parsed.error.issues);
            if (partial)
                steps.push({ index, def: partial }); // so its other problems are found too
        }
    });
    problems.push(...checkStepKinds(rawSteps, raw.name));
    for (const { index, def } of steps) {
        if (def.concurrency !== undefined && def.for_each === undefined) {
            problems.push(`steps[${index}].concurrency: only applies to a step with for_each`);
        }
        if (def.on_failure !== undefined && def.on_failure !== 'fail' && def.continue_on === 'any') {
            problems.push(`steps[${index}].on_failure: cannot be combined with continue_on: any (on_failure replaces the failure with an output; continue_on: any keeps the failure as a warning); keep one`);
        }
    }
    const { problems: graphProblems, graph } = checkGraph(steps, allIds);
    problems.push(...graphProblems);
    const rawOutput = raw.output;
    const output = isJson(rawOutput) ? rawOutput : undefined;
    problems.push(...checkExpressions(steps, graph, allIds, output));
    if (top.success && top.data.concurrency)
        problems.push(...checkRunKey(top.data.concurrency.key));
    if (options.knownCapabilities)
        problems.push(...checkCapabilities(steps, options.knownCapabilities));
    if (options.streaming)
        problems.push(...checkStreaming(steps, options.streaming));
    if (problems.length > 0 || !top.success)
        return { ok: false, problems };
    const definition = { ...top.data, steps: steps.map((s) => s.def) };
    return { ok: true, definition: compileWorkflow(definition) };
}
/**
 * A step with its malformed fields left out, when what remains (id and capability
 * at least) is well formed; undefined otherwise.
 */
function wellFormedPart(rawStep, issues) {
    if (rawStep === null || typeof rawStep !== 'object' || Array.isArray(rawStep))
        return undefined;
    const bad = new Set();
    for (const issue of issues) {
        if (issue.code === 'unrecognized_keys' && issue.path.length === 0)
            issue.keys.forEach((k) => bad.add(k));
        else if (issue.path[0] !== undefined)
            bad.add(issue.path[0]);
    }
    const rest = Object.fromEntries(Object.entries(rawStep).filter(([k]) => !bad.has(k)));
    const reparsed = stepSchema.safeParse(rest);
    return reparsed.success ? reparsed.data : undefined;
}
/**
 * Each step calls a capability, starts a child workflow or waits for a signal:
 * exactly one of `capability`, `workflow` and `wait_for_signal`, and none of the keys
 * that only mean something for another kind.
 */
function checkStepKinds(rawSteps, workflowName) {
    const problems = [];
    rawSteps.forEach((raw, index) => {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            return;
        const has = (key) => Object.hasOwn(raw, key);
        const kinds = ['capability', 'workflow', 'wait_for_signal'].filter(has);
        if (has('workflow') && kinds.length > 1) {
            problems.push(`steps[${index}]: has ${kinds.join(' and ')}; a step calls a capability, starts a workflow or waits for a signal, so keep one`);
            return;
        }
        if (has('wait_for_signal')) {
            for (const key of TASK_ONLY_KEYS) {
                if (has(key))
                    problems.push(`steps[${index}].${key}: a wait_for_signal step runs no task, so it takes no ${key}${key === 'timeout_ms' ? ' (the wait\'s own is wait_for_signal.timeout_ms)' : ''}; remove it, or remove wait_for_signal`);
            }
        }
        else if (has('workflow')) {
            for (const key of CAPABILITY_ONLY_KEYS) {
                if (has(key))
                    problems.push(`steps[${index}].${key}: a workflow step starts a child run, not a capability, so it takes no ${key}; remove it`);
            }
            const child = raw.workflow;
            if (typeof workflowName === 'string' && child === workflowName) {
                problems.push(`steps[${index}].workflow: workflow "${workflowName}" would start itself (runs would nest without end); start another workflow`);
            }
        }
        else if (!has('capability')) {
            problems.push(`steps[${index}].capability: is required (or wait_for_signal, for a step that waits for SignalRun; or workflow, for a step that starts a child run)`);
        }
    });
    return problems;
}
/** `concurrency.key` is evaluated when the run starts: it may read only `input` and `run`. */
function checkRunKey(key) {
    let names;
    try {
        const template = compileTemplate(key);
        if (template.isConstant)
            return [`concurrency.key: must hold an expression over the input, such as "\${input.tenant}" (got ${preview(key)}; a constant key is max_concurrent_runs)`];
        names = template.names;
    }
    catch (err) {
        return [`concurrency.key: ${err.message}`];
    }
    const other = [...names].filter((n) => n !== 'input' && n !== 'run');
    if (other.length === 0)
        return [];
    const hint = other.flatMap((n) => didYouMean(n, ['input', 'run']) ?? []).join(' ');
    return [`concurrency.key: may read only input and run (it is evaluated when the run starts), not ${other.join(', ')}${hint ? ` (${hint})` : ''}`];
}
function checkCapabilities(steps, known) {
    const sorted = [...known].sort();
    const listed = sorted.length === 0
        ? 'no capability is known yet'
        : `known: ${sorted.slice(0, MAX_LISTED).join(', ')}${sorted.length > MAX_LISTED ? `, … (${sorted.length - MAX_LISTED} more)` : ''}`;
    const problems = [];
    const check = (where, reference) => {
        const capability = capabilityName(reference); // a range is checked by the schema; the name must be known
        if (known.has(capability))
            return;
        const hint = didYouMean(capability, sorted);
        problems.push(`${where}: unknown capability "${capability}" (${hint ? `${hint} ` : ''}${listed})`);
    };
    for (const { index, def } of steps) {
        if (def.capability !== undefined)
            check(`steps[${index}].capability`, def.capability);
        if (def.fallback)
            check(`steps[${index}].fallback.capability`, def.fallback.capability);
    }
    return problems;
}
/** Steps whose `stream` setting does not match how their capability (or fallback) answers. */
function checkStreaming(steps, streaming) {
    const problems = [];
    const check = (where, id, reference, stream) => {
        const capability = capabilityName(reference);
        const streams = streaming(capability);
        if (streams === undefined || streams === stream)
            return;
        problems.push(streams
            ? `${where}: step "${id}" calls "${capability}", which streams its output; set stream: true on the step`
            : `${where}: step "${id}" sets stream: true but "${capability}" is unary (it answers once); remove stream: true`);
    };
    for (const { index, def } of steps) {
        if (def.capability !== undefined)
            check(`steps[${index}]`, def.id, def.capability, def.stream ?? false);
        if (def.fallback)
            check(`steps[${index}].fallback`, def.id, def.fallback.capability, def.stream ?? false);
    }
    return problems;
}
//# sourceMappingURL=validate.js.map
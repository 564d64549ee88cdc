import { InvalidArgumentError } from '../../../sdk/errors.js';
import { isTruthy } from './expression-eval.js';
/**
 * The scope expressions see, optionally for one item of a for_each fan-out.
 *
 * @example stepScope({ input: { topic: 'x' }, run: { id: 'r1', workflow: 'w' }, steps: {} }, { item: 'a', index: 0 })
 */
export function stepScope(run, fanOut) {
    const steps = {};
    for (const [id, s] of Object.entries(run.steps))
        steps[id] = { output: s.output, status: s.status };
    const scope = { input: run.input, run: { ...run.run }, steps };
    if (fanOut) {
        scope.item = fanOut.item;
        scope.index = fanOut.index;
    }
    return scope;
}
/**
 * Evaluates a step's `when`: true when it has none. For a step with `itemWhen`, pass
 * the item's scope. Throws ExpressionError on a type error.
 *
 * @example if (!shouldRun(step, stepScope(run))) state[step.id] = 'skipped';
 */
export function shouldRun(step, scope) {
    return step.when === undefined || isTruthy(step.when.evaluate(scope));
}
/**
 * The items a for_each step fans out over, or undefined for a plain step. A null
 * (missing) list gives no items; anything else that is not a list is an error.
 *
 * @example forEachItems(step, stepScope(run))?.map((item, index) => stepInput(step, stepScope(run, { item, index })))
 */
export function forEachItems(step, scope) {
    if (!step.forEach)
        return undefined;
    const items = step.forEach.evaluate(scope);
    if (items === null)
        return [];
    if (!Array.isArray(items)) {
        const got = typeof items === 'object' ? 'an object' : typeof items;
        throw new InvalidArgumentError(`step "${step.id}": for_each must give a list, got ${got}`, { step: step.id });
    }
    return items;
}
/**
 * The input of a step's task (pass the item scope for a for_each item).
 *
 * @example stepInput(step, stepScope(run)) // → { text: '…' }
 */
export function stepInput(step, scope) {
    return step.input.evaluate(scope);
}
/**
 * The run's output once it has completed: null when the workflow declares none.
 *
 * @example runOutput(workflow, stepScope(run)) // → { audio_ms: 5120, snippets: [...] }
 */
export function runOutput(workflow, scope) {
    return workflow.output === undefined ? null : workflow.output.evaluate(scope);
}
/**
 * Problems with a run input, for a clear INVALID_ARGUMENT at StartRun: each required
 * top-level field that is missing or null.
 *
 * @example missingInput(workflow, {}) // → ['input.topic: is required by workflow "full-podcast"']
 */
export function missingInput(workflow, input) {
    if (workflow.requiredInput.length === 0)
        return [];
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        return [`input: workflow "${workflow.name}" needs an object with ${workflow.requiredInput.join(', ')}`];
    }
    return workflow.requiredInput
        .filter((field) => input[field] === undefined || input[field] === null)
        .map((field) => `input.${field}: is required by workflow "${workflow.name}"`);
}
/**
 * The value of a workflow's `concurrency.key` for a run, as text (a string as is,
 * anything else as JSON); undefined when the workflow has no per-key concurrency.
 * Throws ExpressionError on a type error.
 *
 * @example runConcurrencyKey(workflow, { tenant: 'acme' }, 'r1') // → 'acme'
 */
export function runConcurrencyKey(workflow, input, runId) {
    if (!workflow.runConcurrency)
        return undefined;
    const value = workflow.runConcurrency.key.evaluate({ input, run: { id: runId, workflow: workflow.name }, steps: {} });
    return typeof value === 'string' ? value : JSON.stringify(value);
}
//# sourceMappingURL=evaluate-step.js.map
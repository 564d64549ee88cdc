import type { CompiledStep, CompiledWorkflow } from './compile.js';
import type { ExpressionScope, Json } from './expression-ast.js';
import type { StepStatus } from './progress.js';
/** What a run knows when it evaluates a step's templates. */
export interface RunScope {
    /** The run input given to StartRun. */
    readonly input: Json;
    /** The run: `${run.id}`, `${run.workflow}`. */
    readonly run: {
        readonly id: string;
        readonly workflow: string;
    };
    /** Finished steps: `output` is the result (for for_each, the list of item outputs in item order). */
    readonly steps: Readonly<Record<string, {
        readonly output: Json;
        readonly status: StepStatus;
    }>>;
}
/**
 * The scope expressions see, optionally for one item of a for_each fan-out.
 *
 * @example stepScope({ input: { topic: 'x' }, run: { id: 'r1', workflow: 'w' }, steps: {} }, { item: 'a', index: 0 })
 */
export declare function stepScope(run: RunScope, fanOut?: {
    item: Json;
    index: number;
}): ExpressionScope;
/**
 * Evaluates a step's `when`: true when it has none. For a step with `itemWhen`, pass
 * the item's scope. Throws ExpressionError on a type error.
 *
 * @example if (!shouldRun(step, stepScope(run))) state[step.id] = 'skipped';
 */
export declare function shouldRun(step: CompiledStep, scope: ExpressionScope): boolean;
/**
 * The items a for_each step fans out over, or undefined for a plain step. A null
 * (missing) list gives no items; anything else that is not a list is an error.
 *
 * @example forEachItems(step, stepScope(run))?.map((item, index) => stepInput(step, stepScope(run, { item, index })))
 */
export declare function forEachItems(step: CompiledStep, scope: ExpressionScope): Json[] | undefined;
/**
 * The input of a step's task (pass the item scope for a for_each item).
 *
 * @example stepInput(step, stepScope(run)) // → { text: '…' }
 */
export declare function stepInput(step: CompiledStep, scope: ExpressionScope): Json;
/**
 * The run's output once it has completed: null when the workflow declares none.
 *
 * @example runOutput(workflow, stepScope(run)) // → { audio_ms: 5120, snippets: [...] }
 */
export declare function runOutput(workflow: CompiledWorkflow, scope: ExpressionScope): Json;
/**
 * Problems with a run input, for a clear INVALID_ARGUMENT at StartRun: each required
 * top-level field that is missing or null.
 *
 * @example missingInput(workflow, {}) // → ['input.topic: is required by workflow "full-podcast"']
 */
export declare function missingInput(workflow: CompiledWorkflow, input: Json): string[];
/**
 * The value of a workflow's `concurrency.key` for a run, as text (a string as is,
 * anything else as JSON); undefined when the workflow has no per-key concurrency.
 * Throws ExpressionError on a type error.
 *
 * @example runConcurrencyKey(workflow, { tenant: 'acme' }, 'r1') // → 'acme'
 */
export declare function runConcurrencyKey(workflow: CompiledWorkflow, input: Json, runId: string): string | undefined;

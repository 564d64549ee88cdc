/**
 * Workflow definitions: parse (JSON or YAML), validate, compile, and the pure
 * functions a run uses to decide what to do next. No I/O. Format: docs/workflows.md.
 *
 * @example
 * const workflow = loadDefinition(text, { knownCapabilities });
 * const { ready, blocked } = readySteps(workflow, { harvest: 'succeeded' });
 *
 * @packageDocumentation
 */
export { parseDefinitionText } from './parse-text.js';
export { validateDefinition } from './validate.js';
export { loadDefinition } from './load.js';
export { DEFAULT_CONCURRENCY, DEFAULT_RETRY, } from './compile.js';
export { readySteps, runOutcome } from './progress.js';
export { forEachItems, missingInput, runConcurrencyKey, runOutput, shouldRun, stepInput, stepScope } from './evaluate-step.js';
export { compileTemplate, evaluate, isTruthy, parseExpression, referencedSteps, textOf, } from './expressions.js';
export { DefinitionError, ExpressionError, listProblems } from './errors.js';
export { DEFAULT_DEFINITION_LIMITS, DefinitionTooLargeError } from './limits.js';
export { fireTrigger, subjectProblem } from './triggers.js';
export { childCycleProblem, childWorkflowsOf, findChildCycle, MAX_CHILD_DEPTH } from './child-workflow.js';
export { LIMITS, NAME_PATTERN, STEP_ID_PATTERN } from './schema.js';
//# sourceMappingURL=index.js.map
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
export { validateDefinition, type ValidateOptions, type ValidationResult } from './validate.js';
export { loadDefinition } from './load.js';
export { DEFAULT_CONCURRENCY, DEFAULT_RETRY, type CompiledStep, type CompiledWait, type CompiledWorkflow, type RetryPolicy, } from './compile.js';
export { readySteps, runOutcome, type NextSteps, type RunOutcome, type RunState, type StepStatus } from './progress.js';
export { forEachItems, missingInput, runConcurrencyKey, runOutput, shouldRun, stepInput, stepScope, type RunScope } from './evaluate-step.js';
export { compileTemplate, evaluate, isTruthy, parseExpression, referencedSteps, textOf, type CompiledTemplate, type Expression, type ExpressionScope, type Json, } from './expressions.js';
export { DefinitionError, ExpressionError, listProblems } from './errors.js';
export { DEFAULT_DEFINITION_LIMITS, DefinitionTooLargeError, type DefinitionLimits } from './limits.js';
export { fireTrigger, subjectProblem, type CompiledTrigger, type TriggerDefinition, type TriggerEvent, type TriggerOutcome } from './triggers.js';
export { childCycleProblem, childWorkflowsOf, findChildCycle, MAX_CHILD_DEPTH } from './child-workflow.js';
export { LIMITS, NAME_PATTERN, STEP_ID_PATTERN, type StepDefinition, type WorkflowDefinition } from './schema.js';

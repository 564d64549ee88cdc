import { didYouMean } from './did-you-mean.js';
import { ExpressionError } from './errors.js';
import { ROOT_NAMES } from './expression-ast.js';
import { expressionRefs } from './expression-refs.js';
import { recoveryOf } from './on-failure.js';
import { ancestorsOf } from './graph.js';
import { analyzeTemplate } from './template.js';
/**
 * Checks every template of the definition: expressions parse, names are known,
 * `steps.X` references reach only (transitive) dependencies, `item`/`index` appear
 * only in for_each steps. @internal
 */
export function checkExpressions(steps, graph, allIds, output) {
    const fields = [];
    for (const { index, def } of steps) {
        const where = `steps[${index}]`;
        const visible = visibleSteps(graph, def.id, def.depends_on ?? []);
        const base = { stepId: def.id, visible, exact: false };
        const inForEach = def.for_each !== undefined;
        if (def.input !== undefined)
            fields.push({ ...base, where: `${where}.input`, value: def.input, inForEach });
        if (typeof def.when === 'string')
            fields.push({ ...base, where: `${where}.when`, value: def.when, inForEach, exact: true });
        if (def.for_each !== undefined) {
            const exact = typeof def.for_each === 'string';
            fields.push({ ...base, where: `${where}.for_each`, value: def.for_each, inForEach: false, exact });
        }
        if (def.fallback?.input !== undefined)
            fields.push({ ...base, where: `${where}.fallback.input`, value: def.fallback.input, inForEach });
        const onTimeout = def.wait_for_signal?.on_timeout;
        if (onTimeout !== undefined && typeof onTimeout === 'object') {
            fields.push({ ...base, where: `${where}.wait_for_signal.on_timeout.use`, value: onTimeout.use, inForEach: false });
        }
        const recovery = recoveryOf(def.on_failure);
        if (recovery) {
            const at = typeof def.on_failure === 'object' && 'use' in def.on_failure ? 'use' : 'skip.output';
            // It stands for the whole step's output, not one item's: no item/index.
            fields.push({ ...base, where: `${where}.on_failure.${at}`, value: recovery.output, inForEach: false });
        }
    }
    if (output !== undefined) {
        fields.push({ where: 'output', value: output, stepId: undefined, visible: new Set(allIds.keys()), inForEach: false, exact: false });
    }
    return fields.flatMap((f) => checkField(f, allIds));
}
function checkField(field, allIds) {
    const problems = [];
    const analysis = analyzeTemplate(field.value);
    for (const { path, error } of analysis.errors)
        problems.push(`${field.where}${path}: ${error.message}`);
    if (field.exact && analysis.errors.length === 0 && !analysis.exact) {
        problems.push(`${field.where}: must be a single expression, such as "\${steps.a.output.ok}" (got ${JSON.stringify(field.value)})`);
    }
    const reported = new Set();
    for (const { path, expression } of analysis.expressions) {
        const at = `${field.where}${path}`;
        const refs = expressionRefs(expression);
        for (const [name, pos] of refs.names) {
            if (ROOT_NAMES.includes(name)) {
                if ((name === 'item' || name === 'index') && !field.inForEach) {
                    const why = field.where.endsWith('.for_each')
                        ? 'the for_each list itself cannot use it'
                        : field.where.includes('.on_failure.')
                            ? 'on_failure gives the whole step\'s output, not one item\'s'
                            : 'add for_each to the step';
                    problems.push(`${at}: ${name} is only defined in a for_each step (${why}), in "${expression.source}"`);
                }
                continue;
            }
            const hint = didYouMean(name, ROOT_NAMES) ?? `names start with ${ROOT_NAMES.join(', ')}`;
            problems.push(`${at}: ${new ExpressionError(`unknown name '${name}'`, expression.source, pos, hint).message}`);
        }
        if (refs.dynamicSteps !== undefined) {
            const detail = 'steps must be followed by a step id, as in steps.harvest.output';
            problems.push(`${at}: ${new ExpressionError(detail, expression.source, refs.dynamicSteps).message}`);
        }
        for (const id of refs.steps) {
            const problem = stepReferenceProblem(field, id, allIds);
            if (!problem || reported.has(id))
                continue;
            reported.add(id);
            problems.push(`${field.where}: ${problem}`);
        }
    }
    return problems;
}
function stepReferenceProblem(field, id, allIds) {
    if (!allIds.has(id)) {
        const hint = didYouMean(id, allIds.keys());
        return `refers to steps.${id}, which is not a step${hint ? ` (${hint})` : ''}`;
    }
    if (id === field.stepId)
        return `refers to steps.${id}, its own step`;
    if (!field.visible.has(id))
        return `refers to steps.${id}, which is not among its dependencies (add it to depends_on)`;
    return undefined;
}
/** The steps a step may read: its transitive dependencies (from its own list when it is not in the graph, e.g. a duplicate id). */
function visibleSteps(graph, id, dependsOn) {
    if (graph.dependsOn.has(id))
        return ancestorsOf(graph, id);
    const visible = new Set(dependsOn);
    for (const dep of dependsOn)
        for (const a of ancestorsOf(graph, dep))
            visible.add(a);
    return visible;
}
//# sourceMappingURL=validate-expressions.js.map
/** Walks an expression collecting what it reads. @internal */
export function expressionRefs(expression, into) {
    const refs = into ?? { names: new Map(), steps: new Set(), dynamicSteps: undefined };
    const visit = (node) => {
        switch (node.kind) {
            case 'literal':
                return;
            case 'name':
                if (!refs.names.has(node.name))
                    refs.names.set(node.name, node.pos);
                if (node.name === 'steps')
                    refs.dynamicSteps ??= node.pos;
                return;
            case 'member':
            case 'index': {
                const id = staticStepId(node);
                if (id === undefined)
                    visit(node.object);
                else {
                    refs.steps.add(id);
                    if (!refs.names.has('steps'))
                        refs.names.set('steps', node.object.pos);
                }
                if (node.kind === 'index')
                    visit(node.index);
                return;
            }
            case 'not':
                return visit(node.operand);
            case 'binary':
                visit(node.left);
                return visit(node.right);
            case 'call':
                return node.args.forEach(visit);
        }
    };
    visit(expression.root);
    return refs;
}
/** `steps.x` or `steps['x']` → "x"; anything else → undefined. */
function staticStepId(node) {
    if (node.object.kind !== 'name' || node.object.name !== 'steps')
        return undefined;
    if (node.kind === 'member')
        return node.property;
    return node.index.kind === 'literal' && typeof node.index.value === 'string' ? node.index.value : undefined;
}
/**
 * Ids of the steps an expression reads through `steps.<id>`.
 *
 * @example referencedSteps(parseExpression("steps.a.output + steps['b'].output")) // → Set { 'a', 'b' }
 */
export function referencedSteps(expression) {
    return expressionRefs(expression).steps;
}
//# sourceMappingURL=expression-refs.js.map
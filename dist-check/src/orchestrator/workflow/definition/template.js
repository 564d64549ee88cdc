import { ExpressionError } from './errors.js';
import { evaluate, textOf } from './expression-eval.js';
import { parseExpression } from './expression-parser.js';
import { expressionRefs } from './expression-refs.js';
/**
 * Compiles a JSON value whose strings may hold `${expr}`. A string that is exactly one
 * `${expr}` takes the expression's value with its type; a string with embedded
 * expressions is text (null → '', lists and objects → JSON). Write `$${` for a literal `${`.
 * Throws the first ExpressionError.
 *
 * @example
 * const t = compileTemplate({ topic: '${input.topic}', title: 'About ${input.topic}' });
 * t.evaluate({ input: { topic: 'whales' } }); // → { topic: 'whales', title: 'About whales' }
 */
export function compileTemplate(json) {
    const analysis = analyzeTemplate(json);
    const first = analysis.errors[0];
    if (first)
        throw first.error;
    return analysis.template;
}
/** Compiles a template collecting every parse error instead of throwing. @internal */
export function analyzeTemplate(json) {
    const expressions = [];
    const errors = [];
    const parse = (source, path) => {
        try {
            const expression = parseExpression(source);
            expressions.push({ path, expression });
            return expression;
        }
        catch (err) {
            if (!ExpressionError.is(err))
                throw err;
            errors.push({ path, error: err });
            return undefined;
        }
    };
    const build = (value, path) => {
        if (typeof value === 'string')
            return buildString(value, path, parse, errors);
        if (Array.isArray(value)) {
            const items = value.map((v, i) => build(v, `${path}[${i}]`));
            return items.every((n) => n.kind === 'const') ? { kind: 'const', value } : { kind: 'list', items };
        }
        if (value !== null && typeof value === 'object') {
            const entries = Object.entries(value).map(([k, v]) => [k, build(v, pathOf(path, k))]);
            return entries.every(([, n]) => n.kind === 'const') ? { kind: 'const', value } : { kind: 'object', entries };
        }
        return { kind: 'const', value };
    };
    const root = build(json, '');
    const refs = { names: new Map(), steps: new Set(), dynamicSteps: undefined };
    for (const { expression } of expressions)
        expressionRefs(expression, refs);
    const template = {
        evaluate: (scope) => run(root, scope),
        steps: refs.steps,
        names: new Set(refs.names.keys()),
        isConstant: root.kind === 'const',
    };
    return { template, expressions, errors, exact: root.kind === 'expr' };
}
function pathOf(path, key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
function buildString(text, path, parse, errors) {
    const parts = [];
    let literal = '';
    let i = 0;
    while (i < text.length) {
        if (text.startsWith('$${', i)) {
            literal += '${';
            i += 3;
        }
        else if (text.startsWith('${', i)) {
            const end = closingBrace(text, i + 2);
            if (end < 0) {
                errors.push({ path, error: new ExpressionError("unclosed '${'", text, i, "add the closing '}'") });
                return { kind: 'const', value: text };
            }
            if (literal)
                parts.push(literal);
            literal = '';
            const expression = parse(text.slice(i + 2, end), path);
            if (expression)
                parts.push(expression);
            i = end + 1;
        }
        else {
            literal += text[i];
            i++;
        }
    }
    if (literal)
        parts.push(literal);
    const only = parts[0];
    if (parts.length === 1 && typeof only !== 'string' && only) {
        return text.startsWith('${') && text.endsWith('}') ? { kind: 'expr', expression: only } : { kind: 'text', parts };
    }
    if (parts.every((p) => typeof p === 'string'))
        return { kind: 'const', value: parts.join('') };
    return { kind: 'text', parts };
}
/** Offset of the `}` closing an expression that starts at `from`, skipping quoted strings; -1 if none. */
function closingBrace(text, from) {
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === '}')
            return i;
        if (ch === "'" || ch === '"') {
            for (i++; i < text.length && text[i] !== ch; i++)
                if (text[i] === '\\')
                    i++;
        }
    }
    return -1;
}
function run(node, scope) {
    switch (node.kind) {
        case 'const':
            return node.value;
        case 'expr':
            return evaluate(node.expression, scope);
        case 'text':
            return node.parts.map((p) => (typeof p === 'string' ? p : textOf(evaluate(p, scope)))).join('');
        case 'list':
            return node.items.map((n) => run(n, scope));
        case 'object':
            return Object.fromEntries(node.entries.map(([k, n]) => [k, run(n, scope)]));
    }
}
//# sourceMappingURL=template.js.map
import { ExpressionError } from './errors.js';
/**
 * Evaluates a parsed expression against a scope. Missing names, fields and indexes
 * are null, never an error; a type error (`[1] + 2`, `lower(3)`) throws ExpressionError.
 *
 * @example evaluate(parseExpression("default(input.pages, 3) > 2"), { input: {} }) // → true
 */
export function evaluate(expression, scope) {
    return new Evaluator(expression.source, scope).eval(expression.root);
}
/** Truthiness used by `!`, `&&`, `||` and `when`: null, false, 0, NaN and '' are false. */
export function isTruthy(value) {
    return value !== null && value !== false && value !== 0 && value !== '' && !Number.isNaN(value);
}
/** How a value reads inside text: strings as they are, null as '', the rest as JSON. */
export function textOf(value) {
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/** Structural equality of two JSON values. */
export function jsonEquals(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEquals(x, b[i] ?? null));
    }
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEquals(a[k] ?? null, b[k] ?? null));
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    return typeof value;
}
function lookup(container, key) {
    if (Array.isArray(container)) {
        return typeof key === 'number' && Number.isInteger(key) && key >= 0 ? (container[key] ?? null) : null;
    }
    if (container !== null && typeof container === 'object' && typeof key === 'string' && Object.hasOwn(container, key)) {
        return container[key] ?? null;
    }
    return null;
}
class Evaluator {
    source;
    scope;
    constructor(source, scope) {
        this.source = source;
        this.scope = scope;
    }
    fail(node, detail) {
        throw new ExpressionError(detail, this.source, node.pos);
    }
    eval(node) {
        switch (node.kind) {
            case 'literal':
                return node.value;
            case 'name':
                return Object.hasOwn(this.scope, node.name) ? (this.scope[node.name] ?? null) : null;
            case 'member':
                return lookup(this.eval(node.object), node.property);
            case 'index':
                return lookup(this.eval(node.object), this.eval(node.index));
            case 'not':
                return !isTruthy(this.eval(node.operand));
            case 'call':
                return this.call(node, node.args.map((a) => this.eval(a)));
            case 'binary':
                return this.binary(node);
        }
    }
    binary(node) {
        const left = this.eval(node.left);
        if (node.op === '&&')
            return isTruthy(left) && isTruthy(this.eval(node.right));
        if (node.op === '||')
            return isTruthy(left) || isTruthy(this.eval(node.right));
        const right = this.eval(node.right);
        switch (node.op) {
            case '==':
                return jsonEquals(left, right);
            case '!=':
                return !jsonEquals(left, right);
            case '+':
                if (typeof left === 'number' && typeof right === 'number')
                    return left + right;
                if (typeof left === 'string' || typeof right === 'string')
                    return textOf(left) + textOf(right);
                return this.fail(node, `cannot add ${typeName(left)} and ${typeName(right)}`);
            default:
                return this.compare(node, left, right);
        }
    }
    compare(node, left, right) {
        if (left === null || right === null)
            return false; // a missing value satisfies no ordering
        const comparable = (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
        if (!comparable)
            this.fail(node, `cannot compare ${typeName(left)} with ${typeName(right)} using '${node.op}'`);
        switch (node.op) {
            case '<':
                return left < right;
            case '<=':
                return left <= right;
            case '>':
                return left > right;
            default:
                return left >= right;
        }
    }
    call(node, args) {
        const [x = null, y = null] = args;
        switch (node.fn) {
            case 'exists':
                return x !== null;
            case 'default':
                return x ?? y;
            case 'length':
                if (x === null)
                    return 0;
                if (typeof x === 'string' || Array.isArray(x))
                    return x.length;
                if (typeof x === 'object')
                    return Object.keys(x).length;
                return this.fail(node, `length() needs a string, list or object, got ${typeName(x)}`);
            case 'lower':
            case 'upper':
                if (x === null)
                    return null;
                if (typeof x !== 'string')
                    return this.fail(node, `${node.fn}() needs a string, got ${typeName(x)}`);
                return node.fn === 'lower' ? x.toLowerCase() : x.toUpperCase();
            case 'join':
                if (typeof y !== 'string')
                    return this.fail(node, `join() needs a string separator, got ${typeName(y)}`);
                if (x === null)
                    return '';
                if (!Array.isArray(x))
                    return this.fail(node, `join() needs a list, got ${typeName(x)}`);
                return x.map(textOf).join(y);
        }
    }
}
//# sourceMappingURL=expression-eval.js.map
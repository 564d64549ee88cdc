import { didYouMean } from './did-you-mean.js';
import { ExpressionError } from './errors.js';
import { FUNCTIONS } from './expression-ast.js';
import { tokenize } from './expression-tokenizer.js';
// Precedence, loosest first: || then && then == != then < <= > >= then + ; ! binds tightest.
const LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+']];
const KEYWORDS = { true: true, false: false, null: null };
/**
 * How deep an expression tree may be: `((a))`, `!!a`, `a.b.c` and `a + b + c` each
 * count a level per step. Evaluating walks the tree recursively, so an unbounded
 * one (a `${((((…` of 10,000 parentheses) overflowed the stack.
 */
export const MAX_EXPRESSION_DEPTH = 64;
/**
 * Parses an expression (the text between `${` and `}`) into a tree.
 * Throws ExpressionError naming the column of the first problem.
 *
 * @example parseExpression("length(steps.weave.output.segments) > 0")
 */
export function parseExpression(source) {
    const parser = new Parser(source, tokenize(source));
    if (parser.peek().type === 'eof')
        throw new ExpressionError('empty expression', source, 0);
    const root = parser.expression(0);
    const rest = parser.peek();
    if (rest.type !== 'eof')
        throw parser.unexpected(rest, 'expected an operator or the end of the expression');
    const deep = deepestNode(root, MAX_EXPRESSION_DEPTH);
    if (deep)
        throw new ExpressionError(`nests deeper than ${MAX_EXPRESSION_DEPTH} levels (the limit)`, source, deep.pos);
    return { source, root };
}
/** The first node found below `max` levels, walked without recursion; undefined when the tree is shallower. */
function deepestNode(root, max) {
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > max)
            return node;
        for (const child of childrenOf(node))
            stack.push([child, depth + 1]);
    }
    return undefined;
}
function childrenOf(node) {
    switch (node.kind) {
        case 'member':
            return [node.object];
        case 'index':
            return [node.object, node.index];
        case 'not':
            return [node.operand];
        case 'binary':
            return [node.left, node.right];
        case 'call':
            return node.args;
        default:
            return [];
    }
}
class Parser {
    source;
    tokens;
    at = 0;
    /** Open `(`, `[`, argument lists and `!` around the current token: the parser's own recursion. */
    nesting = 0;
    constructor(source, tokens) {
        this.source = source;
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.at] ?? this.tokens[this.tokens.length - 1];
    }
    next() {
        const token = this.peek();
        if (token.type !== 'eof')
            this.at++;
        return token;
    }
    isPunct(text) {
        const token = this.peek();
        return token.type === 'punct' && token.text === text;
    }
    expect(text, hint) {
        if (!this.isPunct(text))
            throw this.unexpected(this.peek(), hint);
        return this.next();
    }
    unexpected(token, hint) {
        const what = token.type === 'eof' ? 'end of expression' : `'${token.text}'`;
        return new ExpressionError(`unexpected ${what}`, this.source, token.pos, hint);
    }
    /** A whole expression (inside parentheses, brackets or an argument list, or at the top). */
    expression(level) {
        return this.nested(() => this.binary(level));
    }
    binary(level) {
        const ops = LEVELS[level];
        if (!ops)
            return this.unary();
        let left = this.binary(level + 1);
        for (;;) {
            const token = this.peek();
            const op = ops.find((o) => token.type === 'punct' && token.text === o);
            if (!op)
                return left;
            this.next();
            const right = this.binary(level + 1);
            left = { kind: 'binary', op, left, right, pos: token.pos };
        }
    }
    unary() {
        const token = this.peek();
        if (token.type === 'punct' && token.text === '!') {
            this.next();
            return { kind: 'not', operand: this.nested(() => this.unary()), pos: token.pos };
        }
        return this.postfix(this.primary());
    }
    /** Runs one level of recursive descent, refusing to go past {@link MAX_EXPRESSION_DEPTH}. */
    nested(parse) {
        if (++this.nesting > MAX_EXPRESSION_DEPTH) {
            throw new ExpressionError(`nests deeper than ${MAX_EXPRESSION_DEPTH} levels (the limit)`, this.source, this.peek().pos);
        }
        try {
            return parse();
        }
        finally {
            this.nesting--;
        }
    }
    postfix(node) {
        for (;;) {
            const token = this.peek();
            if (this.isPunct('.')) {
                this.next();
                const name = this.next();
                if (name.type === 'ident')
                    node = { kind: 'member', object: node, property: name.text, pos: token.pos };
                else if (name.type === 'number' && Number.isInteger(name.value) && name.value >= 0) {
                    node = { kind: 'index', object: node, index: { kind: 'literal', value: name.value, pos: name.pos }, pos: token.pos };
                }
                else
                    throw this.unexpected(name, "expected a field name after '.'");
            }
            else if (this.isPunct('[')) {
                this.next();
                const index = this.expression(0);
                this.expect(']', "expected ']'");
                node = { kind: 'index', object: node, index, pos: token.pos };
            }
            else
                return node;
        }
    }
    primary() {
        const token = this.next();
        switch (token.type) {
            case 'number':
            case 'string':
                return { kind: 'literal', value: token.value, pos: token.pos };
            case 'ident':
                if (token.text in KEYWORDS)
                    return { kind: 'literal', value: KEYWORDS[token.text] ?? null, pos: token.pos };
                return this.isPunct('(') ? this.call(token) : { kind: 'name', name: token.text, pos: token.pos };
            case 'punct':
                if (token.text === '(') {
                    const inner = this.expression(0);
                    this.expect(')', "expected ')' to close the '('");
                    return inner;
                }
                throw this.unexpected(token, 'expected a value');
            case 'eof':
                throw this.unexpected(token, 'expected a value');
        }
    }
    call(name) {
        if (!Object.hasOwn(FUNCTIONS, name.text)) {
            const known = Object.keys(FUNCTIONS);
            const hint = didYouMean(name.text, known) ?? `functions are ${known.join(', ')}`;
            throw new ExpressionError(`unknown function '${name.text}'`, this.source, name.pos, hint);
        }
        const fn = name.text;
        this.next(); // (
        const args = [];
        if (!this.isPunct(')')) {
            args.push(this.expression(0));
            while (this.isPunct(',')) {
                this.next();
                args.push(this.expression(0));
            }
        }
        this.expect(')', "expected ',' or ')' in the argument list");
        const arity = FUNCTIONS[fn];
        if (args.length !== arity) {
            const plural = arity === 1 ? 'argument' : 'arguments';
            throw new ExpressionError(`${fn}() takes ${arity} ${plural}, got ${args.length}`, this.source, name.pos);
        }
        return { kind: 'call', fn, args, pos: name.pos };
    }
}
//# sourceMappingURL=expression-parser.js.map
import { ExpressionError } from './errors.js';
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '(', ')', '[', ']', '.', ','];
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /\d+/y;
const IDENT_START = /[A-Za-z_]/;
// A hyphen may appear inside a property name (`steps.my-step.output`), never at the root.
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const PROPERTY = /[A-Za-z_][A-Za-z0-9_-]*/y;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
const HINTS = {
    '=': "use '==' to compare",
    '&': "use '&&' for 'and'",
    '|': "use '||' for 'or'",
    '-': "'-' only starts a negative number; subtraction is not supported",
    '{': 'an expression cannot contain braces',
    '}': 'an expression cannot contain braces',
};
/** Splits an expression into tokens; throws ExpressionError at the first bad character. @internal */
export function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i] ?? '';
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        const prev = tokens[tokens.length - 1];
        const afterDot = prev?.type === 'punct' && prev.text === '.';
        if (/\d/.test(ch) || (ch === '-' && /\d/.test(source[i + 1] ?? '') && !endsValue(prev))) {
            const re = afterDot ? INTEGER : NUMBER; // `items.0.1` is two indexes, not 0.1
            re.lastIndex = ch === '-' ? i + 1 : i;
            re.exec(source);
            const end = re.lastIndex;
            const text = source.slice(i, end);
            if (IDENT_START.test(source[end] ?? ''))
                throw new ExpressionError(`bad number '${text}${source[end] ?? ''}'`, source, i);
            tokens.push({ type: 'number', value: Number(text), text, pos: i });
            i = end;
        }
        else if (IDENT_START.test(ch)) {
            const re = afterDot ? PROPERTY : IDENT;
            re.lastIndex = i;
            re.exec(source);
            tokens.push({ type: 'ident', text: source.slice(i, re.lastIndex), pos: i });
            i = re.lastIndex;
        }
        else if (ch === "'" || ch === '"') {
            const { value, end } = readString(source, i);
            tokens.push({ type: 'string', value, text: source.slice(i, end), pos: i });
            i = end;
        }
        else {
            const op = OPERATORS.find((o) => source.startsWith(o, i));
            if (!op)
                throw new ExpressionError(`unexpected '${ch}'`, source, i, HINTS[ch]);
            tokens.push({ type: 'punct', text: op, pos: i });
            i += op.length;
        }
    }
    tokens.push({ type: 'eof', text: '', pos: source.length });
    return tokens;
}
/** True when the token ends a value, so a following '-' would be a (refused) subtraction. */
function endsValue(token) {
    if (!token)
        return false;
    if (token.type === 'punct')
        return token.text === ')' || token.text === ']';
    return token.type !== 'eof';
}
function readString(source, start) {
    const quote = source[start];
    let value = '';
    let i = start + 1;
    while (i < source.length) {
        const ch = source[i] ?? '';
        if (ch === quote)
            return { value, end: i + 1 };
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
                value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
                i += 6;
                continue;
            }
            const escaped = ESCAPES[next];
            if (escaped === undefined)
                throw new ExpressionError(`unknown escape '\\${next}'`, source, i);
            value += escaped;
            i += 2;
            continue;
        }
        value += ch;
        i++;
    }
    throw new ExpressionError('unterminated string', source, start, `close it with ${quote}`);
}
//# sourceMappingURL=expression-tokenizer.js.map
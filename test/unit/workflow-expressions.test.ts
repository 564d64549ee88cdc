/** The workflow expression language and JSON templates. */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../../src/orchestrator/workflow/definition/template.js';
import {
  compileTemplate,
  evaluate,
  ExpressionError,
  parseExpression,
  referencedSteps,
  type ExpressionScope,
  type Json,
} from '../../src/orchestrator/workflow/definition/index.js';

const scope: ExpressionScope = {
  input: { topic: 'Whales', pages: 3, tags: ['a', 'b'], empty: '' },
  steps: { harvest: { output: { text: 'hello', items: [{ name: 'first' }, { name: 'second' }] }, status: 'succeeded' } },
  run: { id: 'run-1', workflow: 'demo' },
  item: 'x',
  index: 2,
};
const ev = (text: string, s: ExpressionScope = scope): Json => evaluate(parseExpression(text), s);

function parseError(text: string): ExpressionError {
  try {
    parseExpression(text);
  } catch (err) {
    expect(ExpressionError.is(err)).toBe(true);
    return err as ExpressionError;
  }
  throw new Error(`"${text}" parsed`);
}

describe('literals and paths', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    ['2e3', 2000],
    ["'single'", 'single'],
    ['"double"', 'double'],
    ["'it\\'s\\n'", "it's\n"],
    ['"\\u0041"', 'A'],
    ['true', true],
    ['false', false],
    ['null', null],
  ])('%s → %j', (text, value) => expect(ev(text)).toEqual(value));

  it('reads paths through fields and indexes', () => {
    expect(ev('input.topic')).toBe('Whales');
    expect(ev('steps.harvest.output.items[0].name')).toBe('first');
    expect(ev('steps.harvest.output.items.1.name')).toBe('second');
    expect(ev("steps['harvest'].output.text")).toBe('hello');
    expect(ev('input.tags[index]')).toBe(null); // index is 2: out of range
    expect(ev('input.tags[index + -1]')).toBe('b');
    expect(ev('item')).toBe('x');
    expect(ev('index')).toBe(2);
    expect(ev('run.id')).toBe('run-1');
  });

  it('evaluates missing paths to null, never an error', () => {
    expect(ev('input.nope')).toBe(null);
    expect(ev('input.nope.deeper[3].x')).toBe(null);
    expect(ev('steps.ghost.output')).toBe(null);
    expect(ev('input.topic.length')).toBe(null);
    expect(ev('input.tags[-1]')).toBe(null);
    expect(ev('input.tags[0.5]')).toBe(null);
    expect(ev('input.constructor')).toBe(null);
    expect(ev('item', {})).toBe(null);
  });

  it('allows hyphens in field names but not at the root', () => {
    expect(ev('steps.my-step.output', { steps: { 'my-step': { output: 7 } } })).toBe(7);
    expect(parseError('index-1').message).toContain('subtraction is not supported');
  });
});

describe('operators', () => {
  it.each([
    ['1 == 1', true],
    ["'a' == 'a'", true],
    ['input.tags == input.tags', true],
    ['1 != 2', true],
    ['null == input.missing', true],
    ['1 < 2', true],
    ['2 <= 2', true],
    ['3 > 2', true],
    ['2 >= 3', false],
    ["'abc' < 'abd'", true],
    ['input.missing > 0', false],
    ['input.missing < 0', false],
    ['true && false', false],
    ['true || false', true],
    ['!true', false],
    ['!input.empty', true],
    ['!!input.topic', true],
    ['1 + 2', 3],
    ["'a' + 'b'", 'ab'],
    ["'n=' + 3", 'n=3'],
    ["'x' + input.missing", 'x'],
  ])('%s → %j', (text, value) => expect(ev(text)).toEqual(value));

  it('compares lists and objects structurally', () => {
    expect(ev('steps.harvest.output.items[0] == steps.harvest.output.items[0]')).toBe(true);
    expect(ev('input.tags == steps.harvest.output.items')).toBe(false);
    // lists of one length are equal only if every item is (not some of them)
    const lists: ExpressionScope = { input: { ab: ['a', 'b'], ac: ['a', 'c'], ab2: ['a', 'b'] } };
    expect(ev('input.ab == input.ac', lists)).toBe(false);
    expect(ev('input.ab == input.ab2', lists)).toBe(true);
  });

  it('tells objects with the same number of keys apart by their names, even when every value is null', () => {
    const s: ExpressionScope = { input: { a: { x: null }, b: { y: null }, c: { x: null } } };
    expect(ev('input.a == input.b', s)).toBe(false);
    expect(ev('input.a != input.b', s)).toBe(true);
    expect(ev('input.a == input.c', s)).toBe(true);
  });

  it('follows precedence: ! > + > comparison > equality > && > ||', () => {
    expect(ev('1 + 2 == 3')).toBe(true);
    expect(ev('1 < 2 == true')).toBe(true);
    expect(ev('true || false && false')).toBe(true);
    expect(ev('(true || false) && false')).toBe(false);
    expect(ev('!false == true')).toBe(true);
    expect(ev("'a' + 1 + 2")).toBe('a12');
    expect(ev("1 + 2 + 'a'")).toBe('3a');
  });

  it('short-circuits && and ||', () => {
    expect(ev('false && (1 + input.tags)')).toBe(false);
    expect(ev('true || (1 + input.tags)')).toBe(true);
  });

  it('throws ExpressionError on a type error, naming the column', () => {
    expect(() => ev('1 + input.tags')).toThrow('cannot add number and list at column 3 in "1 + input.tags"');
    expect(() => ev("1 < 'a'")).toThrow("cannot compare number with string using '<'");
  });
});

describe('functions', () => {
  it.each([
    ['length(input.topic)', 6],
    ['length(input.tags)', 2],
    ['length(steps.harvest)', 2],
    ['length(input.missing)', 0],
    ['exists(input.topic)', true],
    ['exists(input.missing)', false],
    ['exists(input.empty)', true],
    ['lower(input.topic)', 'whales'],
    ['upper(input.topic)', 'WHALES'],
    ['upper(input.missing)', null],
    ["join(input.tags, ', ')", 'a, b'],
    ["join(input.missing, '-')", ''],
    ['default(input.missing, 5)', 5],
    ['default(input.pages, 5)', 3],
    ['default(input.empty, 5)', ''],
  ])('%s → %j', (text, value) => expect(ev(text)).toEqual(value));

  it('refuses wrong argument types at evaluation', () => {
    expect(() => ev('length(input.pages)')).toThrow('length() needs a string, list or object, got number');
    expect(() => ev('lower(input.tags)')).toThrow('lower() needs a string, got list');
    expect(() => ev('join(input.topic, 1)')).toThrow('join() needs a string separator');
  });
});

describe('parse errors', () => {
  it.each([
    ['length(items))', "unexpected ')' at column 14 in \"length(items))\""],
    ['a +', 'unexpected end of expression at column 4 in "a +"'],
    ['(a', "unexpected end of expression at column 3 in \"(a\"; expected ')' to close the '('"],
    ['a = b', "unexpected '=' at column 3 in \"a = b\"; use '==' to compare"],
    ['a & b', "unexpected '&' at column 3"],
    ["'open", 'unterminated string at column 1'],
    ['a..b', "unexpected '.' at column 3"],
    ['a b', "unexpected 'b' at column 3"],
    ['', 'empty expression'],
    ['lenght(x)', 'unknown function \'lenght\' at column 1 in "lenght(x)"; did you mean "length"?'],
    ['join(x)', 'join() takes 2 arguments, got 1 at column 1'],
    ['f(,)', "unknown function 'f'"],
    ['length(,)', "unexpected ',' at column 8"],
    ['x[1', "unexpected end of expression at column 4 in \"x[1\"; expected ']'"],
    ['"bad \\q"', "unknown escape '\\q' at column 6"],
    ['12ab + 1', "bad number '12a' at column 1"],
    ['length(a b)', "expected ',' or ')' in the argument list"],
  ])('%s', (text, message) => {
    const err = parseError(text);
    expect(err.message).toContain(message);
    expect(err.column).toBeGreaterThan(0);
  });

  it('quotes at most 120 characters of a long expression, around the error, marking what was cut', () => {
    const terms = Array.from({ length: 60 }, (_, i) => `input.v${i}`).join(' + '); // ~600 characters
    const early = parseError(`input.a = ${terms}`); // at column 9
    expect(early.message).toContain(`at column 9 in "input.a = ${terms.slice(0, 110)}…"`);
    const late = parseError(`${terms} + )`);
    expect(late.message).toContain(`in "…${`${terms} + )`.slice(-120)}"; expected a value`); // the end of the line
    const middle = parseError(`${terms} = ${terms}`);
    const quoted = /in "(.*)"/.exec(middle.message)![1]!;
    expect(quoted.startsWith('…') && quoted.endsWith('…')).toBe(true);
    expect(quoted).toHaveLength(122);
    expect(quoted.slice(1, -1)).toContain(' = ');
  });

  it('carries the column and source as fields', () => {
    const err = parseError('length(items))');
    expect(err).toMatchObject({ column: 14, source: 'length(items))', detail: "unexpected ')'" });
  });
});

describe('referencedSteps', () => {
  it('finds step ids read through steps.<id> and steps[\'<id>\']', () => {
    const refs = referencedSteps(parseExpression("steps.a.output.x + steps['b'].output + length(steps.c) + input.steps"));
    expect([...refs].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('compileTemplate', () => {
  it('names where a bad expression is: a key that is an identifier with a dot, any other in brackets', () => {
    const paths = analyzeTemplate({ ab: '${(}', 'a b': '${(}', '1a': '${(}', _x: ['${(}'] }).errors.map((e) => e.path);
    expect(paths.sort()).toEqual(['.ab', '._x[0]', '["1a"]', '["a b"]'].sort());
  });

  it('gives an exact "${expr}" string the typed value', () => {
    const t = compileTemplate({ n: '${input.pages}', list: '${input.tags}', ok: '${input.pages > 2}', none: '${input.missing}' });
    expect(t.evaluate(scope)).toEqual({ n: 3, list: ['a', 'b'], ok: true, none: null });
  });

  it('interpolates embedded expressions as text', () => {
    const t = compileTemplate('About ${input.topic}: ${input.pages} pages, tags ${input.tags}, ${input.missing}!');
    expect(t.evaluate(scope)).toBe('About Whales: 3 pages, tags ["a","b"], !');
    expect(compileTemplate('${input.topic}${input.pages}').evaluate(scope)).toBe('Whales3');
    expect(compileTemplate(' ${input.pages}').evaluate(scope)).toBe(' 3');
  });

  it('walks any JSON, leaving constants alone', () => {
    const t = compileTemplate({ a: [1, '${index}', { b: '${item}' }], c: null, d: true, e: 'plain' });
    expect(t.evaluate(scope)).toEqual({ a: [1, 2, { b: 'x' }], c: null, d: true, e: 'plain' });
    expect(t.isConstant).toBe(false);
    expect(compileTemplate({ a: [1, 'x'] }).isConstant).toBe(true);
  });

  it('keeps "$${" as a literal "${" and skips braces inside quoted strings', () => {
    expect(compileTemplate('cost: $${price}').evaluate(scope)).toBe('cost: ${price}');
    expect(compileTemplate("${join(input.tags, '}')}").evaluate(scope)).toBe('a}b');
    expect(compileTemplate("${join(input.tags, ' } ')}").evaluate(scope)).toBe('a } b');
    // An escaped quote does not end the string, so the `}` after it is still inside it.
    expect(compileTemplate("${join(input.tags, '\\'}')}").evaluate(scope)).toBe("a'}b");
    expect(compileTemplate('${join(input.tags, "\\"}")}!').evaluate(scope)).toBe('a"}b!');
  });

  it('reports the steps and names it reads', () => {
    const t = compileTemplate({ x: '${steps.harvest.output.text}', y: 'by ${steps.weave.output} for ${item}' });
    expect([...t.steps].sort()).toEqual(['harvest', 'weave']);
    expect([...t.names].sort()).toEqual(['item', 'steps']);
  });

  it('throws ExpressionError for a bad or unclosed expression', () => {
    expect(() => compileTemplate({ a: '${1 +}' })).toThrow(ExpressionError);
    expect(() => compileTemplate('x ${input.topic')).toThrow("unclosed '${'");
    // a quote opened inside and never closed: the brace after it is quoted, so the expression is unclosed
    expect(() => compileTemplate("x ${join(input.tags, '}) and more")).toThrow("unclosed '${'");
    expect(() => compileTemplate("x ${join(input.tags, '\\")).toThrow("unclosed '${'"); // ends on an escape
  });
});

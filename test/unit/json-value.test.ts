/** `isJson` and `preview`, the rendering of a wrong value in a definition's problem messages. */
import { describe, expect, it } from 'vitest';
import { isJson, preview } from '../../src/orchestrator/workflow/definition/json-value.js';

describe('preview', () => {
  it('names what has no short text', () => {
    expect([preview(undefined), preview([1]), preview({ a: 1 })]).toEqual(['nothing', 'a list', 'an object']);
  });

  it('shows a value as JSON, up to 40 characters, and cuts a longer one to 37 and "..."', () => {
    expect(preview('x'.repeat(38))).toBe(`"${'x'.repeat(38)}"`); // 40 characters with its quotes
    expect(preview('x'.repeat(39))).toBe(`"${'x'.repeat(36)}...`);
    expect([preview(null), preview(3), preview(true)]).toEqual(['null', '3', 'true']);
  });
});

describe('isJson', () => {
  it('takes plain data and refuses what JSON cannot carry', () => {
    expect([null, true, 'a', 1.5, [1, { a: [] }], Object.create(null) as object].every(isJson)).toBe(true);
    expect([Number.NaN, Infinity, undefined, () => 1, new Date(0), [1, undefined], { a: Symbol('s') }].some(isJson)).toBe(false);
  });
});

// JSON ⇄ google.protobuf.Value: what toValue sends, what fromValue reads back (after the wire,
// and from the sparse values a peer in another language may send), and what toValue refuses.
import { describe, expect, it } from 'vitest';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { fromValue, toStruct, toValue, type Json } from '../../src/sdk/grpc/struct.js';

const execute = loadProtos().agent.troupe.v1.AgentService.service.ExecuteStream;

/** `json` as an agent's result output, encoded and decoded as on the wire. */
function overTheWire(json: unknown): Json {
  const bytes = execute.responseSerialize({ result: { output: toValue(json) } });
  return fromValue((execute.responseDeserialize(bytes) as { result: { output: Parameters<typeof fromValue>[0] } }).result.output);
}

describe('toValue and fromValue', () => {
  it('carry every kind of JSON value across the wire unchanged', () => {
    const json = { s: 'text', empty: '', n: -2.5, zero: 0, yes: true, no: false, nothing: null, list: [1, 'two', [3], { four: 4 }], nested: { a: { b: [] } }, none: {} };
    expect(overTheWire(json)).toEqual(json);
    for (const scalar of ['x', 0, 7, true, false, null, [], {}] as const) expect(overTheWire(scalar)).toEqual(scalar);
  });

  it('send undefined as null, and leave out the fields that are undefined', () => {
    expect(toValue(undefined)).toEqual({ nullValue: 'NULL_VALUE' });
    expect(toValue({ a: 1, b: undefined })).toEqual({ structValue: { fields: { a: { numberValue: 1 } } } });
    expect(overTheWire([undefined, 1])).toEqual([null, 1]);
  });

  it('accept the same object twice in one value (only a cycle is refused)', () => {
    const shared = { k: 'v' };
    expect(overTheWire({ a: shared, b: [shared, shared] })).toEqual({ a: { k: 'v' }, b: [{ k: 'v' }, { k: 'v' }] });
  });

  it('refuse what JSON cannot carry, naming where it is', () => {
    expect(() => toValue({ list: [1, Number.NaN] })).toThrow(new TypeError('$.list[1] is NaN, which JSON cannot carry'));
    expect(() => toValue(Number.POSITIVE_INFINITY)).toThrow(new TypeError('$ is Infinity, which JSON cannot carry'));
    expect(() => toValue({ f: () => 1 })).toThrow(new TypeError('$.f is a function, which JSON cannot carry'));
    expect(() => toValue([Symbol('s')])).toThrow(new TypeError('$[0] is a symbol, which JSON cannot carry'));
    expect(() => toValue({ big: 1n })).toThrow(new TypeError('$.big is a bigint, which JSON cannot carry'));
    const loop: Record<string, unknown> = { a: [] };
    (loop.a as unknown[]).push(loop);
    expect(() => toValue(loop)).toThrow(new TypeError('$.a[0] refers to itself'));
  });

  it('read a missing value as null, and a value without its field as that kind\'s default', () => {
    expect(fromValue(undefined)).toBeNull();
    expect(fromValue(null)).toBeNull();
    expect(fromValue({})).toBeNull();
    expect(fromValue({ kind: 'nullValue', nullValue: 'NULL_VALUE' })).toBeNull();
    expect(fromValue({ kind: 'boolValue' })).toBe(false);
    expect(fromValue({ kind: 'stringValue' })).toBe('');
    expect(fromValue({ kind: 'numberValue', numberValue: '12.5' })).toBe(12.5);
    expect(fromValue({ kind: 'listValue' })).toEqual([]);
    expect(fromValue({ kind: 'listValue', listValue: {} })).toEqual([]);
    expect(fromValue({ kind: 'structValue' })).toEqual({});
    expect(fromValue({ kind: 'structValue', structValue: {} })).toEqual({});
    expect(fromValue({ kind: 'structValue', structValue: { fields: { k: { kind: 'stringValue', stringValue: 'v' } } } })).toEqual({ k: 'v' });
  });

  it('toStruct gives the fields of an object', () => {
    expect(toStruct({ a: 'b', n: null })).toEqual({ fields: { a: { stringValue: 'b' }, n: { nullValue: 'NULL_VALUE' } } });
  });
});

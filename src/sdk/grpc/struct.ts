import type { Value, Value__Output } from '../../gen/google/protobuf/Value.js';

/** Any JSON-compatible value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Converts a JSON value to a `google.protobuf.Value` as proto-loader expects it.
 * Throws a TypeError naming the path of anything that is not JSON (functions,
 * symbols, bigint, non-finite numbers, cycles).
 */
export function toValue(json: unknown, path = '$', seen = new Set<object>()): Value {
  if (json === null || json === undefined) return { nullValue: 'NULL_VALUE' };
  switch (typeof json) {
    case 'boolean':
      return { boolValue: json };
    case 'string':
      return { stringValue: json };
    case 'number':
      if (!Number.isFinite(json)) throw new TypeError(`${path} is ${json}, which JSON cannot carry`);
      return { numberValue: json };
    case 'object': {
      if (seen.has(json)) throw new TypeError(`${path} refers to itself`);
      seen.add(json);
      try {
        if (Array.isArray(json)) {
          return { listValue: { values: json.map((v, i) => toValue(v, `${path}[${i}]`, seen)) } };
        }
        const fields: Record<string, Value> = {};
        for (const [k, v] of Object.entries(json)) {
          if (v === undefined) continue;
          fields[k] = toValue(v, `${path}.${k}`, seen);
        }
        return { structValue: { fields } };
      } finally {
        seen.delete(json);
      }
    }
    default:
      throw new TypeError(`${path} is a ${typeof json}, which JSON cannot carry`);
  }
}

/** Converts a decoded `google.protobuf.Value` back to plain JSON; a missing value is `null`. */
export function fromValue(value: Value__Output | Value | null | undefined): Json {
  if (!value) return null;
  switch (value.kind) {
    case 'boolValue':
      return Boolean(value.boolValue);
    case 'stringValue':
      return value.stringValue ?? '';
    case 'numberValue':
      return Number(value.numberValue);
    case 'listValue':
      return (value.listValue?.values ?? []).map((v) => fromValue(v));
    case 'structValue': {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value.structValue?.fields ?? {})) out[k] = fromValue(v);
      return out;
    }
    default:
      return null;
  }
}

/** Converts a plain object to the `google.protobuf.Struct` wire shape. */
export function toStruct(obj: Record<string, unknown>): { fields: Record<string, Value> } {
  const v = toValue(obj);
  return v.structValue as { fields: Record<string, Value> };
}

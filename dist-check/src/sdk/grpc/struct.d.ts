import type { Value, Value__Output } from '../../gen/google/protobuf/Value.js';
/** Any JSON-compatible value. */
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
/**
 * Converts a JSON value to a `google.protobuf.Value` as proto-loader expects it.
 * Throws a TypeError naming the path of anything that is not JSON (functions,
 * symbols, bigint, non-finite numbers, cycles).
 */
export declare function toValue(json: unknown, path?: string, seen?: Set<object>): Value;
/** Converts a decoded `google.protobuf.Value` back to plain JSON; a missing value is `null`. */
export declare function fromValue(value: Value__Output | Value | null | undefined): Json;
/** Converts a plain object to the `google.protobuf.Struct` wire shape. */
export declare function toStruct(obj: Record<string, unknown>): {
    fields: Record<string, Value>;
};

import type { Json } from './expression-ast.js';
/** True for a JSON value: null, boolean, finite number, string, list or plain object of those. @internal */
export declare function isJson(value: unknown): value is Json;
/** A short, readable rendering of a value for messages. @internal */
export declare function preview(value: unknown): string;

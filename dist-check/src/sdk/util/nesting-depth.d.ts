/** How deep a JSON value accepted from outside may nest (lists and objects); the workflow format nests far less. */
export declare const MAX_JSON_DEPTH = 64;
/**
 * How deeply `value` nests lists and objects (a scalar is 0, `[]` is 1, `[[1]]` is 2),
 * walked without recursion and stopping as soon as it passes `max`, so a hostile value
 * (a million nested lists) costs little and cannot overflow the stack. Returns `max + 1`
 * for anything deeper than `max`.
 *
 * @example nestingDepth({ a: [1, { b: 2 }] }) // 3
 */
export declare function nestingDepth(value: unknown, max?: number): number;

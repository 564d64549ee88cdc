import type { Readable } from 'node:stream';
/** The non-blank lines of a JSON Lines file ('-' for `stdin`), each with its 1-based line number. */
export declare function numberedLines(file: string, stdin?: Readable): AsyncGenerator<{
    line: number;
    text: string;
}>;
/** What one line holds: the whole value as an input (a flag named the target), an item object, or why it is neither. */
export type LineItem = {
    input: unknown;
    target: string;
} | {
    item: Record<string, unknown>;
} | {
    error: string;
    item?: Record<string, unknown>;
};
/** How a kind of item looks: `run` with its `workflow`, `task` with its `capability`, and the keys it may have. */
export interface ItemShape {
    readonly kind: string;
    readonly target: string;
    readonly keys: ReadonlySet<string>;
}
/**
 * Reads one line as an item of `shape` (or, given the `target` a flag named, as the input of one): not JSON,
 * not an object, unknown keys and a missing target are errors naming what to write instead.
 * An error about the keys still carries the object (its `id` may name the line).
 */
export declare function readLineItem(text: string, shape: ItemShape, target: string | undefined): LineItem;

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { describeJsonError } from './args.js';

/** The non-blank lines of a JSON Lines file ('-' for `stdin`), each with its 1-based line number. */
export async function* numberedLines(file: string, stdin: Readable = process.stdin): AsyncGenerator<{ line: number; text: string }> {
  const input = file === '-' ? stdin : createReadStream(file, 'utf8');
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/** What one line holds: the whole value as an input (a flag named the target), an item object, or why it is neither. */
export type LineItem = { input: unknown; target: string } | { item: Record<string, unknown> } | { error: string; item?: Record<string, unknown> };

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
export function readLineItem(text: string, shape: ItemShape, target: string | undefined): LineItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${describeJsonError(text, err)}` };
  }
  if (target !== undefined) return { input: value, target };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `a line must be a ${shape.kind} object {"${shape.target}": ..., "input": ...} (or pass --${shape.target} NAME to make each line an input)` };
  }
  const item = value as Record<string, unknown>;
  const unknown = Object.keys(item).filter((k) => !shape.keys.has(k));
  if (unknown.length > 0) return { error: `unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; a ${shape.kind} has ${[...shape.keys].join(', ')}`, item };
  if (typeof item[shape.target] !== 'string' || item[shape.target] === '') return { error: `"${shape.target}" is required (a string)`, item };
  return { item };
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeJsonError } from './args.js';
/** The non-blank lines of a JSON Lines file ('-' for `stdin`), each with its 1-based line number. */
export async function* numberedLines(file, stdin = process.stdin) {
    const input = file === '-' ? stdin : createReadStream(file, 'utf8');
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        line++;
        if (text.trim() !== '')
            yield { line, text };
    }
}
/**
 * Reads one line as an item of `shape` (or, given the `target` a flag named, as the input of one): not JSON,
 * not an object, unknown keys and a missing target are errors naming what to write instead.
 * An error about the keys still carries the object (its `id` may name the line).
 */
export function readLineItem(text, shape, target) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        return { error: `not JSON: ${describeJsonError(text, err)}` };
    }
    if (target !== undefined)
        return { input: value, target };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { error: `a line must be a ${shape.kind} object {"${shape.target}": ..., "input": ...} (or pass --${shape.target} NAME to make each line an input)` };
    }
    const item = value;
    const unknown = Object.keys(item).filter((k) => !shape.keys.has(k));
    if (unknown.length > 0)
        return { error: `unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; a ${shape.kind} has ${[...shape.keys].join(', ')}`, item };
    if (typeof item[shape.target] !== 'string' || item[shape.target] === '')
        return { error: `"${shape.target}" is required (a string)`, item };
    return { item };
}
//# sourceMappingURL=json-lines.js.map
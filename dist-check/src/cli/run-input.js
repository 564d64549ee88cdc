import { readFile } from 'node:fs/promises';
import { parseJsonFlag } from './args.js';
import { UsageError } from './errors.js';
/**
 * The JSON of `--input TEXT` or `--input-file FILE` (at most one of them), or
 * undefined when neither is given. Bad JSON and unreadable files are UsageErrors
 * naming the flag.
 */
export async function readJsonInput(inline, file) {
    if (inline !== undefined && file !== undefined)
        throw new UsageError('--input and --input-file cannot be used together');
    if (inline !== undefined)
        return parseJsonFlag('--input', inline);
    if (file === undefined)
        return undefined;
    return parseJsonFlag(`--input-file (${file})`, await readTextFile('--input-file', file));
}
/** The text of `file`, or of standard input for `-`; a read error is a UsageError naming `flag`. */
export async function readTextFile(flag, file) {
    try {
        return file === '-' ? await readStdin() : await readFile(file, 'utf8');
    }
    catch (err) {
        throw new UsageError(`${flag}: cannot read '${file}': ${err.message}`);
    }
}
async function readStdin() {
    const parts = [];
    for await (const part of process.stdin)
        parts.push(Buffer.isBuffer(part) ? part : Buffer.from(String(part)));
    return Buffer.concat(parts).toString('utf8');
}
//# sourceMappingURL=run-input.js.map
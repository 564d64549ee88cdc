import { didYouMean } from './did-you-mean.js';
import { preview } from './json-value.js';
import { KNOWN_KEYS } from './schema.js';
export { preview };
/** `['steps', 2, 'depends_on', 0]` → `steps[2].depends_on[0]`. @internal */
export function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(String(part)))
            out += out ? `.${String(part)}` : String(part);
        else
            out += `[${JSON.stringify(String(part))}]`;
    }
    return out || 'definition';
}
function knownKeysAt(path) {
    const last = path[path.length - 1];
    if (path.length === 0)
        return KNOWN_KEYS.workflow;
    if (last === 'retry')
        return KNOWN_KEYS.retry;
    if (last === 'fallback')
        return KNOWN_KEYS.fallback;
    if (last === 'wait_for_signal')
        return KNOWN_KEYS.waitForSignal;
    if (path.length === 1 && last === 'input')
        return KNOWN_KEYS.input;
    if (path.length === 1 && last === 'concurrency')
        return KNOWN_KEYS.runConcurrency;
    return KNOWN_KEYS.step;
}
/** Turns one zod issue into problems, each prefixed with where it is. @internal */
export function formatIssue(issue, prefix = []) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeysAt(path);
        return issue.keys.map((key) => {
            const hint = didYouMean(key, known) ?? `allowed: ${known.join(', ')}`;
            return `${formatPath([...path, key])}: unknown key (${hint})`;
        });
    }
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return [`${formatPath(path)}: is required`];
    // Show the offending value when it is short enough to help (a scalar).
    const scalar = issue.input === null || ['string', 'number', 'boolean'].includes(typeof issue.input);
    const got = scalar && issue.code !== 'custom' ? ` (got ${preview(issue.input)})` : '';
    return [`${formatPath(path)}: ${issue.message}${got}`];
}
//# sourceMappingURL=issues.js.map
import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { KNOWN_KEYS } from './schema.js';

/** `['steps', 2, 'depends_on', 0]` → `steps[2].depends_on[0]`. @internal */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || 'definition';
}

/** A short, readable rendering of a value for messages. @internal */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  // JSON.stringify returns undefined for a function or a symbol, whatever its type says; objects were handled above.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/no-base-to-string -- see above
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return KNOWN_KEYS.workflow;
  if (last === 'retry') return KNOWN_KEYS.retry;
  if (last === 'fallback') return KNOWN_KEYS.fallback;
  if (path.length === 1 && last === 'input') return KNOWN_KEYS.input;
  return KNOWN_KEYS.step;
}

/** Turns one zod issue into problems, each prefixed with where it is. @internal */
export function formatIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known) ?? `allowed: ${known.join(', ')}`;
      return `${formatPath([...path, key])}: unknown key (${hint})`;
    });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return [`${formatPath(path)}: is required`];
  // Show the offending value when it is short enough to help (a scalar).
  const scalar = issue.input === null || ['string', 'number', 'boolean'].includes(typeof issue.input);
  const got = scalar && issue.code !== 'custom' ? ` (got ${preview(issue.input)})` : '';
  return [`${formatPath(path)}: ${issue.message}${got}`];
}

import type { z } from 'zod';
import { preview } from './json-value.js';
export { preview };
/** `['steps', 2, 'depends_on', 0]` → `steps[2].depends_on[0]`. @internal */
export declare function formatPath(path: readonly PropertyKey[]): string;
/** Turns one zod issue into problems, each prefixed with where it is. @internal */
export declare function formatIssue(issue: z.core.$ZodIssue, prefix?: readonly PropertyKey[]): string[];

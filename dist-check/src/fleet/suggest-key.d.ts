/**
 * ` (did you mean "max"?)` for an unknown `key` found at `path`, or `` when nothing known is close.
 * @internal
 */
export declare function didYouMeanKey(key: string, path: string): string;

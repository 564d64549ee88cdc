/**
 * The keys that appear more than once at the top level of a JSON object text, e.g.
 * `{"a":1,"b":{"a":2},"a":3}` → ["a"]. `JSON.parse` keeps the last and hides the
 * others, so a log line with a repeated key can only be seen in its raw text.
 */
export declare function repeatedTopLevelKeys(text: string): string[];

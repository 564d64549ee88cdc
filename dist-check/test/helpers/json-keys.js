/**
 * The keys that appear more than once at the top level of a JSON object text, e.g.
 * `{"a":1,"b":{"a":2},"a":3}` → ["a"]. `JSON.parse` keeps the last and hides the
 * others, so a log line with a repeated key can only be seen in its raw text.
 */
export function repeatedTopLevelKeys(text) {
    const seen = new Set();
    const repeated = new Set();
    let depth = 0;
    let i = 0;
    let expectKey = false;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            if (depth === 1 && expectKey) {
                const key = JSON.parse(text.slice(i, j + 1));
                if (seen.has(key))
                    repeated.add(key);
                seen.add(key);
                expectKey = false;
            }
            i = j + 1;
            continue;
        }
        if (c === '{' || c === '[') {
            depth++;
            if (depth === 1 && c === '{')
                expectKey = true;
        }
        else if (c === '}' || c === ']')
            depth--;
        else if (c === ',' && depth === 1)
            expectKey = true;
        i++;
    }
    return [...repeated];
}
//# sourceMappingURL=json-keys.js.map
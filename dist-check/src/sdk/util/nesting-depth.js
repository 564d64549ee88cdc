/** How deep a JSON value accepted from outside may nest (lists and objects); the workflow format nests far less. */
export const MAX_JSON_DEPTH = 64;
/**
 * How deeply `value` nests lists and objects (a scalar is 0, `[]` is 1, `[[1]]` is 2),
 * walked without recursion and stopping as soon as it passes `max`, so a hostile value
 * (a million nested lists) costs little and cannot overflow the stack. Returns `max + 1`
 * for anything deeper than `max`.
 *
 * @example nestingDepth({ a: [1, { b: 2 }] }) // 3
 */
export function nestingDepth(value, max = MAX_JSON_DEPTH) {
    let deepest = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== 'object')
            continue;
        const inner = depth + 1;
        if (inner > max)
            return max + 1;
        if (inner > deepest)
            deepest = inner;
        for (const child of Array.isArray(node) ? node : Object.values(node)) {
            if (child !== null && typeof child === 'object')
                stack.push([child, inner]);
        }
    }
    return deepest;
}
//# sourceMappingURL=nesting-depth.js.map
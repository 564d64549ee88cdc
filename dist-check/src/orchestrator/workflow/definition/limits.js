import { Lexer, Parser } from 'yaml';
import { Status, TroupeError } from '../../../sdk/errors.js';
/** The limits used when none are given. */
export const DEFAULT_DEFINITION_LIMITS = Object.freeze({ maxBytes: 256 * 1024, maxDepth: 32, maxSteps: 500 });
/** A definition over `maxBytes`: RESOURCE_EXHAUSTED, naming the limit. */
export class DefinitionTooLargeError extends TroupeError {
    name = 'DefinitionTooLargeError';
    constructor(bytes, maxBytes) {
        super(Status.RESOURCE_EXHAUSTED, `the workflow definition is ${bytes} bytes; the limit (workflowMaxBytes) is ${maxBytes} bytes`, {
            context: { bytes, maxBytes },
            retryable: false,
        });
    }
}
/** Throws DefinitionTooLargeError when `text` is over `maxBytes` UTF-8 bytes. */
export function checkDefinitionSize(text, maxBytes) {
    // Cheap bound first: a UTF-8 byte count is at least the string's length and at most 3× it.
    if (text.length * 3 <= maxBytes)
        return;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes)
        throw new DefinitionTooLargeError(bytes, maxBytes);
}
/** The message naming the depth limit; the same for text and for data. @internal */
export const tooDeep = (maxDepth) => `definition: nests lists and objects deeper than ${maxDepth} levels (the limit, workflowMaxDepth)`;
const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
/**
 * The YAML/JSON `text` as concrete syntax tree tokens, or undefined when it nests
 * collections deeper than `maxDepth`. The `yaml` lexer and parser are iterative
 * (composing a document is recursive and overflowed the stack on 10,000 nested
 * lists), so the text is fed token by token and refused as soon as the parser holds
 * more than `maxDepth` open collections: a deep text costs no more than its first
 * `maxDepth` levels. Tokens within the bound get an exact walk, and are then composed
 * without parsing the text again (see parse-text.ts).
 */
export function yamlTokensWithin(text, maxDepth, onNewLine) {
    const parser = new Parser(onNewLine);
    onNewLine?.(0); // Parser.parse() marks the first line itself; Parser.next() does not
    const tokens = [];
    for (const lexeme of new Lexer().lex(text)) {
        for (const token of parser.next(lexeme))
            tokens.push(token);
        let open = 0;
        for (const token of parser.stack)
            if (COLLECTIONS.has(token.type))
                open++;
        if (open > maxDepth)
            return undefined;
    }
    for (const token of parser.end())
        tokens.push(token);
    return tokens.some((token) => treeDeeperThan(token, maxDepth)) ? undefined : tokens;
}
function treeDeeperThan(root, maxDepth) {
    const stack = [[root, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node.type === 'document' && node.value)
            stack.push([node.value, depth]);
        if (!node.type || !COLLECTIONS.has(node.type))
            continue;
        const inner = depth + 1;
        if (inner > maxDepth)
            return true;
        for (const item of node.items ?? []) {
            if (item.key && typeof item.key === 'object')
                stack.push([item.key, inner]);
            if (item.value && typeof item.value === 'object')
                stack.push([item.value, inner]);
        }
    }
    return false;
}
//# sourceMappingURL=limits.js.map
import { Composer, LineCounter, YAMLParseError } from 'yaml';
import { nestingDepth } from '../../../sdk/util/nesting-depth.js';
import { DefinitionError, MAX_LISTED_PROBLEMS } from './errors.js';
import { checkDefinitionSize, DEFAULT_DEFINITION_LIMITS, tooDeep, yamlTokensWithin } from './limits.js';
/** Characters of the offending line quoted around a syntax error. */
const LINE_QUOTE_CHARS = 60;
/**
 * Reads a definition written as JSON or YAML (JSON is read as the YAML 1.2 subset it
 * is) into plain data, ready for {@link validateDefinition}. Throws DefinitionError
 * naming the line and column of a syntax error, duplicate keys included.
 * Size and nesting are checked first against `limits` (DefinitionTooLargeError,
 * RESOURCE_EXHAUSTED, for size; DefinitionError for depth), so the recursive parts
 * never see a hostile text.
 *
 * @example parseDefinitionText('name: hello\nsteps:\n  - { id: say, capability: echo.say }')
 */
export function parseDefinitionText(text, limits = DEFAULT_DEFINITION_LIMITS) {
    checkDefinitionSize(text, limits.maxBytes);
    if (text.trim() === '')
        throw new DefinitionError(['definition: the text is empty']);
    const lineCounter = new LineCounter();
    const tokens = yamlTokensWithin(text, limits.maxDepth, lineCounter.addNewLine);
    if (!tokens)
        throw new DefinitionError([tooDeep(limits.maxDepth)]);
    const doc = composeOne(tokens, text.length);
    if (doc.errors.length > 0) {
        const lines = text.split(/\r?\n/);
        const problems = doc.errors.slice(0, MAX_LISTED_PROBLEMS).map((e) => {
            const at = lineCounter.linePos(e.pos[0]);
            const line = quoteAround(lines[at.line - 1] ?? '', at.col);
            return `syntax error at line ${at.line}, column ${at.col}: ${e.message}${line ? ` (in "${line}")` : ''}`;
        });
        const more = doc.errors.length - problems.length;
        if (more > 0)
            problems.push(`… and ${more} more syntax error(s)`);
        throw new DefinitionError(problems);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new DefinitionError([`syntax error: ${err instanceof Error ? err.message : String(err)}`]);
    }
    // Aliases can nest deeper than the text shows (each `*a` inside `&b [...]` adds a level).
    if (nestingDepth(data, limits.maxDepth) > limits.maxDepth)
        throw new DefinitionError([tooDeep(limits.maxDepth)]);
    return data;
}
/** The trimmed `line`, cut to LINE_QUOTE_CHARS around `col` (1-based) with … where cut. */
function quoteAround(line, col) {
    const text = line.trim();
    if (text.length <= LINE_QUOTE_CHARS)
        return text;
    const shift = line.length - line.trimStart().length;
    const start = Math.max(0, Math.min(col - 1 - shift - LINE_QUOTE_CHARS / 2, text.length - LINE_QUOTE_CHARS));
    return `${start > 0 ? '…' : ''}${text.slice(start, start + LINE_QUOTE_CHARS)}${start + LINE_QUOTE_CHARS < text.length ? '…' : ''}`;
}
/** The first document of `tokens` (as yaml's parseDocument composes it, from tokens already parsed); a second one is an error. */
function composeOne(tokens, length) {
    const composer = new Composer({ uniqueKeys: true });
    let doc;
    for (const next of composer.compose(tokens, true, length)) {
        if (!doc)
            doc = next;
        else {
            doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    return doc;
}
//# sourceMappingURL=parse-text.js.map
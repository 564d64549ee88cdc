/** Abbreviations after which a full stop never ends a sentence ("Dr. Smith", "e.g. Paris"). */
const NEVER_ENDS = new Set([
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'rev', 'hon', 'gen', 'col', 'capt', 'lt', 'sgt', 'gov', 'sen', 'rep',
    'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'et al', 'incl', 'esp', 'dept',
]);
/** Abbreviations that never end a sentence when a number follows ("No. 5", "p. 12", "Fig. 3"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'pp', 'fig', 'figs', 'vol', 'ch', 'sec', 'art', 'op', 'eq', 'ref']);
/** A run of terminators, any closing quotes or brackets, then whitespace or the end. */
const TERMINATOR = /([.!?…]+)(["'”’»)\]]*)(?=\s|$)/g;
/** A line that starts a list item or a heading: it begins a new sentence. */
const LINE_START = /^\s*(?:[-*•‣◦]\s+|#{1,6}\s+|\d{1,3}[.)]\s+)/;
/** Bullet and heading markers, which are not worth speaking. */
const MARKER = /^\s*(?:[-*•‣◦]|#{1,6})\s+/;
const HEADING = /^\s*#{1,6}\s+/;
const SPEAKABLE = /[\p{L}\p{N}]/u;
/**
 * Splits text into the pieces voice-forge synthesises one at a time: sentences,
 * with long ones cut at clause marks so each piece stays under `maxChars`.
 *
 * Blank lines end a paragraph, list items start a new piece, a heading is one; other
 * line breaks are just spaces. `.` ends a sentence unless it follows a known
 * abbreviation, an initial ("J. R. R. Tolkien") or a dotted acronym ("U.S."), or
 * the next word starts in lower case. `!`, `?` always end one, `…` only before a
 * capital. Whitespace is collapsed; pieces with no letter or digit are dropped.
 *
 * @example
 * splitSentences('Dr. Smith arrived. Was he late? No!');
 * // → ['Dr. Smith arrived.', 'Was he late?', 'No!']
 */
export function splitSentences(text, options = {}) {
    const maxChars = options.maxChars ?? 240;
    if (!Number.isInteger(maxChars) || maxChars < 20)
        throw new RangeError(`maxChars must be an integer of at least 20; got ${maxChars}`);
    const out = [];
    for (const block of blocks(text)) {
        for (const sentence of sentencesOf(block)) {
            for (const piece of capLength(sentence, maxChars)) {
                if (SPEAKABLE.test(piece))
                    out.push(piece);
            }
        }
    }
    return out;
}
/** Paragraphs and list items, whitespace collapsed and markers removed. */
function blocks(text) {
    const result = [];
    let current = [];
    const flush = () => {
        const joined = current.join(' ').replace(/\s+/g, ' ').trim();
        if (joined)
            result.push(joined);
        current = [];
    };
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line.trim() === '')
            flush();
        else {
            if (LINE_START.test(line))
                flush();
            current.push(line.replace(MARKER, ''));
            if (HEADING.test(line))
                flush(); // a heading is one line
        }
    }
    flush();
    return result;
}
function sentencesOf(block) {
    const result = [];
    let start = 0;
    for (const match of block.matchAll(TERMINATOR)) {
        const end = match.index + match[0].length;
        if (endsSentence(block, match.index, match[1] ?? '', end)) {
            result.push(block.slice(start, end).trim());
            start = end;
        }
    }
    const rest = block.slice(start).trim();
    if (rest)
        result.push(rest);
    return result;
}
/** Whether the terminator `marks` at `at` (followed by whatever starts at `after`) ends a sentence. */
function endsSentence(block, at, marks, after) {
    const next = block.slice(after).trimStart();
    if (next === '')
        return true;
    if (marks.includes('!') || marks.includes('?'))
        return true;
    const nextStartsLower = /^["'“‘([]*\p{Ll}/u.test(next);
    if (marks !== '.')
        return !nextStartsLower; // an ellipsis ends a sentence only before a capital
    if (nextStartsLower)
        return false;
    const word = wordBefore(block, at);
    const lower = word.toLowerCase();
    if (NEVER_ENDS.has(lower))
        return false;
    if (BEFORE_NUMBER.has(lower) && /^\d/.test(next))
        return false;
    if (/^\p{Lu}$/u.test(word))
        return false; // an initial
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word))
        return false; // U.S, U.K
    return true;
}
/** The word right before position `at`, without opening quotes or brackets ("(e.g" → "e.g"). */
function wordBefore(block, at) {
    const space = block.lastIndexOf(' ', at - 1);
    const word = block.slice(space + 1, at).replace(/^["'“‘([]+/, '');
    // "et al." is two words
    return word === 'al' && block.slice(Math.max(0, space - 2), space) === 'et' ? 'et al' : word;
}
/** Cuts a sentence into pieces of at most `max` characters, preferring clause marks, then spaces. */
function capLength(sentence, max) {
    const pieces = [];
    let rest = sentence;
    while (rest.length > max) {
        const cut = cutPoint(rest, max);
        pieces.push(rest.slice(0, cut).trim());
        rest = rest.slice(cut).trim();
    }
    if (rest)
        pieces.push(rest);
    return pieces;
}
function cutPoint(text, max) {
    const minimum = Math.floor(max / 3); // prefer a later space to a clause mark that would leave a tiny piece
    let clause = -1;
    for (const m of text.slice(0, max + 1).matchAll(/[,;:—–](?= )/g)) {
        if (m.index + 1 >= minimum)
            clause = m.index + 1;
    }
    if (clause > 0)
        return clause;
    const space = text.lastIndexOf(' ', max);
    if (space > 0)
        return space;
    // No space at all: a hard cut, not inside a surrogate pair.
    const code = text.charCodeAt(max - 1);
    return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
//# sourceMappingURL=sentences.js.map
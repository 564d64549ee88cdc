import { InvalidArgumentError } from '../../sdk/index.js';
import { HeadingNamer } from './headings.js';
import { contentWords, scoreSentences } from './score.js';
import { isSpeakable, outline } from './sentences.js';
/** Words the intro and outro take, set aside from the segments' budget. */
const FRAME_WORDS = 70;
/** Fewest words a segment is given, however short the episode. */
const MIN_SEGMENT_WORDS = 25;
/**
 * The deterministic writer: picks the most informative sentences of the source text
 * and frames them with the host's intro and outro.
 *
 * 1. The text is cut into sentences; whole sentences of 6–60 words are candidates.
 * 2. Each is scored (see `scoreSentences`: document term frequency, topic terms, position).
 * 3. The candidates are cut into 2–5 segments (one per started minute) of contiguous
 *    text, each cut moved to the nearest paragraph start, so a segment follows one thread.
 * 4. Each segment keeps its best sentences within its share of `minutes × wordsPerMinute`,
 *    read in their original order, after a transition line naming its heading (the
 *    source's own heading when it has one there, else one from `HeadingNamer`).
 *
 * Same input, same script. Throws InvalidArgumentError when the text has no whole sentence.
 */
export function writeExtractive(request, host, wordsPerMinute) {
    const { sentences, headings } = outline(request.text);
    const scored = scoreSentences(sentences, request.topic).filter(isSpeakable);
    if (scored.length === 0) {
        throw new InvalidArgumentError('input.text has no whole sentences (6 to 60 words, ending in . ! or ?) to build a script from');
    }
    const count = Math.min(scored.length, Math.max(2, Math.min(5, Math.ceil(request.minutes))));
    const blocks = partition(scored, count);
    const budget = Math.max(MIN_SEGMENT_WORDS, Math.floor((request.minutes * wordsPerMinute - FRAME_WORDS) / blocks.length));
    const topicTerms = new Set(contentWords(request.topic));
    const namer = new HeadingNamer(blocks, topicTerms);
    const used = new Set();
    const segments = blocks.map((block, i) => {
        const previousLast = i === 0 ? -1 : (blocks[i - 1]?.at(-1)?.index ?? -1);
        const own = headingsWithin(headings, previousLast, block.at(-1)?.index ?? 0).find((h) => !used.has(h.text.toLowerCase()));
        const heading = own?.text ?? namer.name(i, used);
        used.add(heading.toLowerCase());
        const picked = pick(block, budget);
        return { heading, text: [transition(i, blocks.length, heading), ...picked.map((s) => s.text)].join(' ') };
    });
    const topic = request.topic.replace(/[.!?…]+$/, '');
    const headingList = listPhrase(segments.map((s) => inline(s.heading)));
    const intro = `${host.greeting} I'm ${host.name}, ${host.persona}. Today: ${topic}. We'll cover ${headingList}.`;
    const outro = `That's our look at ${topic}. ${host.signOff.replaceAll('{name}', host.name)}`;
    return { title: capitalize(topic), intro, segments, outro };
}
/** Cuts sentences into `count` contiguous runs of about equal size, preferring to cut where a paragraph starts. */
function partition(sentences, count) {
    const cuts = [];
    for (let k = 1; k < count; k++) {
        const ideal = Math.round((k * sentences.length) / count);
        const low = (cuts.at(-1) ?? 0) + 1;
        const high = sentences.length - (count - k);
        const window = Math.max(1, Math.floor(sentences.length / (2 * count)));
        let best = Math.min(high, Math.max(low, ideal));
        for (let d = 0; d <= window; d++) {
            const candidates = [ideal - d, ideal + d].filter((c) => c >= low && c <= high && sentences[c]?.inParagraph === 0);
            if (candidates.length > 0) {
                best = candidates[0];
                break;
            }
        }
        cuts.push(best);
    }
    const bounds = [0, ...cuts, sentences.length];
    return bounds.slice(0, -1).map((start, i) => sentences.slice(start, bounds[i + 1]));
}
/** The best sentences of a block that fit `budget` words (at least one), in their original order. */
function pick(block, budget) {
    const ranked = [...block].sort((a, b) => b.score - a.score || a.index - b.index);
    const chosen = [];
    let words = 0;
    for (const sentence of ranked) {
        if (chosen.length > 0 && words + sentence.words > budget)
            continue;
        chosen.push(sentence);
        words += sentence.words;
    }
    return chosen.sort((a, b) => a.index - b.index);
}
function headingsWithin(headings, afterIndex, lastIndex) {
    return headings.filter((h) => h.before > afterIndex && h.before <= lastIndex);
}
const TRANSITIONS = ['First', 'Next', 'Then', 'After that'];
function transition(index, total, heading) {
    const lead = total > 1 && index === total - 1 ? 'Finally' : TRANSITIONS[Math.min(index, TRANSITIONS.length - 1)];
    return `${lead}: ${inline(heading)}.`;
}
/** A heading as it reads inside a sentence: first letter lower-cased unless the word is an acronym or a name-like capital pair. */
function inline(heading) {
    const text = heading.replace(/[.:;!?]+$/, '');
    return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
function listPhrase(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
//# sourceMappingURL=extractive.js.map
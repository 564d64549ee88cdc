/** Abbreviations after which ICU's sentence break is wrong ("Dr. | Smith"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'no', 'fig', 'approx', 'inc', 'ltd', 'co']);
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * Splits text into paragraphs (blank lines) and sentences (Unicode sentence
 * boundaries from `Intl.Segmenter`, re-joined after common abbreviations).
 * A paragraph of one short line that does not end like a sentence is a heading.
 *
 * @example
 * outline('Intro\n\nFirst point. Second point.').sentences.map((s) => s.text); // ['First point.', 'Second point.']
 */
export function outline(text) {
    const sentences = [];
    const headings = [];
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    paragraphs.forEach((paragraph, p) => {
        if (!ENDS_SENTENCE.test(paragraph) && paragraph.length <= 120 && !paragraph.includes('. ')) {
            headings.push({ text: paragraph, before: sentences.length });
            return;
        }
        splitSentences(paragraph).forEach((s, inParagraph) => {
            sentences.push({ text: s, index: sentences.length, paragraph: p, inParagraph, words: countWords(s) });
        });
    });
    return { sentences, headings };
}
/** The sentences of one paragraph. */
export function splitSentences(paragraph) {
    const out = [];
    let pending = '';
    for (const { segment } of segmenter.segment(paragraph)) {
        pending += segment;
        const lastWord = /([\p{L}.]+)\.\s*$/u.exec(pending)?.[1]?.toLowerCase();
        if (lastWord && ABBREVIATIONS.has(lastWord))
            continue;
        if (pending.trim())
            out.push(pending.trim());
        pending = '';
    }
    if (pending.trim())
        out.push(pending.trim());
    return out;
}
/** Words in `text`, counted as runs of non-space characters. */
export function countWords(text) {
    return text.split(/\s+/).filter(Boolean).length;
}
/** Whether a sentence is worth reading aloud: a whole sentence of 6 to 60 words. */
export function isSpeakable(sentence) {
    return sentence.words >= 6 && sentence.words <= 60 && ENDS_SENTENCE.test(sentence.text) && !/https?:\/\//.test(sentence.text);
}
//# sourceMappingURL=sentences.js.map
/** Words that carry no topic: function words and filler common in articles. */
const STOPWORDS = new Set(`a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each even few for from further get gets got had has have having he her here hers him his how i if
  in into is it its itself just like may might more most much must my no nor not now of off on once one only or other our ours out over
  own rather really same say says said she should so some such than that the their theirs them then there these they this those through
  to too under until up upon us very was we were what when where which while who whom why will with within without would yet you your
  yours every many new make makes made way ways thing things often still well`.split(/\s+/));
/** Sentence openers that refer back to something said before. */
const DANGLING_OPENERS = new Set(['this', 'that', 'these', 'those', 'it', 'its', 'they', 'them', 'such', 'but', 'and', 'so', 'however', 'also', 'yet', 'there']);
/** A content word of `text`: lower-case, 3+ letters, not a stopword, plural ending dropped (see {@link stem}). */
export function contentWords(text) {
    return contentWordForms(text).map((w) => w.stem);
}
/** The content words of `text` with the form they had in it, for showing them to people. */
export function contentWordForms(text) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
    return words.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w)).map((w) => ({ stem: stem(w), surface: w }));
}
/**
 * Runs of adjacent content words in `text` — stopwords and punctuation end a run — as
 * candidate key phrases: "the parent span's context" → [[parent, span's], [context]]… in stem and surface form.
 */
export function contentRuns(text) {
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
    const runs = [];
    let run = [];
    for (const token of tokens) {
        if (token.length >= 3 && !STOPWORDS.has(token) && /^[\p{L}]/u.test(token)) {
            run.push({ stem: stem(token), surface: token });
        }
        else if (run.length > 0) {
            runs.push(run);
            run = [];
        }
    }
    if (run.length > 0)
        runs.push(run);
    return runs;
}
/** Drops an English plural ending so "agents" and "agent", "mailboxes" and "mailbox" count as one term. */
export function stem(word) {
    if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'))
        return word;
    if (word.endsWith('ies') && word.length > 4)
        return `${word.slice(0, -3)}y`;
    if (/(?:x|ch|sh|sses)es$/.test(word))
        return word.slice(0, -2);
    return word.slice(0, -1);
}
/** Term frequencies of content words over many texts. */
export function termFrequencies(texts) {
    const tf = new Map();
    for (const text of texts)
        for (const w of contentWords(text))
            tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
}
/**
 * Scores sentences for an extractive summary. Each sentence gets
 * - the mean document frequency of its distinct content words (normalised to the most
 *   frequent word), favouring sentences about what the whole text is about;
 * - +1 times the share of topic terms it contains;
 * - +0.25 when it opens a paragraph (where writers put the point), and up to +0.15 for
 *   being early in the text;
 * - −0.3 when it opens with a word that leans on the sentence before ("This", "But",
 *   "They"…), since it reads badly out of context.
 * Pure and deterministic: the same input gives the same scores.
 */
export function scoreSentences(sentences, topic) {
    const tf = termFrequencies(sentences.map((s) => s.text));
    const maxTf = Math.max(1, ...tf.values());
    const topicTerms = new Set(contentWords(topic));
    const total = Math.max(1, sentences.length - 1);
    return sentences.map((sentence) => {
        const words = new Set(contentWords(sentence.text));
        let density = 0;
        for (const w of words)
            density += (tf.get(w) ?? 0) / maxTf;
        density = words.size > 0 ? density / Math.sqrt(words.size) : 0;
        let topical = 0;
        for (const t of topicTerms)
            if (words.has(t))
                topical++;
        const topicShare = topicTerms.size > 0 ? topical / topicTerms.size : 0;
        const position = (sentence.inParagraph === 0 ? 0.25 : 0) + 0.15 * (1 - sentence.index / total);
        const firstWord = /^[\p{L}']+/u.exec(sentence.text)?.[0]?.toLowerCase() ?? '';
        const dangling = DANGLING_OPENERS.has(firstWord) ? -0.3 : 0;
        return { ...sentence, score: round(density + topicShare + position + dangling) };
    });
}
/** Rounded so scores compare the same on every machine. */
function round(n) {
    return Math.round(n * 1e9) / 1e9;
}
//# sourceMappingURL=score.js.map
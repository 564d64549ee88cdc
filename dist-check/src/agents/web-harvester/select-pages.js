/** Words too common to say what a topic is about. */
const STOPWORDS = new Set('a an and are as at be by for from has have how in into is it its of on or our the their this to was what when where which who why will with you your new about'.split(' '));
/** The lower-case content words of `text`, plural `s` dropped: "Voice Agents" → ["voice", "agent"]. */
export function topicTerms(text) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return [...new Set(words.filter((w) => w.length > 1 && !STOPWORDS.has(w)).map(stem))];
}
/**
 * The bundled pages a topic is about, best first: a page scores 3 per topic term in its
 * title, 2 in its keywords and 1 in its description. Pages that score nothing are left
 * out; when none scores (or there is no topic) every page is, by name. Returns at most `max`.
 */
export function pagesForTopic(pages, topic, max) {
    const terms = topicTerms(topic ?? '');
    const scored = pages
        .map((page, order) => {
        const title = new Set(topicTerms(page.title));
        const keywords = new Set(topicTerms(page.keywords));
        const description = new Set(topicTerms(page.description));
        const score = terms.reduce((sum, t) => sum + (title.has(t) ? 3 : 0) + (keywords.has(t) ? 2 : 0) + (description.has(t) ? 1 : 0), 0);
        return { page, score, order };
    })
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.order - b.order);
    if (scored.length === 0)
        return { pages: pages.slice(0, max), matched: false };
    return { pages: scored.slice(0, max).map((s) => s.page), matched: true };
}
function stem(word) {
    return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
//# sourceMappingURL=select-pages.js.map
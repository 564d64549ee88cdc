/** Longest headline, in characters. */
export const MAX_HEADLINE_CHARS = 90;
/** Longest blurb, in characters (one post on most social networks). */
export const MAX_BLURB_CHARS = 280;
/** Most tags per snippet. */
export const MAX_TAGS = 4;
const STOPWORDS = new Set(`a about after all also an and any are as at be been but by can could did do does for from had has have how if in into is it its just
  may might more most new not now of on one or our out over so some than that the their them then there these they this those to too up
  us was we were what when where which while who why will with would you your every many make makes made way ways thing things often
  still well like only even much via vs get gets enough`.split(/\s+/));
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * Writes a snippet for a topic: a headline (the title, tidied and cut at a word), a
 * blurb of the summary's leading whole sentences within 280 characters (the first
 * sentence cut at a word when it alone is longer; the headline when there is no
 * summary) and up to four tags, the content words weighted twice in the title, once
 * in the summary, ties in order of appearance. Pure: same topic, same snippet.
 *
 * @example
 * craftSnippet({ title: 'Actors for AI agents', summary: 'An old idea. It still works.', url: 'https://x.example/a' });
 * // → { headline: 'Actors for AI agents', blurb: 'An old idea. It still works.', tags: ['actors', 'ai', 'agents', 'old'], url: 'https://x.example/a' }
 */
export function craftSnippet(topic) {
    const headline = cut(tidy(topic.title), MAX_HEADLINE_CHARS);
    const summary = tidy(topic.summary);
    return { headline, blurb: blurbOf(summary || headline), tags: tagsOf(topic.title, summary), url: topic.url };
}
function blurbOf(summary) {
    let taken = '';
    for (const { segment } of segmenter.segment(summary)) {
        if ((taken + segment).trim().length > MAX_BLURB_CHARS)
            break;
        taken += segment;
    }
    return taken.trim() || cut(summary, MAX_BLURB_CHARS);
}
function tagsOf(title, summary) {
    const weights = new Map();
    const add = (text, weight) => {
        for (const word of words(text))
            weights.set(word, (weights.get(word) ?? 0) + weight);
    };
    add(title, 2);
    add(summary, 1);
    // Map order is first appearance (title first), so the stable sort breaks ties by it.
    return [...weights.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_TAGS)
        .map(([word]) => word);
}
/** Lower-case content words: letters and digits, inner hyphens kept ("back-pressure"), stopwords and bare numbers dropped. */
function words(text) {
    const all = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
    return all.filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}
function tidy(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Cuts text to at most `max` characters at a word boundary, ending in "…" when cut. */
export function cut(text, max) {
    if (text.length <= max)
        return text;
    const head = text.slice(0, max - 1);
    const space = head.lastIndexOf(' ');
    return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.—-]+$/, '')}…`;
}
//# sourceMappingURL=craft.js.map
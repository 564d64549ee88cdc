import type { FixturePage } from './fixtures.js';
/** The lower-case content words of `text`, plural `s` dropped: "Voice Agents" → ["voice", "agent"]. */
export declare function topicTerms(text: string): string[];
/**
 * The bundled pages a topic is about, best first: a page scores 3 per topic term in its
 * title, 2 in its keywords and 1 in its description. Pages that score nothing are left
 * out; when none scores (or there is no topic) every page is, by name. Returns at most `max`.
 */
export declare function pagesForTopic(pages: readonly FixturePage[], topic: string | undefined, max: number): {
    pages: FixturePage[];
    matched: boolean;
};

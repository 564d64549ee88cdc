import type { SnippetRequest } from './input.js';
/** What `snippet.craft` returns. */
export interface Snippet {
    headline: string;
    /** At most {@link MAX_BLURB_CHARS}: whole sentences of the summary when they fit. */
    blurb: string;
    tags: string[];
    url: string;
}
/** Longest headline, in characters. */
export declare const MAX_HEADLINE_CHARS = 90;
/** Longest blurb, in characters (one post on most social networks). */
export declare const MAX_BLURB_CHARS = 280;
/** Most tags per snippet. */
export declare const MAX_TAGS = 4;
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
export declare function craftSnippet(topic: SnippetRequest): Snippet;
/** Cuts text to at most `max` characters at a word boundary, ending in "…" when cut. */
export declare function cut(text: string, max: number): string;

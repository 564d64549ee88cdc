import { type Json } from '../../sdk/index.js';
/** A page to harvest: a bundled one (`fixture:<name>`) or an http(s) URL. */
export type PageSource = {
    kind: 'fixture';
    name: string;
    url: string;
    field: string;
} | {
    kind: 'url';
    url: string;
    field: string;
};
/** A validated `web.harvest` request. */
export interface HarvestRequest {
    topic?: string;
    /** Empty when the caller named none: pages are chosen by topic. */
    urls: PageSource[];
    maxPages: number;
}
/** Limits of the input fields. */
export declare const HARVEST_LIMITS: Readonly<{
    urls: 10;
    maxPages: 10;
    topic: 200;
    url: 2048;
}>;
/** Pages harvested for a topic when `input.maxPages` is absent. */
export declare const DEFAULT_TOPIC_PAGES = 3;
/**
 * Validates the JSON input of `web.harvest`: `{ topic?, urls?, maxPages? }`. `maxPages`
 * defaults to the number of URLs given, else 3. Throws InvalidArgumentError naming the field.
 *
 * @example
 * parseHarvestInput({ urls: ['fixture:automated-podcast', 'https://example.com/post'] });
 */
export declare function parseHarvestInput(input: Json): HarvestRequest;
/** Reads one page reference: an `http(s)://` URL or `fixture:<name>`. `field` names it in errors. */
export declare function parsePageSource(value: Json, field: string): PageSource;

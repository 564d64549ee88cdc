import { type AgentDefinition } from '../../sdk/index.js';
/** Options of {@link createWebHarvester}. */
export interface WebHarvesterOptions {
    /**
     * Whether http(s) pages may be fetched. Off, only bundled `fixture:` pages are read and a
     * URL fails with FAILED_PRECONDITION, so nothing reaches the network unless the operator allows it.
     * @default `TROUPE_LIVE_FETCH=1`
     */
    live?: boolean;
    /** Environment consulted for the default above, when the first task runs. @default process.env */
    env?: Readonly<Record<string, string | undefined>>;
    /** Largest page read, in bytes. @default 5 MiB */
    maxPageBytes?: number;
    /** Time budget for fetching one page. @default 15000 */
    fetchTimeoutMs?: number;
    /** Longest text kept per page, cut at a paragraph. @default 50000 */
    maxCharsPerPage?: number;
    /** Folder of bundled pages. @default the agent's `fixtures/` */
    fixturesDir?: string;
    /** @default globalThis.fetch */
    fetch?: typeof fetch;
    /**
     * How long a page fetched live may stand in for a later failed fetch of the same URL, in ms
     * (page cache in the JetStream KV bucket `troupe_harvest_cache`; an agent without NATS has none).
     * @default `TROUPE_HARVEST_CACHE_TTL_MS`, else 86400000 (24 h)
     */
    cacheTtlMs?: number;
    /** Largest page cached (its stored JSON), in bytes; a larger page is not cached. @default 262144 */
    cacheMaxPageBytes?: number;
    /** Clock of the page cache's TTL (tests). @default Date.now */
    now?: () => number;
}
/**
 * Builds the web-harvester agent: `web.harvest` loads pages (bundled `fixture:` pages,
 * or http(s) URLs when live fetching is on) and extracts their readable text with
 * Mozilla Readability over a linkedom DOM, dropping navigation, ads and footers.
 * Given a topic and no URLs, it picks the bundled pages about the topic.
 *
 * @example
 * await runAgent(createWebHarvester({ live: true }));
 */
export declare function createWebHarvester(options?: WebHarvesterOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;

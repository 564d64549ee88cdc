import { type AgentDefinition } from '../../sdk/index.js';
/** Options of {@link createTopicDiscovery}. */
export interface TopicDiscoveryOptions {
    /**
     * Feeds read when a task names none: URLs or bundled feed names.
     * @default `TROUPE_TOPIC_FEEDS` (comma-separated), else `['sample-feed']`
     */
    feeds?: string[];
    /**
     * Whether http(s) feeds may be fetched. Off, only bundled feeds are read and a URL
     * fails with FAILED_PRECONDITION, so nothing reaches the network unless the operator allows it.
     * @default `TROUPE_LIVE_FETCH=1`
     */
    live?: boolean;
    /** Environment consulted for the defaults above, when the first task runs. @default process.env */
    env?: Readonly<Record<string, string | undefined>>;
    /** Largest feed body read, in bytes. @default 2 MiB */
    maxFeedBytes?: number;
    /** Time budget for fetching one feed. @default 10000 */
    fetchTimeoutMs?: number;
    /** Folder of bundled feeds. @default the agent's `fixtures/` */
    fixturesDir?: string;
    /** @default globalThis.fetch */
    fetch?: typeof fetch;
}
/**
 * Builds the topic-discovery agent: `topics.discover` reads RSS 2.0, Atom and JSON
 * feeds (a bundled sample by default), drops duplicates, filters by `query` and
 * returns the newest `limit` topics.
 *
 * @example
 * await runAgent(createTopicDiscovery({ feeds: ['https://example.com/feed.xml'], live: true }));
 */
export declare function createTopicDiscovery(options?: TopicDiscoveryOptions): AgentDefinition;
declare const _default: AgentDefinition;
export default _default;

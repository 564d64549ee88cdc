import { defineAgent, FailedPreconditionError, taskResult, UnavailableError } from '../../sdk/index.js';
import { parseDiscoverInput, parseFeedSource } from './input.js';
import { loadFeeds } from './load-feeds.js';
import { selectTopics } from './select.js';
/**
 * Builds the topic-discovery agent: `topics.discover` reads RSS 2.0, Atom and JSON
 * feeds (a bundled sample by default), drops duplicates, filters by `query` and
 * returns the newest `limit` topics.
 *
 * @example
 * await runAgent(createTopicDiscovery({ feeds: ['https://example.com/feed.xml'], live: true }));
 */
export function createTopicDiscovery(options = {}) {
    const maxBytes = options.maxFeedBytes ?? 2 * 1024 * 1024;
    if (!Number.isInteger(maxBytes) || maxBytes < 1)
        throw new RangeError(`maxFeedBytes must be a positive integer; got ${options.maxFeedBytes}`);
    const timeoutMs = options.fetchTimeoutMs ?? 10_000;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
        throw new RangeError(`fetchTimeoutMs must be a positive integer; got ${options.fetchTimeoutMs}`);
    const explicitFeeds = options.feeds?.map((feed, i) => parseFeedSource(feed, `options.feeds[${i}]`));
    // The environment is read on the first task, not here: the module's default export
    // calls this factory at import time.
    let config;
    const configOnce = () => {
        if (config)
            return config;
        const env = options.env ?? process.env;
        let feeds = explicitFeeds;
        if (!feeds) {
            const listed = (env.TROUPE_TOPIC_FEEDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
            try {
                feeds = (listed.length > 0 ? listed : ['sample-feed']).map((feed, i) => parseFeedSource(feed, `TROUPE_TOPIC_FEEDS[${i}]`));
            }
            catch (err) {
                throw new FailedPreconditionError(`the agent is misconfigured: ${err.message}`);
            }
        }
        const load = { live: options.live ?? env.TROUPE_LIVE_FETCH === '1', maxBytes, timeoutMs };
        if (options.fixturesDir)
            load.fixturesDir = options.fixturesDir;
        if (options.fetch)
            load.fetch = options.fetch;
        return (config = { feeds, load });
    };
    return defineAgent({
        name: 'topic-discovery',
        version: '1.0.0',
        description: 'Topics from RSS, Atom and JSON feeds (a bundled sample feed by default)',
        maxConcurrency: 16,
        capabilities: [
            { name: 'topics.discover', description: 'Newest topics of {feeds?, limit?, query?}: [{id, title, summary, url, published, source}]' },
        ],
        handlers: {
            'topics.discover': async (input, ctx) => {
                const request = parseDiscoverInput(input);
                const { feeds, load } = configOnce();
                const sources = request.feeds.length > 0 ? request.feeds : feeds;
                const loaded = await loadFeeds(sources, ctx, load);
                if (loaded.feedsRead === 0)
                    throw new UnavailableError(`no feed could be read: ${loaded.warnings.join('; ')}`);
                const topics = selectTopics(loaded.items, { limit: request.limit, ...(request.query ? { query: request.query } : {}) });
                ctx.logger.info({ feeds: loaded.feedsRead, items: loaded.items.length, topics: topics.length }, 'topics discovered');
                return taskResult({
                    output: { topics: topics.map((t) => ({ ...t })) },
                    warnings: loaded.warnings,
                    metrics: { feeds_read: loaded.feedsRead, feed_items: loaded.items.length, topics: topics.length },
                });
            },
        },
    });
}
export default createTopicDiscovery();
//# sourceMappingURL=index.js.map
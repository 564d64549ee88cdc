import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/index.js';
import { instrument } from '../../sdk/telemetry/index.js';
import { fetchText } from '../../sdk/net/fetch-text.js';
import { bundledFeedNames, readBundledFeed } from './fixtures.js';
import { parseFeed } from './parse-feed.js';
import { mapLimited } from '../../sdk/util/map-limited.js';
/** Span and attribute names of topic discovery. */
export const TOPICS_TELEMETRY = {
    /** Loading and parsing one feed. */
    SPAN_FEED: 'topics.feed',
    ATTR_SOURCE: 'topics.feed.source',
    ATTR_KIND: 'topics.feed.kind',
    ATTR_ITEMS: 'topics.feed.items',
};
/**
 * Loads and parses every feed, four at a time, each in a `topics.feed` span. A bundled
 * feed that does not exist is the caller's mistake (InvalidArgumentError); a URL while
 * live fetching is off is FailedPreconditionError; a URL that fails to load or parse
 * becomes a warning, so one dead feed does not sink the others.
 */
export async function loadFeeds(sources, ctx, options) {
    const blocked = sources.find((s) => s.kind === 'url' && !options.live);
    if (blocked) {
        throw new FailedPreconditionError(`${blocked.field} is a URL, but live fetching is off: set TROUPE_LIVE_FETCH=1 for the agent, or name a bundled feed (${bundledFeedNames(options.fixturesDir).join(', ')})`);
    }
    const results = await mapLimited(sources, 4, (source) => loadOne(source, ctx, options));
    const loaded = { items: [], warnings: [], feedsRead: 0 };
    for (const result of results) {
        if ('warning' in result) {
            loaded.warnings.push(result.warning);
        }
        else {
            loaded.items.push(...result.items);
            loaded.feedsRead++;
        }
    }
    return loaded;
}
async function loadOne(source, ctx, options) {
    const location = source.kind === 'url' ? source.url : source.name;
    const attributes = { [TOPICS_TELEMETRY.ATTR_SOURCE]: location, [TOPICS_TELEMETRY.ATTR_KIND]: source.kind };
    return instrument(TOPICS_TELEMETRY.SPAN_FEED, { parent: ctx.traceContext, attributes }, async (span) => {
        if (source.kind === 'bundled') {
            const body = await readBundledFeed(source.name, options.fixturesDir);
            if (body === undefined) {
                throw new InvalidArgumentError(`${source.field} names no bundled feed "${source.name}" (bundled: ${bundledFeedNames(options.fixturesDir).join(', ')})`);
            }
            const { items } = parseFeed(body, location);
            span.setAttribute(TOPICS_TELEMETRY.ATTR_ITEMS, items.length);
            return { items };
        }
        try {
            const fetchOptions = {
                signal: ctx.signal,
                maxBytes: options.maxBytes,
                timeoutMs: options.timeoutMs,
                accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
                userAgent: 'troupe-topic-discovery/1.0',
            };
            if (options.fetch)
                fetchOptions.fetch = options.fetch;
            const { text } = await fetchText(source.url, fetchOptions);
            const { items } = parseFeed(text, location);
            span.setAttribute(TOPICS_TELEMETRY.ATTR_ITEMS, items.length);
            return { items };
        }
        catch (err) {
            ctx.signal.throwIfAborted();
            const reason = err instanceof Error ? err.message : String(err);
            ctx.logger.warn({ feed: location, err: reason }, 'feed skipped');
            span.addEvent('feed skipped', { 'exception.message': reason });
            return { warning: `${source.field} (${location}) skipped: ${reason}` };
        }
    });
}
//# sourceMappingURL=load-feeds.js.map
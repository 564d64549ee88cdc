import { FailedPreconditionError, InvalidArgumentError, type TaskContext } from '../../sdk/index.js';
import { instrument } from '../../sdk/telemetry/index.js';
import { fetchText, type FetchTextOptions } from '../../sdk/net/fetch-text.js';
import { bundledFeedNames, readBundledFeed } from './fixtures.js';
import type { FeedSource } from './input.js';
import { parseFeed, type FeedItem } from './parse-feed.js';
import { mapLimited } from '../../sdk/util/map-limited.js';

/** Span and attribute names of topic discovery. */
export const TOPICS_TELEMETRY = {
  /** Loading and parsing one feed. */
  SPAN_FEED: 'topics.feed',
  ATTR_SOURCE: 'topics.feed.source',
  ATTR_KIND: 'topics.feed.kind',
  ATTR_ITEMS: 'topics.feed.items',
} as const;

/** How feeds are loaded. */
export interface LoadOptions {
  /** Whether http(s) feeds may be fetched. */
  live: boolean;
  /** Largest feed body read. */
  maxBytes: number;
  /** Time budget per feed. */
  timeoutMs: number;
  /** Folder of the bundled feeds (tests point it elsewhere). */
  fixturesDir?: string;
  fetch?: typeof fetch;
}

/** What loading the feeds produced. */
export interface Loaded {
  items: FeedItem[];
  /** One line per feed that could not be read; the others still count. */
  warnings: string[];
  feedsRead: number;
}

/**
 * Loads and parses every feed, four at a time, each in a `topics.feed` span. A bundled
 * feed that does not exist is the caller's mistake (InvalidArgumentError); a URL while
 * live fetching is off is FailedPreconditionError; a URL that fails to load or parse
 * becomes a warning, so one dead feed does not sink the others.
 */
export async function loadFeeds(sources: readonly FeedSource[], ctx: TaskContext, options: LoadOptions): Promise<Loaded> {
  const blocked = sources.find((s) => s.kind === 'url' && !options.live);
  if (blocked) {
    throw new FailedPreconditionError(
      `${blocked.field} is a URL, but live fetching is off: set TROUPE_LIVE_FETCH=1 for the agent, or name a bundled feed (${bundledFeedNames(options.fixturesDir).join(', ')})`,
    );
  }
  const results = await mapLimited(sources, 4, (source) => loadOne(source, ctx, options));
  const loaded: Loaded = { items: [], warnings: [], feedsRead: 0 };
  for (const result of results) {
    if ('warning' in result) {
      loaded.warnings.push(result.warning);
    } else {
      loaded.items.push(...result.items);
      loaded.feedsRead++;
    }
  }
  return loaded;
}

async function loadOne(source: FeedSource, ctx: TaskContext, options: LoadOptions): Promise<{ items: FeedItem[] } | { warning: string }> {
  const location = source.kind === 'url' ? source.url : source.name;
  const attributes = { [TOPICS_TELEMETRY.ATTR_SOURCE]: location, [TOPICS_TELEMETRY.ATTR_KIND]: source.kind };
  return instrument(TOPICS_TELEMETRY.SPAN_FEED, { parent: ctx.traceContext, attributes }, async (span) => {
    if (source.kind === 'bundled') {
      const body = await readBundledFeed(source.name, options.fixturesDir);
      if (body === undefined) {
        throw new InvalidArgumentError(
          `${source.field} names no bundled feed "${source.name}" (bundled: ${bundledFeedNames(options.fixturesDir).join(', ')})`,
        );
      }
      const { items } = parseFeed(body, location);
      span.setAttribute(TOPICS_TELEMETRY.ATTR_ITEMS, items.length);
      return { items };
    }
    try {
      const fetchOptions: FetchTextOptions = {
        signal: ctx.signal,
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs,
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
        userAgent: 'troupe-topic-discovery/1.0',
      };
      if (options.fetch) fetchOptions.fetch = options.fetch;
      const { text } = await fetchText(source.url, fetchOptions);
      const { items } = parseFeed(text, location);
      span.setAttribute(TOPICS_TELEMETRY.ATTR_ITEMS, items.length);
      return { items };
    } catch (err) {
      ctx.signal.throwIfAborted();
      const reason = err instanceof Error ? err.message : String(err);
      ctx.logger.warn({ feed: location, err: reason }, 'feed skipped');
      span.addEvent('feed skipped', { 'exception.message': reason });
      return { warning: `${source.field} (${location}) skipped: ${reason}` };
    }
  });
}

import { FailedPreconditionError, InvalidArgumentError, type TaskContext } from '../../sdk/index.js';
import { instrument } from '../../sdk/telemetry/index.js';
import { extractArticle } from './extract.js';
import { fetchText, type FetchTextOptions } from '../../sdk/net/fetch-text.js';
import { hasFixturePage, readFixturePage } from './fixtures.js';
import type { PageSource } from './input.js';
import { mapLimited } from '../../sdk/util/map-limited.js';

/** Span and attribute names of the harvester. */
export const HARVEST_TELEMETRY = {
  /** Loading one page and extracting its article. */
  SPAN_EXTRACT: 'harvest.extract',
  ATTR_URL: 'url.full',
  ATTR_KIND: 'harvest.page.kind',
  ATTR_BYTES: 'harvest.page.bytes',
  ATTR_WORDS: 'harvest.page.words',
} as const;

/** A harvested page as `web.harvest` returns it. */
export interface HarvestedPage {
  url: string;
  title: string;
  byline?: string;
  text: string;
  words: number;
}

/** How pages are loaded. */
export interface HarvestOptions {
  /** Whether http(s) pages may be fetched. */
  live: boolean;
  maxBytes: number;
  timeoutMs: number;
  /** Longest text kept per page, cut at a paragraph. */
  maxCharsPerPage: number;
  fixturesDir?: string;
  fetch?: typeof fetch;
}

/**
 * Loads and extracts every page, three at a time, each in a `harvest.extract` span, in
 * the order given. A bundled page that does not exist is the caller's mistake
 * (InvalidArgumentError) and a URL while live fetching is off is FailedPreconditionError,
 * both checked before any work; a page that fails to load or has no article becomes a
 * warning, so one dead link does not sink the others.
 */
export async function harvestPages(
  sources: readonly PageSource[],
  ctx: TaskContext,
  options: HarvestOptions,
): Promise<{ pages: HarvestedPage[]; warnings: string[] }> {
  for (const source of sources) {
    if (source.kind === 'fixture' && !hasFixturePage(source.name, options.fixturesDir)) {
      throw new InvalidArgumentError(`${source.field} names no bundled page "${source.name}"`);
    }
    if (source.kind === 'url' && !options.live) {
      throw new FailedPreconditionError(`${source.field} is a URL, but live fetching is off: set TROUPE_LIVE_FETCH=1 for the agent, or use fixture: pages`);
    }
  }
  const results = await mapLimited(sources, 3, (source) => harvestOne(source, ctx, options));
  const pages: HarvestedPage[] = [];
  const warnings: string[] = [];
  for (const result of results) {
    if ('warning' in result) warnings.push(result.warning);
    else pages.push(result.page);
  }
  return { pages, warnings };
}

async function harvestOne(source: PageSource, ctx: TaskContext, options: HarvestOptions): Promise<{ page: HarvestedPage } | { warning: string }> {
  const attributes = { [HARVEST_TELEMETRY.ATTR_URL]: source.url, [HARVEST_TELEMETRY.ATTR_KIND]: source.kind };
  return instrument(HARVEST_TELEMETRY.SPAN_EXTRACT, { parent: ctx.traceContext, attributes }, async (span) => {
    let html: string;
    try {
      html = source.kind === 'fixture' ? await readFixturePage(source.name, options.fixturesDir) : await fetchPage(source.url, ctx, options);
    } catch (err) {
      ctx.signal.throwIfAborted();
      return skipped(source, `could not be loaded: ${err instanceof Error ? err.message : String(err)}`, ctx, span);
    }
    ctx.signal.throwIfAborted();
    span.setAttribute(HARVEST_TELEMETRY.ATTR_BYTES, Buffer.byteLength(html));
    const article = extractArticle(html, source.url, { maxChars: options.maxCharsPerPage });
    if (!article) return skipped(source, 'has no readable article', ctx, span);
    span.setAttribute(HARVEST_TELEMETRY.ATTR_WORDS, article.words);
    const page: HarvestedPage = { url: source.url, title: article.title, text: article.text, words: article.words };
    if (article.byline) page.byline = article.byline;
    return { page };
  });
}

async function fetchPage(url: string, ctx: TaskContext, options: HarvestOptions): Promise<string> {
  const fetchOptions: FetchTextOptions = {
    signal: ctx.signal,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
    userAgent: 'troupe-web-harvester/1.0',
  };
  if (options.fetch) fetchOptions.fetch = options.fetch;
  const { text, contentType } = await fetchText(url, fetchOptions);
  if (contentType && !/html|xml|text\/plain/i.test(contentType)) throw new Error(`it is ${contentType}, not HTML`);
  return text;
}

function skipped(source: PageSource, reason: string, ctx: TaskContext, span: { addEvent(name: string, attributes?: Record<string, string>): unknown }) {
  ctx.logger.warn({ url: source.url, reason }, 'page skipped');
  span.addEvent('page skipped', { 'exception.message': reason });
  return { warning: `${source.field} (${source.url}) ${reason}` };
}

import { isoDate, MAX_SUMMARY_CHARS, plainText, truncate } from './feed-item.js';
import { FeedFormatError } from './feed-xml.js';
/**
 * Parses a JSON Feed (https://jsonfeed.org, version 1 or 1.1). Items without a
 * `url` (or an `external_url`) are dropped.
 */
export function parseJsonFeed(json, location) {
    let doc;
    try {
        doc = JSON.parse(json);
    }
    catch (err) {
        throw new FeedFormatError(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const feed = record(doc);
    if (!feed || typeof feed.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/')) {
        throw new FeedFormatError('expected a JSON Feed: an object whose "version" is https://jsonfeed.org/version/1.1');
    }
    const source = str(feed.title) || location;
    const items = (Array.isArray(feed.items) ? feed.items : []).flatMap((raw) => {
        const item = record(raw);
        if (!item)
            return [];
        const url = str(item.url) || str(item.external_url);
        if (!url)
            return [];
        const summary = str(item.summary) ? plainText(str(item.summary)) : plainText(str(item.content_text) || str(item.content_html));
        const result = {
            title: plainText(str(item.title)) || truncate(summary, 80) || url,
            summary: truncate(summary, MAX_SUMMARY_CHARS),
            url,
            published: isoDate(str(item.date_published) || str(item.date_modified)),
            source,
        };
        const id = str(item.id) || (typeof item.id === 'number' ? String(item.id) : '');
        if (id)
            result.guid = id;
        return [result];
    });
    return { title: source, items };
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' ? value.trim() : '';
}
//# sourceMappingURL=feed-json.js.map
import { createHash } from 'node:crypto';
/**
 * The URL that identifies an entry: fragment and tracking parameters (`utm_*`,
 * `fbclid`, `gclid`, `ref`) removed, host lower-cased, a trailing slash dropped —
 * so the same article reached through a newsletter link is recognised.
 */
export function canonicalUrl(url) {
    let parsed;
    try {
        parsed = new URL(url.trim());
    }
    catch {
        return url.trim();
    }
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) {
        if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref)$/i.test(key))
            parsed.searchParams.delete(key);
    }
    let result = parsed.toString();
    if (result.endsWith('?'))
        result = result.slice(0, -1);
    if (parsed.pathname.length > 1 && result.endsWith('/'))
        result = result.slice(0, -1);
    return result;
}
/** A stable id for a canonical URL: `t-` and 12 hex digits of its SHA-256. */
export function topicId(canonical) {
    return `t-${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}
/**
 * Turns the entries of all feeds into topics: one per canonical URL (of duplicates
 * the earliest published wins — the original, not a repost — then the first seen),
 * filtered by `query`, newest first (undated last, ties by title), at most `limit`.
 */
export function selectTopics(items, options) {
    const byUrl = new Map();
    items.forEach((item, order) => {
        const key = canonicalUrl(item.url);
        const kept = byUrl.get(key);
        if (!kept || time(item) < time(kept.item))
            byUrl.set(key, { item, order: kept?.order ?? order });
    });
    const needle = options.query?.toLocaleLowerCase();
    return [...byUrl.entries()]
        .filter(([, { item }]) => !needle || `${item.title}\n${item.summary}`.toLocaleLowerCase().includes(needle))
        .sort(([, a], [, b]) => time(b.item, -Infinity) - time(a.item, -Infinity) || compare(a.item.title, b.item.title) || a.order - b.order)
        .slice(0, options.limit)
        .map(([key, { item }]) => ({
        id: topicId(key),
        title: item.title,
        summary: item.summary,
        url: canonicalUrl(item.url),
        published: item.published,
        source: item.source,
    }));
}
function time(item, undated = Infinity) {
    return item.published === null ? undated : Date.parse(item.published);
}
/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=select.js.map
/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of `items`.
 *
 * @example const pages = await mapLimited(urls, 4, (url) => fetchPage(url));
 */
export async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
//# sourceMappingURL=map-limited.js.map
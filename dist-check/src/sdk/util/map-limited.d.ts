/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of `items`.
 *
 * @example const pages = await mapLimited(urls, 4, (url) => fetchPage(url));
 */
export declare function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]>;

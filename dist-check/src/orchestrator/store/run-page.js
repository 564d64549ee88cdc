import { InvalidArgumentError } from '../../sdk/errors.js';
/** Largest page ListRuns answers. */
export const MAX_PAGE_SIZE = 1000;
/** Longest stored error text in a summary (the report has the whole text). */
const MAX_SUMMARY_ERROR = 500;
/** The ListRuns line of a stored record (same shape as `RunExecutor.summary()`). */
export function summaryFromRecord(record) {
    const c = record.run?.context;
    const error = c?.error ?? null;
    return {
        runId: record.runId,
        workflow: record.workflow,
        status: record.status,
        priority: record.priority,
        createdAt: record.createdAt,
        endedAt: c?.endedAt ?? null,
        error: error !== null && error.length > MAX_SUMMARY_ERROR ? `${error.slice(0, MAX_SUMMARY_ERROR)}…` : error,
        ...(record.parent ? { parentRunId: record.parent.runId } : {}),
    };
}
/** Newest first, then by run id (descending), so that a cursor is a total order. */
export function newestFirst(a, b) {
    return b.createdAt - a.createdAt || (a.runId < b.runId ? 1 : a.runId > b.runId ? -1 : 0);
}
/** The token that continues after `last`. */
export function encodePageToken(last) {
    return Buffer.from(JSON.stringify([last.createdAt, last.runId]), 'utf8').toString('base64url');
}
/** The cursor of a page token; INVALID_ARGUMENT for one ListRuns did not make. */
export function decodePageToken(token) {
    if (!token)
        return undefined;
    try {
        const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
        if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string') {
            return { createdAt: value[0], runId: value[1] };
        }
    }
    catch {
        // reported below
    }
    throw new InvalidArgumentError('page_token is not a token ListRuns returned; pass next_page_token from the previous page unchanged, or none for the first page');
}
/** Checks a filter's numbers; throws INVALID_ARGUMENT naming the bad one. */
export function checkPageFilter(filter) {
    if (!(Number.isInteger(filter.limit) && filter.limit >= 1 && filter.limit <= MAX_PAGE_SIZE)) {
        throw new InvalidArgumentError(`limit must be an integer in 1…${MAX_PAGE_SIZE}, got ${filter.limit}`);
    }
    for (const [name, v] of [['created_after', filter.createdAfter], ['created_before', filter.createdBefore]]) {
        if (v !== undefined && !(Number.isFinite(v) && v >= 0))
            throw new InvalidArgumentError(`${name} must be a time in ms since the epoch, got ${v}`);
    }
    decodePageToken(filter.pageToken);
}
/**
 * A predicate for the runs a page may hold: those matching the filter and, with a
 * page token, strictly after the cursor in {@link newestFirst} order.
 */
export function pageMatcher(filter) {
    const cursor = decodePageToken(filter.pageToken);
    return (s) => (!filter.workflow || s.workflow === filter.workflow) &&
        (!filter.status || s.status === filter.status) &&
        (filter.visible === undefined || filter.visible(s)) &&
        (filter.createdAfter === undefined || s.createdAt >= filter.createdAfter) &&
        (filter.createdBefore === undefined || s.createdAt < filter.createdBefore) &&
        (cursor === undefined || s.createdAt < cursor.createdAt || (s.createdAt === cursor.createdAt && s.runId < cursor.runId));
}
/**
 * The page of `summaries` (any order) for `filter`: used where every run is at hand
 * (in memory); the indexed store reads only the time slots it needs.
 */
export function pageOf(summaries, filter) {
    const matches = pageMatcher(filter);
    const sorted = [...summaries].filter(matches).sort(newestFirst);
    return cut(sorted, filter.limit);
}
/** The first `limit` of `sorted` (newest first), with a token when more follow. */
export function cut(sorted, limit) {
    const runs = sorted.slice(0, limit);
    const last = runs[runs.length - 1];
    return { runs, nextPageToken: sorted.length > limit && last ? encodePageToken(last) : '' };
}
//# sourceMappingURL=run-page.js.map
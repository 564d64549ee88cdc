import { describe, expect, it } from 'vitest';
import { checkPageFilter, decodePageToken, pageOf, summaryFromRecord } from '../../src/orchestrator/store/run-page.js';
import { Status } from '../../src/sdk/errors.js';
import { runRecord } from '../helpers/store-fixtures.js';
const summary = (i, patch = {}) => ({
    runId: `run-${String(i).padStart(4, '0')}`,
    workflow: i % 3 === 0 ? 'podcast' : 'digest',
    status: i % 4 === 0 ? 'failed' : 'completed',
    priority: 3,
    // Pairs share a creation time, so the run id must break ties.
    createdAt: 1_000 + Math.floor(i / 2) * 10,
    endedAt: null,
    error: null,
    ...patch,
});
/** Every page of `all` for `filter`, following tokens. */
function walk(all, filter) {
    const pages = [];
    let token = '';
    do {
        const page = pageOf(all, { ...filter, pageToken: token });
        pages.push(page.runs);
        token = page.nextPageToken;
    } while (token);
    return pages;
}
describe('run list pages', () => {
    const all = Array.from({ length: 95 }, (_, i) => summary(i));
    it('walks every run once, newest first, ties broken by run id, in pages of the limit', () => {
        const pages = walk(all, { limit: 10 });
        expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
        const flat = pages.flat();
        expect(new Set(flat.map((s) => s.runId)).size).toBe(95);
        for (let i = 1; i < flat.length; i++) {
            const [a, b] = [flat[i - 1], flat[i]];
            expect(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.runId > b.runId)).toBe(true);
        }
    });
    it('gives no token when the page holds the last run (no empty last page)', () => {
        expect(pageOf(all, { limit: 95 }).nextPageToken).toBe('');
        expect(pageOf(all, { limit: 94 }).nextPageToken).not.toBe('');
        expect(pageOf([], { limit: 10 })).toEqual({ runs: [], nextPageToken: '' });
    });
    it('filters by workflow, status and creation time (after inclusive, before exclusive)', () => {
        const runs = walk(all, { limit: 7, workflow: 'podcast', status: 'failed', createdAfter: 1_100, createdBefore: 1_400 }).flat();
        const expected = all.filter((s) => s.workflow === 'podcast' && s.status === 'failed' && s.createdAt >= 1_100 && s.createdAt < 1_400);
        expect(runs.map((s) => s.runId).sort()).toEqual(expected.map((s) => s.runId).sort());
        expect(expected.length).toBeGreaterThan(0);
        expect(pageOf(all, { limit: 100, createdAfter: 1_000, createdBefore: 1_010 }).runs.map((s) => s.runId)).toEqual(['run-0001', 'run-0000']);
    });
    it('keeps pages full when some runs are not visible to the caller', () => {
        const pages = walk(all, { limit: 10, visible: (s) => s.workflow === 'digest' });
        expect(pages.slice(0, -1).every((p) => p.length === 10)).toBe(true);
        expect(pages.flat().every((s) => s.workflow === 'digest')).toBe(true);
    });
    it('refuses a forged or garbled page token and a bad limit or time with INVALID_ARGUMENT', () => {
        for (const token of ['garbage!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
            expect(() => decodePageToken(token)).toThrow(expect.objectContaining({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/page_token/) }));
        }
        expect(() => checkPageFilter({ limit: 0 })).toThrow(/limit must be an integer in 1…1000/);
        expect(() => checkPageFilter({ limit: 1001 })).toThrow(/limit/);
        expect(() => checkPageFilter({ limit: 5, createdAfter: -1 })).toThrow(/created_after/);
        expect(() => checkPageFilter({ limit: 5, createdBefore: Number.NaN })).toThrow(/created_before/);
    });
    it('summarises a stored record with its end time and a bounded error', () => {
        const record = runRecord('r1', { status: 'failed', run: { value: 'failed', context: { endedAt: 5_000, error: 'x'.repeat(2_000) } } });
        const s = summaryFromRecord(record);
        expect(s).toMatchObject({ runId: 'r1', workflow: 'podcast', status: 'failed', createdAt: 1_000, endedAt: 5_000 });
        expect(s.error?.length).toBe(501);
    });
});
//# sourceMappingURL=run-page.test.js.map
import { describe, expect, it } from 'vitest';
import { noneMatch, parseRange, rangeApplies } from '../../src/orchestrator/api/http-range.js';
import { allowedMethods } from '../../src/orchestrator/api/http-routes.js';
describe('parseRange', () => {
    it.each([
        ['bytes=0-99', { start: 0, end: 99 }],
        ['bytes=100-', { start: 100, end: 999 }],
        ['bytes=-100', { start: 900, end: 999 }],
        ['bytes=-5000', { start: 0, end: 999 }],
        ['bytes=990-5000', { start: 990, end: 999 }],
        ['BYTES = 1 - 2', { start: 1, end: 2 }],
        ['bytes=999-999', { start: 999, end: 999 }],
    ])('%s of 1000 bytes is %j', (header, range) => {
        expect(parseRange(header, 1000)).toEqual(range);
    });
    it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0'])('%s of 1000 bytes is unsatisfiable', (header) => {
        expect(parseRange(header, 1000)).toBe('unsatisfiable');
    });
    it.each([undefined, '', 'bytes=', 'bytes=-', 'bytes=5-3', 'bytes=0-1,5-9', 'items=0-5', 'bytes=a-b', 'bytes=1.5-2'])('%j means the whole body', (header) => {
        expect(parseRange(header, 1000)).toBeUndefined();
    });
});
describe('noneMatch and rangeApplies (RFC 9110 conditionals)', () => {
    const etag = '"run-1-4044"';
    it('If-None-Match matches *, the tag, a list holding it, or its weak form', () => {
        for (const header of ['*', etag, `"other", ${etag}`, `W/${etag}`])
            expect(noneMatch(header, etag), header).toBe(true);
        for (const header of [undefined, '"other"', '"run-1-4045"', ''])
            expect(noneMatch(header, etag), String(header)).toBe(false);
    });
    it('Range applies without If-Range, or when If-Range names exactly the tag (a weak tag or a date does not)', () => {
        expect(rangeApplies(undefined, etag)).toBe(true);
        expect(rangeApplies(` ${etag} `, etag)).toBe(true);
        for (const header of [`W/${etag}`, '"other"', 'Sat, 05 Dec 2026 07:00:00 GMT', ''])
            expect(rangeApplies(header, etag), header).toBe(false);
    });
});
describe('allowedMethods', () => {
    it('knows every route, with GET routes also answering HEAD', () => {
        for (const path of ['/', '/index.html', '/health', '/healthz', '/readyz', '/metrics', '/api/runs/abc', '/api/runs/abc/events', '/runs/abc/audio'])
            expect(allowedMethods(path), path).toEqual(['GET', 'HEAD']);
        expect(allowedMethods('/api/runs')).toEqual(['GET', 'HEAD', 'POST']);
    });
    it('knows no other path', () => {
        for (const path of ['/nope', '/api', '/api/runs/', '/api/runs/a/b', '/runs/abc', '/runs/abc/audio/x', '/healthz/', '//healthz'])
            expect(allowedMethods(path), path).toBeUndefined();
    });
});
//# sourceMappingURL=http-range.test.js.map
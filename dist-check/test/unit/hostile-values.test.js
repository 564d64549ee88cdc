import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../src/sdk/http/request-url.js';
import { boundText, MAX_ERROR_MESSAGE_CHARS } from '../../src/sdk/errors.js';
import { traceHeaderValue } from '../../src/sdk/telemetry/index.js';
import { nestingDepth } from '../../src/sdk/util/nesting-depth.js';
// The small guards each edge uses before anything recursive or throwing sees a peer's value.
describe('edge guards', () => {
    it('parses any request target without throwing; only paths and absolute URLs are accepted', () => {
        expect(requestUrl('//')?.pathname).toBe('/');
        expect(requestUrl('///evil.example/x')?.pathname).toBe('/evil.example/x');
        expect(requestUrl('/api/runs/%zz?x=%')?.pathname).toBe('/api/runs/%zz');
        expect(requestUrl('http://h/healthz')?.pathname).toBe('/healthz');
        for (const target of ['http://[', '*', '', 'healthz', undefined])
            expect(requestUrl(target)).toBeUndefined();
    });
    it('measures nesting without recursion and stops past the bound', () => {
        expect(nestingDepth(1)).toBe(0);
        expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
        const deep = JSON.parse('['.repeat(1_000_000) + ']'.repeat(1_000_000));
        expect(nestingDepth(deep, 64)).toBe(65);
        const cycle = {};
        cycle.self = cycle;
        expect(nestingDepth(cycle, 10)).toBe(11);
    });
    it('keeps only trace header values that can travel as gRPC metadata', () => {
        const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
        expect(traceHeaderValue(valid)).toBe(valid);
        for (const bad of ['00-\n-x', 'é', '\u0000', 'x'.repeat(513)])
            expect(traceHeaderValue(bad)).toBeUndefined();
    });
    it('cuts long messages with a note of what was left out', () => {
        expect(boundText('short')).toBe('short');
        const cut = boundText('x'.repeat(10_000), 100);
        expect(cut.length).toBeLessThanOrEqual(100);
        expect(cut).toMatch(/^x{60}… \(9940 more characters\)$/);
        expect(boundText('y'.repeat(1_000_000)).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
    });
});
//# sourceMappingURL=hostile-values.test.js.map
import { describe, expect, it } from 'vitest';
import { conformancePassed, formatConformanceTable, streamProblems, summarize } from '../../src/sdk/conformance/index.js';
const results = [
    { name: 'describe', outcome: 'pass', detail: 'echo 1.0.0, 2 capabilities' },
    { name: 'errors.unknown_capability', outcome: 'fail', detail: 'got UNKNOWN: boom;\n  Execute of an unknown capability must answer NOT_FOUND' },
    { name: 'reflection', outcome: 'skip', detail: '' },
];
describe('formatConformanceTable', () => {
    it('aligns CHECK, RESULT and DETAIL columns, puts each detail on one line and ends with a summary', () => {
        expect(formatConformanceTable(results)).toBe([
            'CHECK                      RESULT  DETAIL',
            'describe                   PASS    echo 1.0.0, 2 capabilities',
            'errors.unknown_capability  FAIL    got UNKNOWN: boom; Execute of an unknown capability must answer NOT_FOUND',
            'reflection                 SKIP',
            '',
            '1 passed, 1 failed, 1 skipped: NOT conformant',
            '',
        ].join('\n'));
    });
    it('calls a report without failures conformant, skips included', () => {
        const ok = results.filter((r) => r.outcome !== 'fail');
        expect(summarize(ok)).toBe('1 passed, 0 failed, 1 skipped: conformant');
        expect(conformancePassed(ok)).toBe(true);
        expect(conformancePassed(results)).toBe(false);
    });
});
const chunk = (sequence, data = 'x', contentType = 'text/plain') => ({
    event: 'chunk',
    chunk: { sequence: String(sequence), contentType, data: Buffer.from(data), durationMs: 0, metadata: null, traceparent: '' },
});
const progress = (fraction) => ({ event: 'progress', progress: { fraction, message: '' } });
const final = { event: 'result', result: { output: null, data: Buffer.alloc(0), contentType: '', metrics: {}, warnings: [] } };
describe('streamProblems', () => {
    it('accepts progress and chunks numbered from 0, then one result', () => {
        expect(streamProblems([progress(-1), chunk(0), progress(0.5), chunk(1), final])).toEqual([]);
        expect(streamProblems([final])).toEqual([]);
    });
    it('names gaps, a late result, extra results and data without a content type', () => {
        expect(streamProblems([chunk(0), chunk(2), final])).toEqual([
            'chunk sequence 2 at chunk #1: sequences must start at 0 and increase by 1 without gaps',
        ]);
        expect(streamProblems([chunk(1), final])[0]).toMatch(/^chunk sequence 1 at chunk #0/);
        expect(streamProblems([chunk(0), final, chunk(1)])).toEqual(['the result is message 2 of 3: it must be the last message']);
        expect(streamProblems([chunk(0), final, final])).toContain('2 result messages: a stream carries exactly one');
        expect(streamProblems([chunk(0, 'x', '')])).toEqual([
            'chunk 0 carries data without a content_type',
            'no result message: a successful stream ends with exactly one result',
        ]);
        expect(streamProblems([progress(1.5), final])).toEqual(['progress fraction 1.5 is above 1 (use [0, 1], or negative when unknown)']);
    });
});
//# sourceMappingURL=conformance-format.test.js.map
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, traceWaterfall } from '../../web/console/src/jaeger-waterfall.js';
const T0 = 1_764_988_800_000_000;
const span = (spanId, parentSpanId, startMs, durationMs, extra = {}) => ({
    spanId,
    parentSpanId,
    name: spanId,
    service: 'troupe-orchestrator',
    startUs: T0 + startMs * 1000,
    durationUs: durationMs * 1000,
    status: 'ok',
    attributes: {},
    ...extra,
});
describe('the console waterfall of a Jaeger trace', () => {
    it('draws spans in tree order (children under their parent, siblings by start), indented by depth, from the first span', () => {
        const spans = [
            span('task-b', 'run', 40, 10),
            span('run', 'post', 1, 99),
            span('agent', 'task-a', 12, 5, { service: 'echo-agent', attributes: { 'troupe.agent.name': 'echo' } }),
            span('post', '', 0, 100),
            span('task-a', 'run', 10, 20, { status: 'error', attributes: { 'troupe.capability': 'text.echo' } }),
        ];
        const { bars, totalMs } = traceWaterfall({ spans });
        expect(bars.map((b) => [b.label, b.depth, b.startMs, b.durationMs, b.status])).toEqual([
            ['post', 0, 0, 100, 'ok'],
            ['run', 1, 1, 99, 'ok'],
            ['task-a', 2, 10, 20, 'error'],
            ['agent', 3, 12, 5, 'ok'],
            ['task-b', 2, 40, 10, 'ok'],
        ]);
        expect(bars.every((b) => b.kind === 'span')).toBe(true);
        expect(bars.find((b) => b.label === 'agent')?.detail).toBe('echo-agent · echo');
        expect(bars.find((b) => b.label === 'task-a')?.detail).toBe('troupe-orchestrator · text.echo');
        expect(bars[0]?.detail).toBe('troupe-orchestrator');
        expect(totalMs).toBe(100);
    });
    it('draws a span whose parent is missing as a root, and one in a cycle of parents once', () => {
        const { bars } = traceWaterfall({ spans: [span('a', 'b', 5, 1), span('b', 'a', 6, 1), span('orphan', 'gone', 0, 1), span('self', 'self', 7, 1)] });
        expect(bars.map((b) => [b.label, b.depth])).toEqual([
            ['orphan', 0],
            ['self', 0],
            ['a', 0],
            ['b', 1],
        ]);
    });
    it('caps the indentation of a very deep trace without recursion', () => {
        const spans = Array.from({ length: 5000 }, (_, i) => span(`s${i}`, i === 0 ? '' : `s${i - 1}`, i, 1));
        const { bars } = traceWaterfall({ spans });
        expect(bars).toHaveLength(5000);
        expect(bars.at(-1)?.depth).toBe(MAX_DEPTH);
    });
    it('is empty for no spans', () => {
        expect(traceWaterfall({ spans: [] })).toEqual({ bars: [], totalMs: 0 });
    });
});
//# sourceMappingURL=console-jaeger-waterfall.test.js.map
import { describe, expect, it } from 'vitest';
import { chunkCounts, formatDuration, formatWaterfall, spanTree } from '../../src/cli/format/waterfall.js';
import { spansOfTracesData } from '../../src/sdk/telemetry/otlp-json.js';
const TRACE = '0af7651916cd43dd8448eb211c80319c';
function span(spanId, parentSpanId, name, service, startMs, endMs, extra = {}) {
    return {
        traceId: TRACE,
        spanId,
        parentSpanId,
        name,
        service,
        kind: 'INTERNAL',
        startNs: BigInt(startMs) * 1000000n,
        endNs: BigInt(endMs) * 1000000n,
        status: { code: 'UNSET', message: '' },
        attributes: {},
        events: [],
        ...extra,
    };
}
const chunk = (type, id, sequence) => ({
    name: 'rpc.message',
    attributes: { 'rpc.message.type': type, 'rpc.message.id': id, ...(sequence === undefined ? {} : { 'troupe.chunk.sequence': sequence }) },
});
describe('spansOfTracesData (Jaeger /api/v3 JSON)', () => {
    it('reads hex or base64 ids, string nanos, numeric or named enums and typed attribute values', () => {
        const spans = spansOfTracesData({
            resourceSpans: [
                {
                    resource: { attributes: [{ key: 'service.name', value: { stringValue: 'voice-forge' } }] },
                    scopeSpans: [
                        {
                            spans: [
                                {
                                    traceId: Buffer.from(TRACE, 'hex').toString('base64'),
                                    spanId: 'b7ad6b7169203331',
                                    parentSpanId: '',
                                    name: 'troupe.v1.AgentService/ExecuteStream',
                                    kind: 2,
                                    startTimeUnixNano: '1700000000000000000',
                                    endTimeUnixNano: '1700000001000000000',
                                    status: { code: 'STATUS_CODE_ERROR', message: 'boom' },
                                    attributes: [
                                        { key: 'troupe.chunk.count', value: { intValue: '3' } },
                                        { key: 'ok', value: { boolValue: true } },
                                        { key: 'ms', value: { doubleValue: 2.5 } },
                                        { key: 'list', value: { arrayValue: { values: [{ stringValue: 'a' }] } } },
                                    ],
                                    events: [{ name: 'rpc.message', attributes: [{ key: 'troupe.chunk.sequence', value: { intValue: '0' } }] }],
                                },
                            ],
                        },
                    ],
                },
            ],
        });
        expect(spans).toEqual([
            {
                traceId: TRACE,
                spanId: 'b7ad6b7169203331',
                parentSpanId: '',
                name: 'troupe.v1.AgentService/ExecuteStream',
                service: 'voice-forge',
                kind: 'SERVER',
                startNs: 1700000000000000000n,
                endNs: 1700000001000000000n,
                status: { code: 'ERROR', message: 'boom' },
                attributes: { 'troupe.chunk.count': 3, ok: true, ms: 2.5, list: ['a'] },
                events: [{ name: 'rpc.message', attributes: { 'troupe.chunk.sequence': 0 } }],
            },
        ]);
    });
    it('reads nothing from something that is not TracesData', () => {
        expect(spansOfTracesData(null)).toEqual([]);
        expect(spansOfTracesData({ resourceSpans: 'x' })).toEqual([]);
    });
});
describe('formatWaterfall', () => {
    const spans = [
        span('0000000000000001', '', 'troupe run', 'troupe-cli', 0, 1000),
        span('0000000000000003', '0000000000000001', 'troupe.v1.OrchestratorService/WatchRun', 'troupe-cli', 500, 1000, {
            events: [chunk('RECEIVED', 1), chunk('RECEIVED', 2, 0), chunk('RECEIVED', 3, 1)],
        }),
        span('0000000000000002', '0000000000000001', 'troupe.v1.OrchestratorService/StartRun', 'troupe-cli', 0, 100),
        span('0000000000000004', '0000000000000002', 'troupe.task', 'troupe-orchestrator', 50, 90, { status: { code: 'ERROR', message: 'agent gone' } }),
    ];
    it('draws the tree by start time, with bars on the trace\'s time line, chunk counts and errors', () => {
        expect(formatWaterfall(spans, { barWidth: 10 })).toBe([
            `trace ${TRACE}: 4 spans, 2 services, 1.00 s, 1 error`,
            'troupe-cli               troupe run                    [██████████]    1.00 s',
            '  troupe-cli             OrchestratorService/StartRun  [█         ]  100.0 ms',
            '    troupe-orchestrator  troupe.task                   [ █        ]   40.0 ms  ✗ ERROR: agent gone',
            '  troupe-cli             OrchestratorService/WatchRun  [     █████]  500.0 ms  ↓2 chunks',
            '',
        ].join('\n'));
    });
    it('colours error lines red only when asked', () => {
        const colored = formatWaterfall(spans, { color: true });
        expect(colored.split('\n').filter((l) => l.startsWith('\x1b[1;31m'))).toHaveLength(1);
        expect(formatWaterfall(spans)).not.toContain('\x1b[');
    });
    it('says which spans lost their parent, and shows them as roots', () => {
        const lost = [...spans, span('0000000000000009', 'ffffffffffffffff', 'late', 'voice-forge', 10, 20)];
        const text = formatWaterfall(lost);
        expect(text.split('\n')[0]).toMatch(/, 1 without their parent$/);
        expect(text).toMatch(/\nvoice-forge\s+late\s/);
        expect(text).toContain('missing parents: voice-forge late (parent ffffffffffffffff)');
        expect(spanTree(lost).orphans.map((s) => s.name)).toEqual(['late']);
    });
    it('counts chunks by direction and the messages a capped span did not record', () => {
        const capped = span('1', '', 'relay', 'o', 0, 1, { events: [chunk('SENT', 1, 0), chunk('SENT', 2), chunk('RECEIVED', 1, 0)], attributes: { 'troupe.rpc.message_events_dropped': 4 } });
        expect(chunkCounts(capped)).toEqual({ sent: 1, received: 1, unrecorded: 4 });
        expect(formatWaterfall([capped])).toMatch(/↑1 chunks {2}↓1 chunks {2}\+4 messages not recorded\n$/);
        expect(formatWaterfall([])).toBe('no spans\n');
    });
    it('formats durations in s, ms or µs', () => {
        expect([formatDuration(2500000000n), formatDuration(12340000n), formatDuration(789000n)]).toEqual(['2.50 s', '12.3 ms', '789 µs']);
    });
});
//# sourceMappingURL=cli-waterfall.test.js.map
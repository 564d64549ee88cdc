import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TraceUnavailableError } from '../../src/orchestrator/traces/errors.js';
import { Status } from '../../src/sdk/errors.js';
import { orchestratorOptionsFromEnv } from '../../src/orchestrator/env.js';
import { compileOrchestratorOptions } from '../../src/orchestrator/options.js';
import { normaliseTrace } from '../../src/orchestrator/traces/run-trace.js';
import { spansOfTracesData } from '../../src/sdk/telemetry/otlp-json.js';
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
/** A hand-written answer in the shape of Jaeger's `/api/v3/traces/{id}` (OTLP/JSON: hex and base64 ids, enums as numbers and names). */
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'jaeger', 'run-trace-v3.json'), 'utf8'));
const spans = () => spansOfTracesData(fixture.result);
describe('normaliseTrace (GET /api/runs/{id}/trace)', () => {
    it('keeps only the trace asked for, sorted by start, with ids in hex and times in microseconds', () => {
        const trace = normaliseTrace(TRACE, spans());
        expect(trace).toMatchObject({ source: 'jaeger', traceId: TRACE, spanCount: 5, truncated: false });
        expect(trace.spans.map((s) => [s.name, s.service, s.spanId, s.parentSpanId])).toEqual([
            ['POST /api/runs', 'troupe-orchestrator', '00f067aa0ba902b7', ''],
            ['troupe.run', 'troupe-orchestrator', '1111111111111111', '00f067aa0ba902b7'],
            ['troupe.task', 'troupe-orchestrator', '2222222222222222', '1111111111111111'],
            // base64 ids (another encoder) decode to the same hex: the agent's span hangs off the task.
            ['troupe.v1.AgentService/Execute', 'echo-agent', '3333333333333333', '2222222222222222'],
            // Its parent is not in the trace (not exported): drawn as a root rather than lost.
            ['troupe.chunk', 'echo-agent', '4444444444444444', ''],
        ]);
        const run = trace.spans[1];
        expect(run).toMatchObject({ startUs: 1764988800001000, durationUs: 249000, status: 'ok' });
        expect(trace.spans[4]?.durationUs).toBe(0);
        expect(trace.spans.map((s) => s.kind)).toEqual(['server', 'internal', 'internal', 'server', 'internal']);
    });
    it('says error only for status ERROR, and keeps troupe.*, rpc.* and error attributes only', () => {
        const trace = normaliseTrace(TRACE, spans());
        expect(trace.spans.map((s) => s.status)).toEqual(['ok', 'ok', 'error', 'ok', 'ok']);
        expect(trace.spans[0]?.attributes).toEqual({});
        expect(trace.spans[2]?.attributes).toEqual({ 'troupe.capability': 'text.echo', 'troupe.attempt': 2 });
        expect(trace.spans[3]?.attributes).toEqual({ 'rpc.system': 'grpc', 'rpc.grpc.status_code': 0, 'troupe.agent.name': 'echo-agent' });
    });
    it('keeps the earliest spans up to the limit, says it cut, and clears parents that were cut', () => {
        const trace = normaliseTrace(TRACE, spans(), 2);
        expect(trace).toMatchObject({ spanCount: 5, truncated: true });
        expect(trace.spans.map((s) => s.name)).toEqual(['POST /api/runs', 'troupe.run']);
        const shallow = normaliseTrace(TRACE, spans().filter((s) => s.name !== 'troupe.run'));
        expect(shallow.spans.find((s) => s.name === 'troupe.task')?.parentSpanId).toBe('');
    });
    it('cuts long attribute values so one span cannot make the answer huge', () => {
        const [first] = spans();
        const big = { ...first, attributes: { 'troupe.error': 'x'.repeat(5000), 'troupe.list': Array.from({ length: 50 }, () => 'y') } };
        const [span] = normaliseTrace(TRACE, [big]).spans;
        expect(String(span?.attributes['troupe.error'])).toHaveLength(201);
        expect(span?.attributes['troupe.list']).toHaveLength(10);
    });
    it('is empty for a trace Jaeger does not have, and for garbage', () => {
        expect(normaliseTrace('ffffffffffffffffffffffffffffffff', spans()).spans).toEqual([]);
        expect(normaliseTrace(TRACE, spansOfTracesData({ resourceSpans: 'nope' })).spans).toEqual([]);
        expect(normaliseTrace(TRACE, spansOfTracesData(null)).spanCount).toBe(0);
    });
});
describe('TraceUnavailableError', () => {
    it.each([
        ['not_configured', 409, 'FAILED_PRECONDITION', false],
        ['not_traced', 404, 'NOT_FOUND', false],
        ['not_found', 404, 'NOT_FOUND', true],
        ['unreachable', 502, 'UNAVAILABLE', true],
        ['timeout', 504, 'DEADLINE_EXCEEDED', true],
        ['bad_answer', 502, 'UNAVAILABLE', false],
    ])('%s answers HTTP %i (%s), retryable %s', (failure, http, code, retryable) => {
        const err = new TraceUnavailableError(failure, 'why');
        expect(err.httpStatus).toBe(http);
        expect(err.code).toBe(Status[code]);
        expect(err.retryable).toBe(retryable);
        expect(TraceUnavailableError.is(err)).toBe(true);
        expect(TraceUnavailableError.is(new Error('other'))).toBe(false);
    });
});
const NATS = 'nats://127.0.0.1:4222';
describe('the Jaeger query options', () => {
    it('come from TROUPE_JAEGER_QUERY_URL and TROUPE_JAEGER_QUERY_TIMEOUT_MS; none and 3000 ms by default', () => {
        const defaults = compileOrchestratorOptions({ natsUrl: NATS });
        expect(defaults.jaegerQueryUrl).toBeUndefined();
        expect(defaults.jaegerQueryTimeoutMs).toBe(3000);
        const options = compileOrchestratorOptions(orchestratorOptionsFromEnv({ NATS_URL: NATS, TROUPE_JAEGER_QUERY_URL: 'http://jaeger:16686', TROUPE_JAEGER_QUERY_TIMEOUT_MS: '1500' }));
        expect(options).toMatchObject({ jaegerQueryUrl: 'http://jaeger:16686', jaegerQueryTimeoutMs: 1500 });
    });
    it('refuse a URL that is not http(s) or holds credentials, and a timeout outside 100 ms … 60 s, naming the setting', () => {
        expect(() => compileOrchestratorOptions({ natsUrl: NATS, jaegerQueryUrl: 'javascript:alert(1)' })).toThrow(/jaegerQueryUrl/);
        expect(() => compileOrchestratorOptions({ natsUrl: NATS, jaegerQueryUrl: 'not a url' })).toThrow(/jaegerQueryUrl/);
        expect(() => compileOrchestratorOptions({ natsUrl: NATS, jaegerQueryUrl: 'http://admin:s3cret@jaeger:16686' })).toThrow(/jaegerQueryUrl: must hold no credentials/);
        expect(() => compileOrchestratorOptions({ natsUrl: NATS, jaegerQueryTimeoutMs: 5 })).toThrow(/jaegerQueryTimeoutMs/);
        expect(() => orchestratorOptionsFromEnv({ TROUPE_JAEGER_QUERY_TIMEOUT_MS: '3s' })).toThrow(/TROUPE_JAEGER_QUERY_TIMEOUT_MS/);
    });
});
//# sourceMappingURL=run-trace.test.js.map
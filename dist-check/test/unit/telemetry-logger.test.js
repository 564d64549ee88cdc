import { ROOT_CONTEXT } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFromTraceparent, createLogger, instrument, instruments, startTelemetry, withTraceIds, } from '../../src/sdk/telemetry/index.js';
/** A pino destination that keeps each line parsed, as pino's own tests do. */
function sink() {
    const lines = [];
    return { lines, write: (line) => void lines.push(JSON.parse(line)) };
}
let telemetry;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'logger-test', env: {} });
});
afterAll(() => telemetry.shutdown());
describe('createLogger', () => {
    it('adds trace_id and span_id inside a span and not outside', async () => {
        const out = sink();
        const log = createLogger({ name: 'svc', destination: out });
        log.info('outside');
        const ids = await instrument('work', {}, (span) => {
            log.info({ step: 'a' }, 'inside');
            return span.spanContext();
        });
        const [outside, inside] = out.lines;
        expect(outside).not.toHaveProperty('trace_id');
        expect(outside).not.toHaveProperty('span_id');
        expect(inside).toMatchObject({ msg: 'inside', step: 'a', trace_id: ids.traceId, span_id: ids.spanId });
    });
    it('writes ISO time, level label, service and bindings, and serialises err', () => {
        const out = sink();
        const log = createLogger({ name: 'svc', level: 'debug', bindings: { agent: 'voice-forge' }, destination: out });
        log.debug('debugging');
        log.child({ run_id: 'r-1' }).error({ err: new Error('broken') }, 'failed');
        const [debug, failed] = out.lines;
        expect(debug).toMatchObject({ level: 'debug', service: 'svc', agent: 'voice-forge', pid: process.pid });
        expect(new Date(String(debug?.time)).toISOString()).toBe(debug?.time);
        expect(failed).toMatchObject({ level: 'error', run_id: 'r-1', err: { type: 'Error', message: 'broken' } });
        expect(String((failed?.err).stack)).toContain('broken');
    });
    it('never repeats trace_id when a child logger is bound to another span', async () => {
        const raw = [];
        const log = createLogger({ name: 'svc', destination: { write: (line) => void raw.push(line) } });
        const bound = log.child(withTraceIds(contextFromTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01')));
        await instrument('other', {}, () => {
            bound.info('bound');
            log.info('active');
        });
        expect(raw.map((line) => line.match(/"trace_id"/g)?.length)).toEqual([1, 1]);
        expect(JSON.parse(raw[0])).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c' });
    });
    it('lets an explicit context win over the active span (for iterators)', async () => {
        const out = sink();
        const log = createLogger({ name: 'svc', destination: out });
        const explicit = contextFromTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
        await instrument('other', {}, () => log.info(withTraceIds(explicit), 'chunk'));
        expect(out.lines[0]).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' });
        expect(withTraceIds(ROOT_CONTEXT)).toEqual({});
    });
});
describe('instruments', () => {
    it('are created once per meter provider', async () => {
        expect(instruments()).toBe(instruments());
        const before = instruments();
        await telemetry.shutdown();
        telemetry = await startTelemetry({ serviceName: 'logger-test', env: {}, prometheus: true });
        expect(instruments()).not.toBe(before);
        expect(instruments()).toBe(instruments());
    });
});
//# sourceMappingURL=telemetry-logger.test.js.map
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracedCommands } from '../../src/cli/trace-command.js';
import { HelpRequested } from '../../src/cli/errors.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
/**
 * The root span of a traced CLI command, exported for real over OTLP: ERROR when
 * the command failed (an exit code other than 0 and 130, or a throw), never for
 * the user's own interrupt.
 */
describe('the CLI root span status', () => {
    let receiver;
    beforeAll(async () => {
        receiver = await startOtlpReceiver();
    });
    afterAll(() => receiver?.close());
    let seq = 0;
    /** Runs a fake command `name` through the CLI's tracing wrapper and returns its exported root span. */
    async function rootOf(run, signal = new AbortController().signal) {
        const name = `fake-${++seq}`;
        const command = { name, summary: '', usage: '', run };
        const traced = tracedCommands({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '10' });
        const result = await traced.around(command, run, signal).catch((err) => err);
        const spans = await receiver.waitForSpans((all) => all.some((s) => s.name === `troupe ${name}`), { timeoutMs: 10_000 });
        const span = spans.find((s) => s.name === `troupe ${name}`);
        expect(span.parentSpanId).toBe('');
        expect(span.serviceName).toBe('troupe-cli');
        return { span, result };
    }
    it('a command that exits 0 is not an error', async () => {
        const { span, result } = await rootOf(() => Promise.resolve(0));
        expect(result).toBe(0);
        expect(span.status.code).toBe('UNSET');
        expect(span.attributes['process.exit.code']).toBe(0);
    });
    it('a command that exits 1 (it printed its error) is ERROR', async () => {
        const { span } = await rootOf(() => Promise.resolve(1));
        expect(span.status).toEqual({ code: 'ERROR', message: 'exited with code 1' });
        expect(span.attributes['process.exit.code']).toBe(1);
    });
    it('a command that throws is ERROR with the exception and its gRPC status name', async () => {
        const { span, result } = await rootOf(() => Promise.reject(new TroupeError(Status.UNAVAILABLE, 'no agent for tts.synthesize')));
        expect(result).toBeInstanceOf(TroupeError);
        expect(span.status).toEqual({ code: 'ERROR', message: 'no agent for tts.synthesize' });
        expect(span.attributes['troupe.error.code']).toBe('UNAVAILABLE');
        expect(span.events.map((e) => e.name)).toEqual(['exception']);
    });
    it("the user's Ctrl-C (exit 130, or CANCELLED once the signal fired) is not an error", async () => {
        const interrupted = await rootOf(() => Promise.resolve(130));
        expect(interrupted.span.status.code).toBe('UNSET');
        expect(interrupted.span.attributes['troupe.error.code']).toBe('CANCELLED');
        const controller = new AbortController();
        const cancelled = await rootOf(() => {
            controller.abort(new Error('interrupted by the user'));
            return Promise.reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the call'));
        }, controller.signal);
        expect(cancelled.span.status.code).toBe('UNSET');
        expect(cancelled.span.attributes['troupe.error.code']).toBe('CANCELLED');
        expect(cancelled.span.events).toEqual([]);
    });
    it('a CANCELLED the user did not ask for is an error', async () => {
        const { span } = await rootOf(() => Promise.reject(new TroupeError(Status.CANCELLED, 'the server cancelled')));
        expect(span.status.code).toBe('ERROR');
    });
    it('--help is not an error', async () => {
        const { span } = await rootOf(() => Promise.reject(new HelpRequested()));
        expect(span.status.code).toBe('UNSET');
    });
});
//# sourceMappingURL=cli-span-status.int.test.js.map
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextRegistryChange } from '../../src/orchestrator/dispatch/wait-for-agent.js';
import { Registry } from '../../src/orchestrator/registry/registry.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
const logger = pino({ level: 'silent' });
const lastError = new TroupeError(Status.UNAVAILABLE, 'no instance of echo is routable');
let registry;
function make() {
    registry = new Registry({ logger, heartbeatIntervalMs: 1000, breakerFailureThreshold: 3, breakerOpenMs: 60_000, probe: async (e) => ({ ...e.descriptor }) });
    return registry;
}
/** How many change listeners the wait left on the registry. */
const changeListeners = (r) => r.listenerCount('change');
afterEach(() => {
    vi.useRealTimers();
    registry?.close();
    registry = undefined;
});
describe('nextRegistryChange: waiting for a routable agent', () => {
    it('rejects with the last error at once when the deadline has already passed', async () => {
        const r = make();
        await expect(nextRegistryChange(r, Date.now() - 1, new AbortController().signal, lastError)).rejects.toBe(lastError);
        expect(changeListeners(r)).toBe(0);
    });
    it('rejects CANCELLED, saying the caller cancelled, when the signal has already aborted', async () => {
        const r = make();
        const ac = new AbortController();
        ac.abort();
        const err = await nextRegistryChange(r, Date.now() + 60_000, ac.signal, lastError).catch((e) => e);
        expect(err).toBeInstanceOf(TroupeError);
        expect(err).toMatchObject({ code: Status.CANCELLED, message: expect.stringContaining('the caller cancelled the task') });
        expect(changeListeners(r)).toBe(0);
    });
    it('resolves at the registry\'s next change and leaves no listener behind', async () => {
        const r = make();
        const wait = nextRegistryChange(r, Date.now() + 60_000, new AbortController().signal, lastError);
        expect(changeListeners(r)).toBe(1);
        r.observeService({ instanceId: 'i-1', name: 'echo', version: '1.0.0', address: '127.0.0.1:1', capabilities: ['echo'], maxConcurrency: 1 });
        await expect(wait).resolves.toBeUndefined();
        expect(changeListeners(r)).toBe(0);
    });
    it('rejects CANCELLED when the caller cancels while it waits', async () => {
        const r = make();
        const ac = new AbortController();
        const wait = nextRegistryChange(r, Date.now() + 60_000, ac.signal, lastError);
        ac.abort();
        await expect(wait).rejects.toMatchObject({ code: Status.CANCELLED, message: expect.stringContaining('the caller cancelled the task') });
        expect(changeListeners(r)).toBe(0);
    });
    it('rejects with the last error when the deadline passes with no change', async () => {
        vi.useFakeTimers();
        const r = make();
        const wait = nextRegistryChange(r, Date.now() + 5_000, new AbortController().signal, lastError);
        const settled = expect(wait).rejects.toBe(lastError);
        await vi.advanceTimersByTimeAsync(4_999);
        expect(changeListeners(r)).toBe(1);
        await vi.advanceTimersByTimeAsync(1);
        await settled;
        expect(changeListeners(r)).toBe(0);
    });
});
//# sourceMappingURL=wait-for-agent.test.js.map
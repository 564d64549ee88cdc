import { connect, ErrorCode, NatsError } from 'nats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quietRequestEnd } from '../../src/sdk/nats/quiet-request-end.js';
import { startNatsServer } from '../helpers/nats-server.js';
// nats.js built a CANCELLED NatsError (an Error with a stack) after every successful request;
// quietRequestEnd removes that, and nothing else: replies, timeouts and no-responders behave as before.
describe('quietRequestEnd on a real nats-server', () => {
    let nats;
    let nc;
    beforeAll(async () => {
        nats = await startNatsServer();
        expect(quietRequestEnd()).toBe(true);
        expect(quietRequestEnd()).toBe(true); // idempotent
        nc = await connect({ servers: nats.url, noAsyncTraces: true });
        nc.subscribe('echo', { callback: (_err, msg) => msg.respond(msg.data) });
        nc.subscribe('silent', { callback: () => undefined });
    });
    afterAll(async () => {
        await nc?.close();
        await nats?.stop();
    });
    it('answers requests without building an error for each one', async () => {
        const errors = vi.spyOn(NatsError, 'errorForCode');
        const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => nc.request('echo', new TextEncoder().encode(`m${i}`), { timeout: 2000 })));
        expect(replies.map((r) => r.string())).toEqual(Array.from({ length: 200 }, (_, i) => `m${i}`));
        expect(errors).not.toHaveBeenCalled();
        errors.mockRestore();
    });
    it('still times out, and still reports no responders', async () => {
        await expect(nc.request('silent', undefined, { timeout: 100 })).rejects.toMatchObject({ code: ErrorCode.Timeout });
        await expect(nc.request('nobody.listens', undefined, { timeout: 1000 })).rejects.toMatchObject({ code: ErrorCode.NoResponders });
    });
    it('keeps JetStream KV writes and reads working', async () => {
        const kv = await nc.jetstream().views.kv('quiet_test');
        const rev = await kv.create('k', 'v1');
        await kv.update('k', 'v2', rev);
        await expect(kv.update('k', 'v3', rev)).rejects.toThrow(/wrong last sequence/);
        expect((await kv.get('k'))?.string()).toBe('v2');
    });
});
//# sourceMappingURL=nats-quiet-request.int.test.js.map
import { once } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';
import { FAKE_AUDIO_TYPE, FAKE_TRACE_ID, fakeChunkBytes, startFakeOrchestrator } from '../helpers/fake-orchestrator.js';
async function rejection(p) {
    const err = await p.then(() => undefined, (e) => e);
    if (!TroupeError.is(err))
        throw new Error(`expected a TroupeError, got ${String(err)}`);
    return err;
}
describe('createOrchestratorClient', () => {
    let fake;
    let client;
    let intercepted = 0;
    beforeAll(async () => {
        fake = await startFakeOrchestrator();
        const counting = (options, nextCall) => {
            intercepted++;
            return new grpc.InterceptingCall(nextCall(options));
        };
        client = createOrchestratorClient(fake.address, { interceptors: [counting] });
    });
    afterAll(async () => {
        client.close();
        await fake.close();
    });
    it('submits a task and maps the response to plain JS, through the interceptors', async () => {
        const before = intercepted;
        const res = await client.submitTask({ capability: 'echo', input: { text: 'hi', n: [1, 2] }, priority: 2, timeoutMs: 1500, idempotencyKey: 'k-1' });
        expect(res).toEqual({
            taskId: 'task-1',
            agentInstanceId: 'inst-echo',
            output: { text: 'hi', n: [1, 2] },
            data: Buffer.alloc(0),
            contentType: '',
            metrics: { calls: 1 },
            warnings: ['echoed unchanged'],
        });
        expect(fake.submitted.at(-1)?.options).toEqual({ idempotencyKey: 'k-1', priority: 2, timeoutMs: 1500 });
        expect(intercepted).toBe(before + 1);
    });
    it('rejects with a TroupeError carrying the gRPC status', async () => {
        const err = await rejection(client.submitTask({ capability: 'missing' }));
        expect(err.code).toBe(Status.NOT_FOUND);
        expect(err.message).toMatch(/missing/);
    });
    it('cancels a unary call when the signal aborts', async () => {
        const controller = new AbortController();
        const started = once(fake.events, 'started');
        const cancelled = once(fake.events, 'cancelled');
        const pending = rejection(client.submitTask({ capability: 'slow.unary' }, { signal: controller.signal }));
        await started;
        controller.abort();
        expect((await pending).code).toBe(Status.CANCELLED);
        expect(await cancelled).toEqual(['SubmitTask']);
    });
    it('applies defaultTimeoutMs as the deadline of unary calls', async () => {
        const quick = createOrchestratorClient(fake.address, { defaultTimeoutMs: 50 });
        try {
            expect((await rejection(quick.submitTask({ capability: 'slow.unary' }))).code).toBe(Status.DEADLINE_EXCEEDED);
        }
        finally {
            quick.close();
        }
    });
    it('refuses to start when the signal is already aborted', async () => {
        expect((await rejection(client.submitTask({ capability: 'echo' }, { signal: AbortSignal.abort() }))).code).toBe(Status.CANCELLED);
    });
    it('streams started, progress, chunks and result in order', async () => {
        const events = [];
        for await (const event of client.streamTask({ capability: 'tts.synthesize', input: { text: 'Hello' } }))
            events.push(event);
        expect(events.map((e) => e.type)).toEqual(['started', 'progress', 'chunk', 'chunk', 'chunk', 'result']);
        expect(events[0]).toEqual({ type: 'started', taskId: 'task-s', agentInstanceId: 'inst-voice', traceId: FAKE_TRACE_ID });
        expect(events[3]).toMatchObject({ type: 'chunk', sequence: 1, contentType: FAKE_AUDIO_TYPE, durationMs: 100, metadata: { sentence: 1 } });
        expect(events[3]?.type === 'chunk' && events[3].data.equals(fakeChunkBytes(1))).toBe(true);
        expect(events[5]).toMatchObject({ type: 'result', output: { sentences: 3 }, metrics: { audio_ms: 300 } });
    });
    it('throws stream errors as TroupeError', async () => {
        const consume = async () => {
            for await (const _ of client.streamTask({ capability: 'nope' }))
                ;
        };
        expect((await rejection(consume())).code).toBe(Status.NOT_FOUND);
    });
    it('cancels the server call when the consumer breaks out of the loop', async () => {
        const cancelled = once(fake.events, 'cancelled');
        for await (const event of client.streamTask({ capability: 'slow.stream' })) {
            if (event.type === 'chunk')
                break;
        }
        expect(await cancelled).toEqual(['StreamTask']);
    });
    it('cancels the server call when the signal aborts, and throws CANCELLED', async () => {
        const controller = new AbortController();
        const cancelled = once(fake.events, 'cancelled');
        const seen = [];
        const consume = async () => {
            for await (const event of client.streamTask({ capability: 'slow.stream' }, { signal: controller.signal })) {
                seen.push(event.type);
                if (event.type === 'chunk')
                    controller.abort();
            }
        };
        expect((await rejection(consume())).code).toBe(Status.CANCELLED);
        expect(await cancelled).toEqual(['StreamTask']);
        expect(seen).toEqual(['started', 'progress', 'chunk']);
    });
    it('lists agents with filters', async () => {
        const all = await client.listAgents();
        expect(all.map((a) => a.instanceId)).toEqual(['inst-snippet', 'inst-voice']);
        expect(all[1]).toMatchObject({ name: 'voice-forge', state: 'active', breaker: 'closed', maxConcurrency: 4, succeeded: 12, failed: 1, labels: { region: 'local' } });
        expect(all[1]?.lastHeartbeat).toBeInstanceOf(Date);
        expect((await client.listAgents({ includeLeft: true })).map((a) => a.state)).toContain('left');
        expect((await client.listAgents({ capability: 'tts.synthesize' })).map((a) => a.instanceId)).toEqual(['inst-voice']);
    });
    it('sets an agent mode and maps NOT_FOUND', async () => {
        expect(await client.setAgentMode('inst-voice', 'drain')).toMatchObject({ instanceId: 'inst-voice', state: 'draining' });
        expect((await rejection(client.setAgentMode('inst-x', 'active'))).code).toBe(Status.NOT_FOUND);
        expect((await rejection(client.setAgentMode('inst-voice', 'sleep'))).code).toBe(Status.INVALID_ARGUMENT);
    });
    it('watches agents: the snapshot, then changes; breaking out cancels the watch', async () => {
        const cancelled = once(fake.events, 'cancelled');
        const changes = [];
        for await (const change of client.watchAgents()) {
            changes.push(change);
            if (changes.length === 3)
                break;
        }
        expect(changes.map((c) => [c.agent.instanceId, c.previousState, c.agent.state])).toEqual([
            ['inst-snippet', null, 'saturated'],
            ['inst-voice', null, 'active'],
            ['inst-voice', 'active', 'maintenance'],
        ]);
        expect(await cancelled).toEqual(['WatchAgents']);
    });
});
//# sourceMappingURL=orchestrator-client.int.test.js.map
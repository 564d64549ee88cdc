import { describe, expect, it } from 'vitest';
import { CHUNK_TAG, parseChannelResponse, rawChunkFacts, retagStreamEvent, submitTaskResponse, readVarint, stringField } from '../../src/orchestrator/dispatch/wire.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
const agent = loadProtos().agent.troupe.v1.AgentService.service;
const orch = loadProtos().orchestrator.troupe.v1.OrchestratorService.service;
describe('wire-level relay', () => {
    const chunk = { sequence: '41', contentType: 'audio/L16;rate=22050;channels=1', data: Buffer.alloc(3200, 7), durationMs: 72.5, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };
    const result = { output: toValue({ ok: true, n: [1, 2] }), data: Buffer.from('xyz'), contentType: 'text/plain', metrics: { audio_ms: 12 }, warnings: ['w'] };
    it.each([
        ['progress', { progress: { fraction: 0.5, message: 'half' } }],
        ['chunk', { chunk }],
        ['result', { result }],
    ])('re-tags a %s event so it decodes as the same StreamTaskResponse event', (kind, message) => {
        const raw = agent.ExecuteStream.responseSerialize(message);
        const event = retagStreamEvent(Buffer.from(raw));
        expect(event?.kind).toBe(kind);
        const decoded = orch.StreamTask.responseDeserialize(event.bytes);
        const original = agent.ExecuteStream.responseDeserialize(raw);
        expect(decoded.event).toBe(kind);
        expect(decoded[kind]).toEqual(original[kind]);
    });
    it('reads a raw chunk\'s sequence, data bytes and audio ms without decoding it, before and after re-tagging', () => {
        const withMetadata = { chunk: { ...chunk, sequence: '9007199254740991', metadata: toValue({ sentence: 3 }) } };
        const raw = Buffer.from(agent.ExecuteStream.responseSerialize(withMetadata));
        expect(rawChunkFacts(raw, CHUNK_TAG.executeStream)).toEqual({ sequence: 9007199254740991, bytes: 3200, audioMs: 72.5 });
        expect(rawChunkFacts(raw, CHUNK_TAG.streamTask)).toBeUndefined();
        const event = retagStreamEvent(raw);
        expect(rawChunkFacts(event.bytes, CHUNK_TAG.streamTask)).toEqual({ sequence: 9007199254740991, bytes: 3200, audioMs: 72.5 });
        // A chunk with defaults only (sequence 0, no data) is still a chunk.
        expect(rawChunkFacts(Buffer.from(agent.ExecuteStream.responseSerialize({ chunk: { sequence: '0' } })), CHUNK_TAG.executeStream)).toEqual({ sequence: 0, bytes: 0 });
    });
    it('says nothing of a raw message that is not a well-formed chunk', () => {
        const progress = Buffer.from(agent.ExecuteStream.responseSerialize({ progress: { fraction: 0.5, message: 'half' } }));
        expect(rawChunkFacts(progress, CHUNK_TAG.executeStream)).toBeUndefined();
        expect(rawChunkFacts(Buffer.alloc(0), CHUNK_TAG.executeStream)).toBeUndefined();
        // A chunk field whose inner data length runs past the end.
        expect(rawChunkFacts(Buffer.from([0x12, 0x03, 0x1a, 0x09, 0x00]), CHUNK_TAG.executeStream)).toBeUndefined();
        // A truncated double, and a wire type (3, start group) a Chunk never has.
        expect(rawChunkFacts(Buffer.from([0x12, 0x03, 0x21, 0x00, 0x00]), CHUNK_TAG.executeStream)).toBeUndefined();
        expect(rawChunkFacts(Buffer.from([0x12, 0x01, 0x0b]), CHUNK_TAG.executeStream)).toBeUndefined();
    });
    it('refuses messages of another shape (so the caller decodes them)', () => {
        expect(retagStreamEvent(Buffer.alloc(0))).toBeUndefined();
        // Two fields, as a newer agent might send.
        const two = Buffer.concat([agent.ExecuteStream.responseSerialize({ chunk }), stringField(9, 'extra')]);
        expect(retagStreamEvent(two)).toBeUndefined();
        // Truncated length.
        expect(retagStreamEvent(Buffer.from([0x12, 0xff]))).toBeUndefined();
    });
    it('builds a SubmitTaskResponse around a raw ExecuteResponse', () => {
        const raw = agent.Execute.responseSerialize({ result });
        const built = submitTaskResponse('task-1', 'echo-abc', Buffer.from(raw));
        const decoded = orch.SubmitTask.responseDeserialize(built);
        expect(decoded.taskId).toBe('task-1');
        expect(decoded.agentInstanceId).toBe('echo-abc');
        expect(decoded.result).toEqual(agent.Execute.responseDeserialize(raw).result);
        const empty = orch.SubmitTask.responseDeserialize(submitTaskResponse('t', 'i', Buffer.alloc(0)));
        expect(empty.result).toBeNull();
    });
    it('turns a ChannelResponse result into ExecuteResponse bytes, and leaves errors to the decoder', () => {
        const channel = agent.Channel;
        const ok = parseChannelResponse(Buffer.from(channel.responseSerialize({ callId: '300', result })));
        expect(ok?.callId).toBe('300');
        expect(agent.Execute.responseDeserialize(ok.executeResponse).result).toEqual(agent.Execute.responseDeserialize(agent.Execute.responseSerialize({ result })).result);
        const failed = parseChannelResponse(Buffer.from(channel.responseSerialize({ callId: '7', error: { code: 3, message: 'bad' } })));
        expect(failed).toEqual({ callId: '7' });
        const empty = parseChannelResponse(Buffer.from(channel.responseSerialize({ callId: '9' })));
        expect(empty?.executeResponse?.length).toBe(0);
        expect(parseChannelResponse(Buffer.from([0x12, 0x00]))).toBeUndefined();
    });
    it('reads multi-byte varints', () => {
        expect(readVarint(Buffer.from([0xac, 0x02]), 0)).toEqual({ value: 300, next: 2 });
        expect(readVarint(Buffer.from([0x80]), 0)).toBeUndefined();
    });
});
//# sourceMappingURL=wire.test.js.map
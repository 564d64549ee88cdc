import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVoiceForge } from '../../src/agents/voice-forge/index.js';
import { AgentDefinitionError, defineAgent, startAgent } from '../../src/sdk/index.js';
import { runConformance } from '../../src/sdk/conformance/index.js';
import { loadProtos } from '../../src/sdk/grpc/load-protos.js';
import { toValue } from '../../src/sdk/grpc/struct.js';
const logger = pino({ level: 'silent' });
const TEXT = 'The first sentence is short. The second one says a little more than the first. A third ends it.';
/** Calls ExecuteStream and collects the chunks and the result. */
function stream(client, capability, input, resumeFromSequence = 0) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let progress = 0;
        let output;
        const call = client.executeStream({ task: { taskId: 't', capability, input: toValue(input) }, ...(resumeFromSequence ? { resumeFromSequence: String(resumeFromSequence) } : {}) });
        call.on('data', (m) => {
            if (m.chunk)
                chunks.push({ sequence: Number(m.chunk.sequence), data: m.chunk.data });
            if (m.progress)
                progress++;
            if (m.result)
                output = m.result.output;
        });
        call.on('error', reject);
        call.on('end', () => resolve({ chunks, progress, output }));
    });
}
describe('the stream resume contract in the TS SDK', () => {
    const agents = [];
    const clients = [];
    const connect = (handle) => {
        const Client = loadProtos().agent.troupe.v1.AgentService;
        const client = new Client(handle.address, grpc.credentials.createInsecure());
        clients.push(client);
        return client;
    };
    let counter;
    let voice;
    let voiceHandle;
    beforeAll(async () => {
        // Three flavours of one deterministic counting stream: the SDK resumes, the handler resumes, nobody resumes.
        const count = (start, n) => async function* () {
            for (let i = start; i < n; i++) {
                yield { type: 'progress', fraction: i / n };
                yield { type: 'chunk', data: Buffer.from(`c${i}`), contentType: 'text/plain' };
            }
            return { n };
        };
        const counting = defineAgent({
            name: 'counting',
            version: '1.0.0',
            capabilities: [
                { name: 'count.sdk', streaming: true, deterministic: true },
                { name: 'count.handler', streaming: true, resumable: 'handler' },
                { name: 'count.plain', streaming: true },
            ],
            handlers: {
                'count.sdk': async function* (_input, _ctx) {
                    return yield* count(0, 6)();
                },
                'count.handler': async function* (_input, ctx) {
                    return yield* count(ctx.resumeFromSequence, 6)();
                },
                'count.plain': async function* (_input, _ctx) {
                    return yield* count(0, 6)();
                },
            },
        });
        const handle = await startAgent(counting, { logger });
        agents.push(handle);
        counter = connect(handle);
        voiceHandle = await startAgent(createVoiceForge({ poolSize: 1, maxSentenceChars: 40 }), { logger });
        agents.push(voiceHandle);
        voice = connect(voiceHandle);
    });
    afterAll(async () => {
        for (const c of clients)
            c.close();
        await Promise.all(agents.map((a) => a.drain()));
    });
    it('declares resumable/deterministic in the descriptor (deterministic implies SDK resuming)', () => {
        const caps = Object.fromEntries((agents[0]?.descriptor.capabilities ?? []).map((c) => [c.name, { resumable: c.resumable, deterministic: c.deterministic }]));
        expect(caps).toEqual({
            'count.sdk': { resumable: true, deterministic: true },
            'count.handler': { resumable: true, deterministic: false },
            'count.plain': { resumable: false, deterministic: false },
        });
        const tts = voiceHandle.descriptor.capabilities?.find((c) => c.name === 'tts.synthesize');
        expect(tts).toMatchObject({ streaming: true, resumable: true, deterministic: true });
    });
    it('deterministic: the SDK drops the chunks (and their progress) before resume_from_sequence, numbering as the whole stream', async () => {
        const whole = await stream(counter, 'count.sdk', {});
        expect(whole.chunks.map((c) => c.sequence)).toEqual([0, 1, 2, 3, 4, 5]);
        const resumed = await stream(counter, 'count.sdk', {}, 4);
        expect(resumed.chunks).toEqual(whole.chunks.slice(4));
        expect(resumed.progress).toBe(2);
        expect(resumed.output).toEqual(whole.output);
    });
    it("resumable: 'handler': the handler starts at ctx.resumeFromSequence and the SDK numbers from there", async () => {
        const resumed = await stream(counter, 'count.handler', {}, 2);
        expect(resumed.chunks.map((c) => [c.sequence, c.data.toString()])).toEqual([
            [2, 'c2'],
            [3, 'c3'],
            [4, 'c4'],
            [5, 'c5'],
        ]);
    });
    it('a capability that is not resumable ignores resume_from_sequence and starts from 0', async () => {
        const resumed = await stream(counter, 'count.plain', {}, 3);
        expect(resumed.chunks.map((c) => c.sequence)).toEqual([0, 1, 2, 3, 4, 5]);
    });
    it('voice-forge is deterministic: the same text and voice give the same PCM, chunk for chunk', async () => {
        const a = await stream(voice, 'tts.synthesize', { text: TEXT, voice: 'en-us' });
        const b = await stream(voice, 'tts.synthesize', { text: TEXT, voice: 'en-us' });
        expect(a.chunks.length).toBeGreaterThan(10);
        expect(b.chunks).toEqual(a.chunks);
    });
    it('voice-forge resumes: asked to start at chunk n, it sends exactly the rest of an uninterrupted stream', async () => {
        const whole = await stream(voice, 'tts.synthesize', { text: TEXT, voice: 'en-us', pace: 50 });
        const from = Math.floor(whole.chunks.length / 2);
        const resumed = await stream(voice, 'tts.synthesize', { text: TEXT, voice: 'en-us', pace: 50 }, from);
        expect(resumed.chunks[0]?.sequence).toBe(from);
        expect(Buffer.concat(resumed.chunks.map((c) => c.data))).toEqual(Buffer.concat(whole.chunks.slice(from).map((c) => c.data)));
        expect(resumed.chunks.map((c) => c.sequence)).toEqual(whole.chunks.slice(from).map((c) => c.sequence));
    });
    it('troupe conformance checks the contract: honest capabilities pass, ones that only claim it fail', async () => {
        const counting = await runConformance(agents[0]?.address ?? '');
        const resume = counting.filter((r) => r.name.startsWith('resume:'));
        expect(resume.map((r) => [r.name, r.outcome])).toEqual([
            ['resume:count.sdk', 'pass'],
            ['resume:count.handler', 'pass'],
        ]);
        const liar = await startAgent(defineAgent({
            name: 'liar',
            version: '1.0.0',
            capabilities: [
                { name: 'lie.seek', streaming: true, resumable: 'handler' },
                { name: 'lie.same', streaming: true, deterministic: true },
            ],
            handlers: {
                // Claims to resume itself but always starts from the beginning.
                'lie.seek': async function* () {
                    for (let i = 0; i < 4; i++)
                        yield { type: 'chunk', data: Buffer.from(`c${i}`), contentType: 'text/plain' };
                    return null;
                },
                // Claims deterministic output but differs every time.
                'lie.same': async function* () {
                    for (let i = 0; i < 4; i++)
                        yield { type: 'chunk', data: randomBytes(4), contentType: 'application/octet-stream' };
                    return null;
                },
            },
        }), { logger });
        agents.push(liar);
        const lies = (await runConformance(liar.address)).filter((r) => r.name.startsWith('resume:'));
        expect(lies.map((r) => [r.name, r.outcome])).toEqual([
            ['resume:lie.seek', 'fail'],
            ['resume:lie.same', 'fail'],
        ]);
        expect(lies[0]?.detail).toMatch(/resume_from_sequence 2/);
        expect(lies[1]?.detail).toMatch(/deterministic/);
    });
    it('refuses resumable: true for output not declared deterministic, and resume traits on unary capabilities', () => {
        const gen = async function* () {
            yield { type: 'progress', fraction: 0 };
        };
        expect(() => defineAgent({ name: 'x', version: '1.0.0', capabilities: [{ name: 'a', streaming: true, resumable: true }], handlers: { a: gen } })).toThrow(AgentDefinitionError);
        expect(() => defineAgent({ name: 'x', version: '1.0.0', capabilities: [{ name: 'a', deterministic: true }], handlers: { a: () => null } })).toThrow(/streaming/);
    });
});
//# sourceMappingURL=stream-resume-sdk.int.test.js.map
import { describe, expect, it } from 'vitest';
import { parseSpeechInput } from '../../src/agents/voice-forge/input.js';
import { Pacer, realClock } from '../../src/agents/voice-forge/pace.js';
import { streamSpeech } from '../../src/agents/voice-forge/stream-speech.js';
import { InvalidArgumentError } from '../../src/sdk/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
/** A clock that jumps forward by each sleep and records it. */
class FakeClock {
    t = 1_000;
    sleeps = [];
    now() {
        return this.t;
    }
    async sleep(ms, signal) {
        signal.throwIfAborted();
        this.sleeps.push(ms);
        this.t += ms;
    }
}
const never = new AbortController().signal;
describe('Pacer', () => {
    it('lets the first chunk go at once, then holds the stream to pace × real time', async () => {
        const clock = new FakeClock();
        const pacer = new Pacer(4, clock);
        for (let i = 0; i < 5; i++)
            await pacer.admit(100, never);
        // 100 ms of audio may leave every 25 ms at 4×.
        expect(clock.sleeps).toEqual([25, 25, 25, 25]);
        expect(clock.t).toBe(1_100);
        expect(pacer.admittedMs).toBe(500);
    });
    it('does not wait when the producer is already slower than the pace', async () => {
        const clock = new FakeClock();
        const pacer = new Pacer(2, clock);
        await pacer.admit(100, never);
        clock.t += 80; // synthesis took longer than the 50 ms this chunk lasts at 2×
        await pacer.admit(100, never);
        expect(clock.sleeps).toEqual([]);
        await pacer.admit(100, never); // due at 100 ms, now 80 ms: waits 20
        expect(clock.sleeps).toEqual([20]);
    });
    it('streams in real time at pace 1', async () => {
        const clock = new FakeClock();
        const pacer = new Pacer(1, clock);
        for (const ms of [100, 40, 100])
            await pacer.admit(ms, never);
        expect(clock.sleeps).toEqual([100, 40]);
    });
    it('refuses a pace outside 0.1..1000', () => {
        for (const bad of [0, -1, 0.05, 1001, Number.NaN, Number.POSITIVE_INFINITY])
            expect(() => new Pacer(bad)).toThrow(RangeError);
    });
    it('stops waiting with the signal reason when the task is cancelled', async () => {
        const controller = new AbortController();
        const pacer = new Pacer(0.1); // real clock: the second chunk would wait 1000 s
        await pacer.admit(100, controller.signal);
        const waiting = pacer.admit(100, controller.signal);
        const reason = new Error('cancelled by the client');
        controller.abort(reason);
        await expect(waiting).rejects.toBe(reason);
        await expect(pacer.admit(100, controller.signal)).rejects.toBe(reason);
    });
    it('real clock sleeps resolve, and reject at once on an aborted signal', async () => {
        await expect(realClock.sleep(1, never)).resolves.toBeUndefined();
        const controller = new AbortController();
        controller.abort(new Error('gone'));
        await expect(realClock.sleep(10_000, controller.signal)).rejects.toThrow('gone');
    });
});
describe('tts.synthesize input.pace', () => {
    it('is optional; null means no pacing', () => {
        expect(parseSpeechInput({ text: 'Hi.' })).not.toHaveProperty('pace');
        expect(parseSpeechInput({ text: 'Hi.', pace: null })).not.toHaveProperty('pace');
        expect(parseSpeechInput({ text: 'Hi.', pace: 4 })).toMatchObject({ pace: 4 });
    });
    it('refuses anything but a number from 0.1 to 1000', () => {
        for (const pace of ['4', 0, -2, 5000, true, [4]]) {
            expect(() => parseSpeechInput({ text: 'Hi.', pace })).toThrow(InvalidArgumentError);
            expect(() => parseSpeechInput({ text: 'Hi.', pace })).toThrow(/input\.pace/);
        }
    });
});
describe('streamSpeech with a pace', () => {
    /** 4410 bytes (100 ms at 22,050 Hz, 16-bit mono) per character. */
    const engine = { synthesize: async (text) => Buffer.alloc(text.length * 4410) };
    it('waits between chunks so the audio leaves at no more than pace × real time', async () => {
        const clock = new FakeClock();
        const events = [];
        const request = { text: 'Four. Sixteen chars.', voice: 'en-us', speed: 165, pitch: 50, pace: 4 };
        const generator = streamSpeech(request, fakeTaskContext(), engine, { chunkBytes: 4410, maxSentenceChars: 240, clock });
        const sentAt = [];
        for (let step = await generator.next(); !step.done; step = await generator.next()) {
            events.push(step.value);
            if (step.value.type === 'chunk')
                sentAt.push(clock.t);
        }
        // "Four." = 5 characters, "Sixteen chars." = 14: 19 chunks of 100 ms, one every 25 ms.
        expect(sentAt).toHaveLength(19);
        expect(sentAt.map((t) => t - sentAt[0])).toEqual(Array.from({ length: 19 }, (_, i) => i * 25));
        expect(events.filter((e) => e.type === 'progress')).toHaveLength(2);
    });
    it('does not wait at all without a pace', async () => {
        const clock = new FakeClock();
        const request = { text: 'Four. Sixteen chars.', voice: 'en-us', speed: 165, pitch: 50 };
        const generator = streamSpeech(request, fakeTaskContext(), engine, { chunkBytes: 4410, maxSentenceChars: 240, clock });
        for (let step = await generator.next(); !step.done; step = await generator.next())
            ;
        expect(clock.sleeps).toEqual([]);
    });
});
//# sourceMappingURL=voice-forge-pace.test.js.map
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePcmContentType, pcmContentType } from '../../src/sdk/audio/pcm-format.js';
import { WAV_HEADER_BYTES, WavFileWriter, wavHeader } from '../../src/sdk/audio/wav.js';
import { parseWav } from '../helpers/parse-wav.js';
describe('parsePcmContentType', () => {
    it('reads rate and channels, defaulting to little-endian', () => {
        expect(parsePcmContentType('audio/L16;rate=22050;channels=1')).toEqual({ sampleRate: 22050, channels: 1, bitsPerSample: 16, endian: 'little' });
    });
    it('accepts spaces, any case, quoted values, an explicit byte order and defaults channels to 1', () => {
        expect(parsePcmContentType(' Audio/l16 ; Rate = "44100" ; ENDIAN=Big ')).toEqual({ sampleRate: 44100, channels: 1, bitsPerSample: 16, endian: 'big' });
    });
    it.each(['audio/wav', 'audio/L16', 'audio/L16;rate=0', 'audio/L16;rate=abc', 'audio/L16;rate=8000;channels=0', 'audio/L16;rate=8000;endian=middle', ''])('rejects %j', (ct) => expect(parsePcmContentType(ct)).toBeNull());
    it('round-trips through pcmContentType', () => {
        const f = { sampleRate: 16000, channels: 2, bitsPerSample: 16, endian: 'big' };
        expect(parsePcmContentType(pcmContentType(f))).toEqual(f);
    });
});
describe('wavHeader', () => {
    it('describes 16-bit PCM with the right sizes and rates', () => {
        const data = Buffer.alloc(1000, 7);
        const wav = parseWav(Buffer.concat([wavHeader({ sampleRate: 22050, channels: 2, bitsPerSample: 16 }, data.length), data]));
        expect(wav).toMatchObject({ riffSize: 36 + 1000, audioFormat: 1, channels: 2, sampleRate: 22050, byteRate: 22050 * 4, blockAlign: 4, bitsPerSample: 16, dataSize: 1000 });
        expect(wav.data.equals(data)).toBe(true);
    });
    it('is 44 bytes and refuses sizes RIFF cannot hold', () => {
        expect(wavHeader({ sampleRate: 8000, channels: 1, bitsPerSample: 16 }, 0)).toHaveLength(WAV_HEADER_BYTES);
        expect(() => wavHeader({ sampleRate: 8000, channels: 1, bitsPerSample: 16 }, 2 ** 32)).toThrow(RangeError);
        expect(() => wavHeader({ sampleRate: 8000, channels: 1, bitsPerSample: 16 }, -1)).toThrow(RangeError);
    });
});
describe('WavFileWriter', () => {
    let dir;
    beforeEach(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-wav-'));
    });
    afterEach(async () => {
        await rm(dir, { recursive: true, force: true });
    });
    it('is a valid WAV after every append and after close', async () => {
        const path = join(dir, 'a.wav');
        const wav = await WavFileWriter.open(path, { sampleRate: 16000, channels: 1, bitsPerSample: 16, endian: 'little' });
        expect(parseWav(await readFile(path))).toMatchObject({ riffSize: 36, dataSize: 0 });
        const chunks = [Buffer.alloc(320, 1), Buffer.alloc(640, 2), Buffer.alloc(6, 3)];
        let total = 0;
        for (const chunk of chunks) {
            await wav.append(chunk);
            total += chunk.length;
            const growing = parseWav(await readFile(path));
            expect(growing).toMatchObject({ riffSize: 36 + total, dataSize: total, sampleRate: 16000 });
        }
        await wav.close();
        await wav.close(); // idempotent
        const file = await readFile(path);
        expect(file.length).toBe(WAV_HEADER_BYTES + total);
        const done = parseWav(file);
        expect(done.dataSize).toBe(total);
        expect(done.riffSize).toBe(file.length - 8);
        expect(done.data.equals(Buffer.concat(chunks))).toBe(true);
        expect(wav.dataBytes).toBe(total);
    });
    it('swaps big-endian samples to little-endian, even when a sample straddles two appends', async () => {
        const path = join(dir, 'be.wav');
        const wav = await WavFileWriter.open(path, { sampleRate: 8000, channels: 1, bitsPerSample: 16, endian: 'big' });
        // Samples 0x0102, 0x0304, 0x0506 big-endian, split after 3 bytes.
        await wav.append(Uint8Array.of(0x01, 0x02, 0x03));
        await wav.append(Uint8Array.of(0x04, 0x05, 0x06));
        await wav.close();
        const { data, dataSize } = parseWav(await readFile(path));
        expect(dataSize).toBe(6);
        expect([...data]).toEqual([0x02, 0x01, 0x04, 0x03, 0x06, 0x05]);
    });
    it('does not modify the caller buffer when swapping', async () => {
        const wav = await WavFileWriter.open(join(dir, 'c.wav'), { sampleRate: 8000, channels: 1, bitsPerSample: 16, endian: 'big' });
        const input = Buffer.from([1, 2, 3, 4]);
        await wav.append(input);
        await wav.close();
        expect([...input]).toEqual([1, 2, 3, 4]);
    });
    it('rejects appends after close', async () => {
        const wav = await WavFileWriter.open(join(dir, 'd.wav'), { sampleRate: 8000, channels: 1, bitsPerSample: 16, endian: 'little' });
        await wav.close();
        await expect(wav.append(Buffer.alloc(2))).rejects.toThrow(/closed/);
    });
});
//# sourceMappingURL=wav.test.js.map
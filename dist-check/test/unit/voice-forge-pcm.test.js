import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES_100MS, chunkPcm, pcmDurationMs, SPEECH_CONTENT_TYPE } from '../../src/agents/voice-forge/pcm.js';
import { isPcmFormat, parseWav, WavFormatError } from '../../src/agents/voice-forge/riff.js';
import { wavHeader } from '../../src/sdk/audio/index.js';
describe('chunkPcm', () => {
    it('cuts into full chunks plus a remainder, all views of the input', () => {
        const pcm = Buffer.alloc(10_000, 1);
        const chunks = chunkPcm(pcm, CHUNK_BYTES_100MS);
        expect(chunks.map((c) => c.length)).toEqual([4410, 4410, 1180]);
        expect(chunks[0]?.buffer).toBe(pcm.buffer);
        expect(Buffer.concat(chunks).equals(pcm)).toBe(true);
    });
    it('rounds an odd maxBytes down so no sample is split', () => {
        const chunks = chunkPcm(Buffer.alloc(20), 7);
        expect(chunks.map((c) => c.length)).toEqual([6, 6, 6, 2]);
        expect(chunks.every((c) => c.length % 2 === 0)).toBe(true);
    });
    it('handles empty input and exact multiples', () => {
        expect(chunkPcm(Buffer.alloc(0), 4410)).toEqual([]);
        expect(chunkPcm(Buffer.alloc(8820), 4410).map((c) => c.length)).toEqual([4410, 4410]);
    });
    it('refuses odd-length PCM and chunks smaller than a sample', () => {
        expect(() => chunkPcm(Buffer.alloc(3), 4410)).toThrow(RangeError);
        expect(() => chunkPcm(Buffer.alloc(4), 1)).toThrow(RangeError);
        expect(() => chunkPcm(Buffer.alloc(4), Number.NaN)).toThrow(RangeError);
    });
    it('knows the wire format and durations', () => {
        expect(SPEECH_CONTENT_TYPE).toBe('audio/L16;rate=22050;channels=1;endian=little');
        expect(pcmDurationMs(4410)).toBe(100);
        expect(pcmDurationMs(44_100)).toBe(1000);
    });
});
function chunk(id, body) {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(body.length, 4);
    return Buffer.concat([header, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}
function fmt(channels = 1, rate = 22050, bits = 16, format = 1) {
    const b = Buffer.alloc(16);
    b.writeUInt16LE(format, 0);
    b.writeUInt16LE(channels, 2);
    b.writeUInt32LE(rate, 4);
    b.writeUInt32LE((rate * channels * bits) / 8, 8);
    b.writeUInt16LE((channels * bits) / 8, 12);
    b.writeUInt16LE(bits, 14);
    return b;
}
function riff(...chunks) {
    const body = Buffer.concat([Buffer.from('WAVE', 'latin1'), ...chunks]);
    const head = Buffer.alloc(8);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(body.length, 4);
    return Buffer.concat([head, body]);
}
const SPEECH = { sampleRate: 22050, channels: 1, bitsPerSample: 16 };
describe('parseWav', () => {
    it('reads the canonical 44-byte layout', () => {
        const data = Buffer.from([1, 0, 2, 0, 3, 0]);
        const wav = parseWav(Buffer.concat([wavHeader(SPEECH, data.length), data]));
        expect(wav).toMatchObject({ audioFormat: 1, ...SPEECH });
        expect(wav.data.equals(data)).toBe(true);
        expect(isPcmFormat(wav, SPEECH)).toBe(true);
    });
    it('walks past other chunks, including odd-sized ones with their pad byte', () => {
        const data = Buffer.from([9, 0, 8, 0]);
        const wav = parseWav(riff(chunk('LIST', Buffer.from('abc')), chunk('fmt ', fmt()), chunk('fact', Buffer.alloc(4)), chunk('data', data)));
        expect(wav.data.equals(data)).toBe(true);
    });
    it('reads a data size left unknown or too large as "to the end", cut to whole samples', () => {
        const file = Buffer.concat([riff(chunk('fmt ', fmt()), chunk('data', Buffer.from([1, 0, 2, 0]))), Buffer.from([3])]);
        file.writeUInt32LE(0xffff_ffff, 12 + 8 + 16 + 4); // the data chunk's size field
        expect([...parseWav(file).data]).toEqual([1, 0, 2, 0]);
        file.writeUInt32LE(1000, 40);
        expect([...parseWav(file).data]).toEqual([1, 0, 2, 0]);
    });
    it('reports a format other than 16-bit mono 22,050 Hz PCM', () => {
        expect(isPcmFormat(parseWav(riff(chunk('fmt ', fmt(2)), chunk('data', Buffer.alloc(4)))), SPEECH)).toBe(false);
        expect(isPcmFormat(parseWav(riff(chunk('fmt ', fmt(1, 22050, 16, 3)), chunk('data', Buffer.alloc(4)))), SPEECH)).toBe(false);
    });
    it.each([
        ['too short', Buffer.from('RIFF')],
        ['not RIFF', Buffer.concat([Buffer.from('OggS'), Buffer.alloc(40)])],
        ['RIFX', Buffer.concat([Buffer.from('RIFX\0\0\0\0WAVE'), Buffer.alloc(32)])],
        ['data before fmt', riff(chunk('data', Buffer.alloc(2)), chunk('fmt ', fmt()))],
        ['no data', riff(chunk('fmt ', fmt()))],
        ['short fmt', riff(chunk('fmt ', Buffer.alloc(8)), chunk('data', Buffer.alloc(2)))],
    ])('refuses %s', (_name, bytes) => {
        expect(() => parseWav(bytes)).toThrow(WavFormatError);
    });
});
//# sourceMappingURL=voice-forge-pcm.test.js.map
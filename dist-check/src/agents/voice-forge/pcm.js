import { pcmContentType } from '../../sdk/audio/index.js';
/** What eSpeak NG produces and voice-forge streams: 22,050 Hz mono 16-bit little-endian PCM. */
export const SPEECH_FORMAT = Object.freeze({ sampleRate: 22_050, channels: 1, bitsPerSample: 16, endian: 'little' });
/** `audio/L16;rate=22050;channels=1;endian=little` */
export const SPEECH_CONTENT_TYPE = pcmContentType(SPEECH_FORMAT);
/** Bytes in one frame (one sample per channel) of {@link SPEECH_FORMAT}. */
export const FRAME_BYTES = SPEECH_FORMAT.channels * (SPEECH_FORMAT.bitsPerSample / 8);
/** 100 ms of {@link SPEECH_FORMAT}: 4,410 bytes. */
export const CHUNK_BYTES_100MS = (SPEECH_FORMAT.sampleRate / 10) * FRAME_BYTES;
/**
 * Cuts PCM into chunks of at most `maxBytes`, each a whole number of frames, so no
 * 16-bit sample is ever split between two chunks. The chunks are views of `pcm`.
 * `maxBytes` is rounded down to a whole frame.
 *
 * @example
 * chunkPcm(Buffer.alloc(10_000), 4410).map((c) => c.length); // → [4410, 4410, 1180]
 */
export function chunkPcm(pcm, maxBytes, frameBytes = FRAME_BYTES) {
    if (pcm.length % frameBytes !== 0)
        throw new RangeError(`PCM of ${pcm.length} bytes is not a whole number of ${frameBytes}-byte frames`);
    const step = Math.floor(maxBytes / frameBytes) * frameBytes;
    if (!Number.isFinite(step) || step < frameBytes)
        throw new RangeError(`maxBytes must be at least one frame (${frameBytes} bytes); got ${maxBytes}`);
    const chunks = [];
    for (let offset = 0; offset < pcm.length; offset += step)
        chunks.push(pcm.subarray(offset, Math.min(offset + step, pcm.length)));
    return chunks;
}
/** Milliseconds of audio in `bytes` of PCM in `format` (default {@link SPEECH_FORMAT}): 4,410 bytes → 100. */
export function pcmDurationMs(bytes, format = SPEECH_FORMAT) {
    return (bytes / (format.channels * (format.bitsPerSample / 8)) / format.sampleRate) * 1000;
}
//# sourceMappingURL=pcm.js.map
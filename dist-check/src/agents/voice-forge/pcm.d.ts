import { type PcmFormat } from '../../sdk/audio/index.js';
/** What eSpeak NG produces and voice-forge streams: 22,050 Hz mono 16-bit little-endian PCM. */
export declare const SPEECH_FORMAT: PcmFormat;
/** `audio/L16;rate=22050;channels=1;endian=little` */
export declare const SPEECH_CONTENT_TYPE: string;
/** Bytes in one frame (one sample per channel) of {@link SPEECH_FORMAT}. */
export declare const FRAME_BYTES: number;
/** 100 ms of {@link SPEECH_FORMAT}: 4,410 bytes. */
export declare const CHUNK_BYTES_100MS: number;
/**
 * Cuts PCM into chunks of at most `maxBytes`, each a whole number of frames, so no
 * 16-bit sample is ever split between two chunks. The chunks are views of `pcm`.
 * `maxBytes` is rounded down to a whole frame.
 *
 * @example
 * chunkPcm(Buffer.alloc(10_000), 4410).map((c) => c.length); // → [4410, 4410, 1180]
 */
export declare function chunkPcm(pcm: Buffer, maxBytes: number, frameBytes?: number): Buffer[];
/** Milliseconds of audio in `bytes` of PCM in `format` (default {@link SPEECH_FORMAT}): 4,410 bytes → 100. */
export declare function pcmDurationMs(bytes: number, format?: PcmFormat): number;

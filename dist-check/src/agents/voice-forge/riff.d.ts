/** The audio of a WAV file: its format and its sample bytes (little-endian, as RIFF requires). */
export interface WavAudio {
    /** 1 = integer PCM (WAVE_FORMAT_EXTENSIBLE with a PCM sub-format is reported as 1 too). */
    readonly audioFormat: number;
    readonly channels: number;
    readonly sampleRate: number;
    readonly bitsPerSample: number;
    /** The `data` chunk, cut to whole frames; a view of the input. */
    readonly data: Buffer;
}
/** The bytes are not a WAV file this parser understands. */
export declare class WavFormatError extends Error {
    readonly name = "WavFormatError";
}
/**
 * Parses a RIFF/WAVE file by walking its chunks — `fmt ` and `data` need not be the
 * first ones and other chunks (`LIST`, `fact`, …) are skipped, with RIFF's pad byte
 * after odd-sized chunks — rather than assuming a 44-byte header. A `data` size that
 * runs past the end of the file, or one a streaming writer left unknown, means "the
 * rest of the file". RIFX (big-endian) files are refused.
 *
 * @example
 * const { sampleRate, data } = parseWav(await readFile('speech.wav'));
 */
export declare function parseWav(bytes: Uint8Array): WavAudio;
/** True when `audio` is integer PCM in exactly this shape. */
export declare function isPcmFormat(audio: WavAudio, expected: {
    sampleRate: number;
    channels: number;
    bitsPerSample: number;
}): boolean;

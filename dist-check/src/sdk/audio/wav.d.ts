import type { PcmFormat } from './pcm-format.js';
/** Size of the canonical PCM WAV header written by {@link wavHeader}. */
export declare const WAV_HEADER_BYTES = 44;
/** Largest data chunk a RIFF file can describe (its sizes are 32-bit). */
export declare const WAV_MAX_DATA_BYTES: number;
/** What a WAV header needs to know; `endian` is irrelevant (WAV PCM is always little-endian). */
export type WavFormat = Pick<PcmFormat, 'sampleRate' | 'channels' | 'bitsPerSample'>;
/**
 * Builds the 44-byte RIFF/WAVE header for 16-bit PCM whose data chunk holds `dataBytes`.
 *
 * @example
 * const header = wavHeader({ sampleRate: 22050, channels: 1, bitsPerSample: 16 }, pcm.length);
 * await writeFile('speech.wav', Buffer.concat([header, pcm]));
 */
export declare function wavHeader(format: WavFormat, dataBytes: number): Buffer;
/**
 * Writes a growing 16-bit PCM WAV file. The header is written on open and its RIFF and
 * data sizes are patched after every append, so the file is playable while it grows and
 * valid whenever an append has resolved. Big-endian input (`endian: 'big'`) is swapped to
 * the little-endian order WAV requires, carrying an odd trailing byte to the next append.
 *
 * Appends are serialised internally; awaiting each one is still the way to respect
 * back-pressure.
 *
 * @example
 * const wav = await WavFileWriter.open('speech.wav', parsePcmContentType(chunk.contentType)!);
 * for await (const chunk of chunks) await wav.append(chunk.data);
 * await wav.close();
 */
export declare class WavFileWriter {
    #private;
    private readonly file;
    /** The PCM format the samples arrive in. */
    readonly format: PcmFormat;
    /** Where the file is written. */
    readonly path: string;
    private constructor();
    /** Creates (or truncates) `path` and writes a header describing empty data. */
    static open(path: string, format: PcmFormat): Promise<WavFileWriter>;
    /** Bytes of sample data written so far (excluding the header). */
    get dataBytes(): number;
    /** Appends sample bytes and patches the header sizes. */
    append(bytes: Uint8Array): Promise<void>;
    /** Waits for pending appends, patches the final sizes and closes the file. Idempotent. */
    close(): Promise<void>;
}

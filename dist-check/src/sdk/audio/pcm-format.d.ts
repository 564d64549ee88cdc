/** Byte order of 16-bit PCM samples. */
export type Endianness = 'little' | 'big';
/** Shape of raw linear PCM audio, as carried in a chunk's content type. */
export interface PcmFormat {
    /** Samples per second per channel, e.g. 22050. */
    readonly sampleRate: number;
    /** Interleaved channels, e.g. 1 for mono. */
    readonly channels: number;
    /** Bits per sample; Troupe only carries 16. */
    readonly bitsPerSample: 16;
    /**
     * Byte order of each sample on the wire. RFC 2586 makes `audio/L16` big-endian, but
     * Troupe's agents send the little-endian PCM that synthesisers and WAV files use, so
     * Troupe reads `endian=little` as the default; a sender that follows the RFC says `endian=big`.
     * @default 'little'
     */
    readonly endian: Endianness;
}
/**
 * Parses an `audio/L16` content type such as `audio/L16;rate=22050;channels=1;endian=little`.
 * Parameter names and the media type are case-insensitive, whitespace around `;` and `=`
 * is ignored. Returns `null` for anything that is not `audio/L16` with a valid rate
 * (channels default to 1, endian to little).
 *
 * @example
 * parsePcmContentType('audio/L16;rate=22050;channels=1');
 * // → { sampleRate: 22050, channels: 1, bitsPerSample: 16, endian: 'little' }
 */
export declare function parsePcmContentType(contentType: string): PcmFormat | null;
/** Formats a PcmFormat back into its content type, always naming the byte order. */
export declare function pcmContentType(format: PcmFormat): string;

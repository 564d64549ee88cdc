export interface ParsedWav {
    riffSize: number;
    audioFormat: number;
    channels: number;
    sampleRate: number;
    byteRate: number;
    blockAlign: number;
    bitsPerSample: number;
    dataSize: number;
    data: Buffer;
}
/** Parses RIFF/WAVE bytes, walking the chunks; throws on anything malformed. */
export declare function parseWav(file: Buffer): ParsedWav;

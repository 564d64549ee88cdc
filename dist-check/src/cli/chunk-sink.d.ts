/** Writes streamed bytes to a file as they arrive (`troupe task --out FILE`). */
export interface ChunkSink {
    /** Appends `data`; the first call decides the file format from `contentType`. */
    write(data: Buffer, contentType: string): Promise<void>;
    /** Finishes the file (patches WAV sizes); safe to call more than once. */
    close(): Promise<void>;
    /** Payload bytes written so far (excluding any WAV header). */
    readonly bytes: number;
    /** True once anything was written. */
    readonly opened: boolean;
}
/**
 * A sink for `path`, opened lazily on the first write. When `path` ends in `.wav` and the
 * first content type is `audio/L16;rate=R[;channels=C][;endian=little|big]`, the bytes are
 * wrapped in a WAV file that is valid while it grows; otherwise they are written raw and,
 * for a `.wav` path, `warn` explains why.
 */
export declare function createChunkSink(path: string, warn: (message: string) => void): ChunkSink;

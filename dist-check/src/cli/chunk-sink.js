import { open } from 'node:fs/promises';
import { parsePcmContentType } from '../sdk/audio/pcm-format.js';
import { WavFileWriter } from '../sdk/audio/wav.js';
/**
 * A sink for `path`, opened lazily on the first write. When `path` ends in `.wav` and the
 * first content type is `audio/L16;rate=R[;channels=C][;endian=little|big]`, the bytes are
 * wrapped in a WAV file that is valid while it grows; otherwise they are written raw and,
 * for a `.wav` path, `warn` explains why.
 */
export function createChunkSink(path, warn) {
    let wav;
    let raw;
    let firstType;
    let bytes = 0;
    let closed = false;
    let warnedChange = false;
    async function openFor(contentType) {
        firstType = contentType;
        const pcm = /\.wav$/i.test(path) ? parsePcmContentType(contentType) : null;
        if (pcm) {
            wav = await WavFileWriter.open(path, pcm);
            return;
        }
        if (/\.wav$/i.test(path))
            warn(`${path} ends in .wav but the data is '${contentType || 'untyped'}', not audio/L16; writing the bytes unchanged`);
        raw = await open(path, 'w');
    }
    return {
        get bytes() {
            return bytes;
        },
        get opened() {
            return firstType !== undefined;
        },
        async write(data, contentType) {
            if (closed)
                throw new Error(`${path} is already closed`);
            if (firstType === undefined)
                await openFor(contentType);
            else if (contentType !== firstType && !warnedChange) {
                warnedChange = true;
                warn(`content type changed from '${firstType}' to '${contentType}' mid-stream; appending anyway`);
            }
            if (wav)
                await wav.append(data);
            else
                await raw?.write(data);
            bytes += data.length;
        },
        async close() {
            if (closed)
                return;
            closed = true;
            await wav?.close();
            await raw?.close();
        },
    };
}
//# sourceMappingURL=chunk-sink.js.map
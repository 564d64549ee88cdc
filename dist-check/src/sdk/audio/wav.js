import { open } from 'node:fs/promises';
/** Size of the canonical PCM WAV header written by {@link wavHeader}. */
export const WAV_HEADER_BYTES = 44;
/** Largest data chunk a RIFF file can describe (its sizes are 32-bit). */
export const WAV_MAX_DATA_BYTES = 0xffff_ffff - (WAV_HEADER_BYTES - 8);
/**
 * Builds the 44-byte RIFF/WAVE header for 16-bit PCM whose data chunk holds `dataBytes`.
 *
 * @example
 * const header = wavHeader({ sampleRate: 22050, channels: 1, bitsPerSample: 16 }, pcm.length);
 * await writeFile('speech.wav', Buffer.concat([header, pcm]));
 */
export function wavHeader(format, dataBytes) {
    if (!Number.isInteger(dataBytes) || dataBytes < 0 || dataBytes > WAV_MAX_DATA_BYTES) {
        throw new RangeError(`WAV data size ${dataBytes} is outside 0..${WAV_MAX_DATA_BYTES}`);
    }
    const blockAlign = format.channels * (format.bitsPerSample / 8);
    const h = Buffer.alloc(WAV_HEADER_BYTES);
    h.write('RIFF', 0, 'ascii');
    h.writeUInt32LE(WAV_HEADER_BYTES - 8 + dataBytes, 4);
    h.write('WAVE', 8, 'ascii');
    h.write('fmt ', 12, 'ascii');
    h.writeUInt32LE(16, 16); // fmt chunk size for PCM
    h.writeUInt16LE(1, 20); // audio format 1 = integer PCM
    h.writeUInt16LE(format.channels, 22);
    h.writeUInt32LE(format.sampleRate, 24);
    h.writeUInt32LE(format.sampleRate * blockAlign, 28); // byte rate
    h.writeUInt16LE(blockAlign, 32);
    h.writeUInt16LE(format.bitsPerSample, 34);
    h.write('data', 36, 'ascii');
    h.writeUInt32LE(dataBytes, 40);
    return h;
}
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
export class WavFileWriter {
    file;
    format;
    path;
    #dataBytes = 0;
    #carry = null;
    #queue = Promise.resolve();
    #closed = false;
    constructor(file, 
    /** The PCM format the samples arrive in. */
    format, 
    /** Where the file is written. */
    path) {
        this.file = file;
        this.format = format;
        this.path = path;
    }
    /** Creates (or truncates) `path` and writes a header describing empty data. */
    static async open(path, format) {
        const file = await open(path, 'w');
        try {
            await file.write(wavHeader(format, 0), 0, WAV_HEADER_BYTES, 0);
        }
        catch (err) {
            await file.close();
            throw err;
        }
        return new WavFileWriter(file, format, path);
    }
    /** Bytes of sample data written so far (excluding the header). */
    get dataBytes() {
        return this.#dataBytes;
    }
    /** Appends sample bytes and patches the header sizes. */
    append(bytes) {
        if (this.#closed)
            return Promise.reject(new Error(`WAV file ${this.path} is closed`));
        const next = this.#queue.then(() => this.#write(this.#toLittleEndian(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))));
        this.#queue = next.catch(() => undefined);
        return next;
    }
    /** Waits for pending appends, patches the final sizes and closes the file. Idempotent. */
    async close() {
        if (this.#closed)
            return this.#queue;
        this.#closed = true;
        const done = this.#queue.then(async () => {
            try {
                await this.#patchSizes();
            }
            finally {
                await this.file.close();
            }
        });
        this.#queue = done.catch(() => undefined);
        return done;
    }
    async #write(data) {
        if (data.length === 0)
            return;
        if (this.#dataBytes + data.length > WAV_MAX_DATA_BYTES) {
            throw new RangeError(`WAV file ${this.path} would exceed the 4 GiB RIFF limit`);
        }
        await this.file.write(data, 0, data.length, WAV_HEADER_BYTES + this.#dataBytes);
        this.#dataBytes += data.length;
        await this.#patchSizes();
    }
    async #patchSizes() {
        const header = wavHeader(this.format, this.#dataBytes);
        await this.file.write(header, 4, 4, 4);
        await this.file.write(header, 40, 4, 40);
    }
    #toLittleEndian(input) {
        if (this.format.endian === 'little')
            return input;
        const data = this.#carry ? Buffer.concat([this.#carry, input]) : Buffer.from(input);
        const even = data.length - (data.length % 2);
        this.#carry = even < data.length ? data.subarray(even) : null;
        const out = data.subarray(0, even);
        out.swap16();
        return out;
    }
}
//# sourceMappingURL=wav.js.map
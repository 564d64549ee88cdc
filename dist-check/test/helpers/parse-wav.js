// Reads a canonical PCM WAV file back, independently of src/sdk/audio/wav.ts.
/** Parses RIFF/WAVE bytes, walking the chunks; throws on anything malformed. */
export function parseWav(file) {
    if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE')
        throw new Error('not RIFF/WAVE');
    const riffSize = file.readUInt32LE(4);
    let offset = 12;
    let fmt;
    while (offset + 8 <= file.length) {
        const id = file.toString('ascii', offset, offset + 4);
        const size = file.readUInt32LE(offset + 4);
        const body = offset + 8;
        if (id === 'fmt ') {
            fmt = {
                audioFormat: file.readUInt16LE(body),
                channels: file.readUInt16LE(body + 2),
                sampleRate: file.readUInt32LE(body + 4),
                byteRate: file.readUInt32LE(body + 8),
                blockAlign: file.readUInt16LE(body + 12),
                bitsPerSample: file.readUInt16LE(body + 14),
            };
        }
        else if (id === 'data') {
            if (!fmt)
                throw new Error('data before fmt');
            return { riffSize, ...fmt, dataSize: size, data: file.subarray(body, body + size) };
        }
        offset = body + size + (size % 2);
    }
    throw new Error('no data chunk');
}
//# sourceMappingURL=parse-wav.js.map
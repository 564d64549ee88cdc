/** The bytes are not a WAV file this parser understands. */
export class WavFormatError extends Error {
    name = 'WavFormatError';
}
const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** Size fields a streaming writer leaves when it cannot seek back: "until the end of the file". */
const UNKNOWN_SIZES = new Set([0xffff_ffff, 0x7fff_f000]);
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
export function parseWav(bytes) {
    const wav = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (wav.length < 12)
        throw new WavFormatError(`a WAV file has at least 12 bytes; got ${wav.length}`);
    const riff = wav.toString('latin1', 0, 4);
    if (riff === 'RIFX')
        throw new WavFormatError('big-endian RIFX files are not supported');
    if (riff !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE')
        throw new WavFormatError('not a RIFF/WAVE file');
    let format;
    for (let offset = 12; offset + 8 <= wav.length;) {
        const id = wav.toString('latin1', offset, offset + 4);
        const declared = wav.readUInt32LE(offset + 4);
        const body = offset + 8;
        const available = wav.length - body;
        if (id === 'fmt ') {
            if (declared < 16 || declared > available)
                throw new WavFormatError(`the fmt chunk is ${declared} bytes; expected 16 or more`);
            format = readFormat(wav, body, declared);
        }
        else if (id === 'data') {
            if (!format)
                throw new WavFormatError('the data chunk comes before the fmt chunk');
            const size = UNKNOWN_SIZES.has(declared) || declared > available ? available : declared;
            const frame = format.channels * Math.ceil(format.bitsPerSample / 8);
            const whole = size - (size % frame);
            return { ...format, data: wav.subarray(body, body + whole) };
        }
        offset = body + declared + (declared % 2);
    }
    throw new WavFormatError(format ? 'the file has no data chunk' : 'the file has no fmt chunk');
}
function readFormat(wav, at, size) {
    let audioFormat = wav.readUInt16LE(at);
    const channels = wav.readUInt16LE(at + 2);
    const sampleRate = wav.readUInt32LE(at + 4);
    const bitsPerSample = wav.readUInt16LE(at + 14);
    if (audioFormat === WAVE_FORMAT_EXTENSIBLE && size >= 26)
        audioFormat = wav.readUInt16LE(at + 24); // first 2 bytes of the sub-format GUID
    if (channels === 0 || sampleRate === 0 || bitsPerSample === 0)
        throw new WavFormatError('the fmt chunk has zero channels, rate or sample size');
    return { audioFormat, channels, sampleRate, bitsPerSample };
}
/** True when `audio` is integer PCM in exactly this shape. */
export function isPcmFormat(audio, expected) {
    return (audio.audioFormat === WAVE_FORMAT_PCM &&
        audio.sampleRate === expected.sampleRate &&
        audio.channels === expected.channels &&
        audio.bitsPerSample === expected.bitsPerSample);
}
//# sourceMappingURL=riff.js.map
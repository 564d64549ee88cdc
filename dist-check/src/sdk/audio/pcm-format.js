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
export function parsePcmContentType(contentType) {
    const [type, ...params] = contentType.split(';').map((s) => s.trim());
    if (type?.toLowerCase() !== 'audio/l16')
        return null;
    const values = new Map();
    for (const param of params) {
        const eq = param.indexOf('=');
        if (eq < 0)
            continue;
        values.set(param.slice(0, eq).trim().toLowerCase(), param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
    }
    const sampleRate = positiveInt(values.get('rate'));
    const channels = values.has('channels') ? positiveInt(values.get('channels')) : 1;
    const endian = (values.get('endian') ?? 'little').toLowerCase();
    if (sampleRate === null || channels === null || (endian !== 'little' && endian !== 'big'))
        return null;
    return { sampleRate, channels, bitsPerSample: 16, endian };
}
/** Formats a PcmFormat back into its content type, always naming the byte order. */
export function pcmContentType(format) {
    return `audio/L16;rate=${format.sampleRate};channels=${format.channels};endian=${format.endian}`;
}
function positiveInt(text) {
    if (text === undefined || !/^\d+$/.test(text))
        return null;
    const n = Number(text);
    return n > 0 && Number.isSafeInteger(n) ? n : null;
}
//# sourceMappingURL=pcm-format.js.map
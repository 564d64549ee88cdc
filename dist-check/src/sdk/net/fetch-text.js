import { timeoutSignal } from '../util/timeout-signal.js';
/** A request that failed for a reason worth telling the caller (status, size, type). */
export class FetchTextError extends Error {
    name = 'FetchTextError';
}
/**
 * GETs an http(s) URL and returns its body as text, reading at most `maxBytes`
 * (checked against `content-length` first, then while streaming) and giving up
 * after `timeoutMs` or when `signal` aborts.
 */
export async function fetchText(url, options) {
    const deadline = timeoutSignal(options.signal, options.timeoutMs);
    try {
        return await fetchWithin(url, options, deadline.signal);
    }
    finally {
        deadline.clear();
    }
}
async function fetchWithin(url, options, signal) {
    const response = await (options.fetch ?? fetch)(url, {
        signal,
        redirect: 'follow',
        headers: { accept: options.accept, 'user-agent': options.userAgent },
    });
    if (!response.ok) {
        await response.body?.cancel();
        throw new FetchTextError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readBodyCapped(response, options.maxBytes, (message) => new FetchTextError(message));
    return { text: decode(bytes, contentType), contentType, url: response.url || url };
}
/**
 * Reads a response body of at most `maxBytes`: refused up front when `content-length`
 * says more, cut off (and the stream cancelled) when it grows past it while streaming.
 * `fail` builds the error, so callers keep their own error class; `what` names the body.
 */
export async function readBodyCapped(response, maxBytes, fail, what = 'body') {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
        await response.body?.cancel();
        throw fail(`the ${what} is ${declared} bytes; the limit is ${maxBytes}`);
    }
    if (!response.body)
        return new Uint8Array(0);
    const reader = response.body.getReader(); // fetch bodies are bytes; undici types them as any
    const parts = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            throw fail(`the ${what} is over the limit of ${maxBytes} bytes`);
        }
        parts.push(value);
    }
    return Buffer.concat(parts, total);
}
function decode(bytes, contentType) {
    const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
    try {
        return new TextDecoder(charset ?? 'utf-8').decode(bytes);
    }
    catch {
        return new TextDecoder('utf-8').decode(bytes); // an unknown label
    }
}
//# sourceMappingURL=fetch-text.js.map
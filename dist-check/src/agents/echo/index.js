import { setTimeout as delay } from 'node:timers/promises';
import { defineAgent, InvalidArgumentError } from '../../sdk/index.js';
function streamInput(input) {
    const o = (input && typeof input === 'object' && !Array.isArray(input) ? input : {});
    const int = (key, fallback, max) => {
        const v = o[key] ?? fallback;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
            throw new InvalidArgumentError(`input.${key} must be an integer from 0 to ${max}; got ${JSON.stringify(v)}`);
        }
        return v;
    };
    return { count: int('count', 5, 1_000_000), chunkBytes: int('chunkBytes', 16, 4 * 1024 * 1024), delayMs: int('delayMs', 0, 60_000) };
}
/**
 * The reference agent: `echo.say` returns its input; `echo.stream` streams
 * `count` chunks of `chunkBytes` bytes, `delayMs` apart, then reports the total.
 */
export default defineAgent({
    name: 'echo',
    version: '1.0.0',
    description: 'Reference agent: echoes input, streams numbered chunks',
    maxConcurrency: 256,
    capabilities: [
        { name: 'echo.say', description: 'Returns its input unchanged' },
        { name: 'echo.stream', description: 'Streams count chunks of chunkBytes bytes', streaming: true, outputTypes: ['application/octet-stream'] },
    ],
    handlers: {
        'echo.say': (input) => input,
        'echo.stream': async function* (input, ctx) {
            const { count, chunkBytes, delayMs } = streamInput(input);
            for (let i = 0; i < count; i++) {
                if (delayMs > 0)
                    await delay(delayMs, undefined, { signal: ctx.signal });
                const data = Buffer.alloc(chunkBytes, i % 256);
                yield { type: 'chunk', data, contentType: 'application/octet-stream', metadata: { index: i } };
            }
            return { chunks: count, bytes: count * chunkBytes };
        },
    },
});
//# sourceMappingURL=index.js.map
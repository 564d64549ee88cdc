import { SpanKind } from '@opentelemetry/api';
import { instrument } from '../../sdk/telemetry/index.js';
import { draftSchema } from './script.js';
import { readBodyCapped } from '../../sdk/net/fetch-text.js';
import { timeoutSignal } from '../../sdk/util/timeout-signal.js';
/** Model requested when `TROUPE_LLM_MODEL` is not set. */
export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';
/** Largest reply read, in bytes. */
const MAX_REPLY_BYTES = 1024 * 1024;
/** Attribute names of the model call span (OpenTelemetry GenAI semantic conventions). */
export const LLM_ATTR = {
    OPERATION: 'gen_ai.operation.name',
    REQUEST_MODEL: 'gen_ai.request.model',
    RESPONSE_MODEL: 'gen_ai.response.model',
    INPUT_TOKENS: 'gen_ai.usage.input_tokens',
    OUTPUT_TOKENS: 'gen_ai.usage.output_tokens',
    SERVER_ADDRESS: 'server.address',
    SERVER_PORT: 'server.port',
};
/** The model could not be asked, or its reply was not a usable script. */
export class LlmReplyError extends Error {
    name = 'LlmReplyError';
}
/**
 * The LLM settings from the environment: `TROUPE_LLM_URL` (a base such as
 * `http://host:8080/v1`, to which `/chat/completions` is added, or the full URL),
 * `TROUPE_LLM_MODEL` and `TROUPE_LLM_API_KEY`. Undefined when no URL is set.
 * Throws a TypeError naming `TROUPE_LLM_URL` when it is not an http(s) URL.
 */
export function llmConfigFromEnv(env, defaults) {
    const raw = env.TROUPE_LLM_URL?.trim();
    if (!raw)
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new TypeError(`TROUPE_LLM_URL is not a URL: ${JSON.stringify(raw)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`TROUPE_LLM_URL must be http(s); got ${url.protocol}`);
    if (!url.pathname.endsWith('/chat/completions'))
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
    const config = { url: url.toString(), model: env.TROUPE_LLM_MODEL?.trim() || DEFAULT_LLM_MODEL, ...defaults };
    const apiKey = env.TROUPE_LLM_API_KEY?.trim();
    if (apiKey)
        config.apiKey = apiKey;
    return config;
}
/** The chat messages asking for a script as one JSON object. */
export function buildMessages(request, host, targetWords, maxSourceChars) {
    const segments = Math.max(2, Math.min(5, Math.ceil(request.minutes)));
    const system = [
        `You write scripts for a short spoken podcast episode. The host is ${host.name}, ${host.persona}.`,
        'Reply with one JSON object and nothing else, exactly of this form:',
        '{"title": string, "intro": string, "segments": [{"heading": string, "text": string}], "outro": string}',
        `Write ${segments} segments and about ${targetWords} words in all. The intro is spoken by the host and names the topic; the outro thanks the listener.`,
        'Use only facts stated in the source text. Write for the ear: short sentences, no lists, no markdown, no URLs.',
    ].join('\n');
    const source = request.text.length > maxSourceChars ? `${request.text.slice(0, maxSourceChars)}\n[…]` : request.text;
    return [
        { role: 'system', content: system },
        { role: 'user', content: `Topic: ${request.topic}\n\nSource text:\n"""\n${source}\n"""` },
    ];
}
/**
 * Asks the model for a script in one `chat <model>` CLIENT span and validates the
 * reply against `draftSchema`. Throws LlmReplyError for anything unusable: a
 * transport failure, a non-2xx status, a reply that is not JSON of the right shape.
 */
export async function writeWithLlm(request, host, targetWords, config, ctx) {
    const endpoint = new URL(config.url);
    const attributes = {
        [LLM_ATTR.OPERATION]: 'chat',
        [LLM_ATTR.REQUEST_MODEL]: config.model,
        [LLM_ATTR.SERVER_ADDRESS]: endpoint.hostname,
        [LLM_ATTR.SERVER_PORT]: Number(endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80)),
    };
    return instrument(`chat ${config.model}`, { kind: SpanKind.CLIENT, parent: ctx.traceContext, attributes }, async (span) => {
        const body = {
            model: config.model,
            temperature: 0.3,
            response_format: { type: 'json_object' },
            messages: buildMessages(request, host, targetWords, config.maxSourceChars),
        };
        const headers = { 'content-type': 'application/json', accept: 'application/json' };
        if (config.apiKey)
            headers.authorization = `Bearer ${config.apiKey}`;
        let response;
        let raw;
        const deadline = timeoutSignal(ctx.signal, config.timeoutMs);
        try {
            response = await fetch(config.url, { method: 'POST', headers, body: JSON.stringify(body), signal: deadline.signal });
            raw = await readReply(response);
        }
        catch (err) {
            ctx.signal.throwIfAborted();
            throw new LlmReplyError(`the request failed: ${err instanceof Error ? err.message : String(err)}`);
        }
        finally {
            deadline.clear();
        }
        if (!response.ok)
            throw new LlmReplyError(`HTTP ${response.status}: ${raw.slice(0, 200)}`);
        const completion = parseJson(raw, 'the response body');
        if (typeof completion.model === 'string')
            span.setAttribute(LLM_ATTR.RESPONSE_MODEL, completion.model);
        if (typeof completion.usage?.prompt_tokens === 'number')
            span.setAttribute(LLM_ATTR.INPUT_TOKENS, completion.usage.prompt_tokens);
        if (typeof completion.usage?.completion_tokens === 'number')
            span.setAttribute(LLM_ATTR.OUTPUT_TOKENS, completion.usage.completion_tokens);
        const content = completion.choices?.[0]?.message?.content;
        if (typeof content !== 'string')
            throw new LlmReplyError('the reply has no choices[0].message.content');
        const parsed = draftSchema.safeParse(parseJson(unfence(content), 'the message content'));
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new LlmReplyError(`the script does not fit the schema: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
        }
        return parsed.data;
    });
}
async function readReply(response) {
    const bytes = await readBodyCapped(response, MAX_REPLY_BYTES, (message) => new LlmReplyError(message), 'reply');
    return Buffer.from(bytes).toString('utf8');
}
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new LlmReplyError(`${what} is not JSON: ${JSON.stringify(text.slice(0, 120))}`);
    }
}
/** Models sometimes wrap JSON in a ```json fence despite JSON mode. */
function unfence(content) {
    const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(content);
    return fenced?.[1] ?? content;
}
//# sourceMappingURL=llm.js.map
import { once } from 'node:events';
import { createServer } from 'node:http';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createScriptWeaver } from '../../src/agents/script-weaver/index.js';
import { LLM_ATTR, llmConfigFromEnv } from '../../src/agents/script-weaver/llm.js';
import { FailedPreconditionError } from '../../src/sdk/index.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { fakeTaskContext } from './voice-forge-fixtures.js';
const TEXT = [
    'Voice agents must answer within about 300 milliseconds to feel natural in conversation.',
    'Streaming every stage, from recognition to synthesis, is how the fastest teams get there.',
    'Back-pressure keeps a fast synthesiser from filling every buffer between it and the listener.',
].join(' ');
const GOOD_DRAFT = {
    title: 'Fast voices',
    intro: "Welcome to Troupe Radio. I'm Ada. Today: why voice agents must be fast.",
    segments: [
        { heading: 'The 300 ms rule', text: 'People expect an answer within about 300 milliseconds.' },
        { heading: 'Stream everything', text: 'The fastest teams stream every stage.' },
    ],
    outro: 'Thanks for listening.',
};
/** What the fake endpoint answers next, and what it was asked. */
let reply;
const requests = [];
const completion = (content, extra = {}) => JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    model: 'tiny-model-2025',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 321, completion_tokens: 123, total_tokens: 444 },
    ...extra,
});
const exporter = new InMemorySpanExporter();
let telemetry;
let server;
let base;
beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'script-weaver-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            requests.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            const send = () => res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
            if (reply.delayMs)
                setTimeout(send, reply.delayMs).unref();
            else
                send();
        });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await telemetry.shutdown();
});
beforeEach(() => {
    exporter.reset();
    requests.length = 0;
    reply = { status: 200, body: completion(JSON.stringify(GOOD_DRAFT)) };
});
const env = () => ({ TROUPE_LLM_URL: `${base}/v1`, TROUPE_LLM_MODEL: 'tiny-model', TROUPE_LLM_API_KEY: 'sk-test' });
async function weave(input, agent = createScriptWeaver({ env: env() }), ctx = fakeTaskContext()) {
    const result = (await agent.unary.get('script.weave')(input, ctx));
    return { output: result.output, result };
}
describe('script.weave with a language model', () => {
    it('asks an OpenAI-compatible endpoint in JSON mode and returns its validated script', async () => {
        const { output, result } = await weave({ topic: 'fast voice agents', text: TEXT, host: 'Mira', minutes: 2 });
        expect(requests).toHaveLength(1);
        const [request] = requests;
        expect(request?.url).toBe('/v1/chat/completions');
        expect(request?.headers.authorization).toBe('Bearer sk-test');
        expect(request?.body).toMatchObject({ model: 'tiny-model', response_format: { type: 'json_object' } });
        expect(request?.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
        expect(request?.body.messages[0]?.content).toContain('The host is Mira, a calm storyteller');
        expect(request?.body.messages[0]?.content).toContain('about 300 words');
        expect(request?.body.messages[1]?.content).toContain(`Topic: fast voice agents\n\nSource text:\n"""\n${TEXT}\n"""`);
        expect(output).toMatchObject({ writer: 'llm', title: 'Fast voices', host: { name: 'Mira' }, segments: GOOD_DRAFT.segments, outro: 'Thanks for listening.' });
        expect(output.script).toBe([GOOD_DRAFT.intro, ...GOOD_DRAFT.segments.map((s) => s.text), GOOD_DRAFT.outro].join('\n\n'));
        expect(output.words).toBe(output.script.split(/\s+/).length);
        expect(result.warnings).toEqual([]);
    });
    it('records one chat CLIENT span with the GenAI attributes', async () => {
        const ctx = fakeTaskContext();
        await weave({ topic: 'x', text: TEXT }, undefined, ctx);
        const [span] = exporter.getFinishedSpans().filter((s) => s.name === 'chat tiny-model');
        expect(span?.kind).toBe(SpanKind.CLIENT);
        expect(span?.parentSpanContext?.spanId).toBe(ctx.span.spanContext().spanId);
        expect(span?.attributes).toMatchObject({
            [LLM_ATTR.OPERATION]: 'chat',
            [LLM_ATTR.REQUEST_MODEL]: 'tiny-model',
            [LLM_ATTR.RESPONSE_MODEL]: 'tiny-model-2025',
            [LLM_ATTR.INPUT_TOKENS]: 321,
            [LLM_ATTR.OUTPUT_TOKENS]: 123,
            [LLM_ATTR.SERVER_ADDRESS]: '127.0.0.1',
        });
    });
    it('accepts JSON wrapped in a code fence', async () => {
        reply = { status: 200, body: completion(`\`\`\`json\n${JSON.stringify(GOOD_DRAFT)}\n\`\`\``) };
        expect((await weave({ topic: 'x', text: TEXT })).output.writer).toBe('llm');
    });
    it.each([
        ['content that is not JSON', { status: 200, body: completion('Sure! Here is your script: Welcome…') }, /the message content is not JSON/],
        ['JSON of the wrong shape', { status: 200, body: completion(JSON.stringify({ ...GOOD_DRAFT, segments: [] })) }, /does not fit the schema: segments/],
        ['an empty intro', { status: 200, body: completion(JSON.stringify({ ...GOOD_DRAFT, intro: '   ' })) }, /does not fit the schema: intro/],
        ['no choices', { status: 200, body: JSON.stringify({ choices: [] }) }, /no choices\[0\]\.message\.content/],
        ['an HTTP error', { status: 500, body: '{"error":{"message":"model overloaded"}}' }, /HTTP 500: .*model overloaded/],
        ['a body that is not JSON', { status: 200, body: '<html>gateway</html>' }, /the response body is not JSON/],
    ])('falls back to the extractive writer, with a warning, on %s', async (_name, bad, reason) => {
        reply = bad;
        const { output, result } = await weave({ topic: 'voice agents', text: TEXT });
        expect(output.writer).toBe('extractive');
        expect(output.segments.length).toBeGreaterThan(0);
        expect(result.warnings).toHaveLength(1);
        expect(result.warnings?.[0]).toMatch(/^the language model gave no usable script \(/);
        expect(result.warnings?.[0]).toMatch(reason);
        expect(result.warnings?.[0]).toMatch(/; used the extractive writer$/);
    });
    it('falls back when the endpoint is unreachable or too slow', async () => {
        const closed = createScriptWeaver({ env: { TROUPE_LLM_URL: 'http://127.0.0.1:1/v1' } });
        expect((await weave({ topic: 'x', text: TEXT }, closed)).result.warnings?.[0]).toMatch(/the request failed/);
        reply = { status: 200, body: completion(JSON.stringify(GOOD_DRAFT)), delayMs: 2000 };
        const slow = createScriptWeaver({ env: env(), llmTimeoutMs: 50 });
        const { output, result } = await weave({ topic: 'x', text: TEXT }, slow);
        expect(output.writer).toBe('extractive');
        expect(result.warnings?.[0]).toMatch(/the request failed/);
    });
    it('does not fall back when the task itself is cancelled', async () => {
        reply = { status: 200, body: completion(JSON.stringify(GOOD_DRAFT)), delayMs: 2000 };
        const controller = new AbortController();
        const attempt = weave({ topic: 'x', text: TEXT }, undefined, fakeTaskContext(controller.signal));
        setTimeout(() => controller.abort(new Error('cancelled by caller')), 20);
        await expect(attempt).rejects.toThrow('cancelled by caller');
    });
    it('reads the environment on the first task, not when the agent is built', async () => {
        const reads = [];
        const watched = new Proxy(env(), { get: (target, key) => (reads.push(key), target[key]) });
        const agent = createScriptWeaver({ env: watched });
        expect(reads).toEqual([]);
        await weave({ topic: 'x', text: TEXT }, agent);
        expect(reads).toEqual(expect.arrayContaining(['TROUPE_LLM_URL', 'TROUPE_LLM_MODEL', 'TROUPE_LLM_API_KEY']));
        await expect(weave({ topic: 'x', text: TEXT }, createScriptWeaver({ env: { TROUPE_LLM_URL: 'ftp://x' } }))).rejects.toThrow(FailedPreconditionError);
    });
});
describe('llmConfigFromEnv', () => {
    const defaults = { timeoutMs: 1000, maxSourceChars: 500 };
    it.each([
        ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1/chat/completions'],
        ['http://127.0.0.1:8080/v1/', 'http://127.0.0.1:8080/v1/chat/completions'],
        ['https://api.example.com/v1/chat/completions', 'https://api.example.com/v1/chat/completions'],
    ])('%s → %s', (url, expected) => {
        expect(llmConfigFromEnv({ TROUPE_LLM_URL: url }, defaults)).toEqual({ url: expected, model: 'gpt-4o-mini', ...defaults });
    });
    it('is undefined without a URL and refuses one that is not http(s)', () => {
        expect(llmConfigFromEnv({ TROUPE_LLM_MODEL: 'x' }, defaults)).toBeUndefined();
        expect(() => llmConfigFromEnv({ TROUPE_LLM_URL: 'not a url' }, defaults)).toThrow(/TROUPE_LLM_URL is not a URL/);
    });
});
//# sourceMappingURL=script-weaver-llm.test.js.map
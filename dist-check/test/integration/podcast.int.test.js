import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDefinitionSchema } from '../../src/agents/ui-composer/schema.js';
import { parsePcmContentType, WAV_MAX_DATA_BYTES, WavFileWriter } from '../../src/sdk/audio/index.js';
import { startOtlpReceiver } from '../helpers/otlp-receiver.js';
import { parseWav } from '../helpers/parse-wav.js';
import { isRunEnd, startPodcastStack } from '../helpers/podcast-stack.js';
import { spawnTroupe } from '../helpers/processes.js';
const SAMPLE_RATE = 22_050;
/** Root mean square of 16-bit little-endian samples. */
function rms(pcm) {
    let sum = 0;
    const n = Math.floor(pcm.length / 2);
    for (let i = 0; i < n; i++)
        sum += pcm.readInt16LE(i * 2) ** 2;
    return Math.sqrt(sum / Math.max(1, n));
}
/**
 * The podcast pipeline end to end, every part a process: nats-server, the
 * orchestrator and the six example agents, all exporting OTLP to a receiver in
 * this process. The bundled workflows are registered and run for real: pages
 * harvested (bundled fixtures), a script woven, speech synthesised by eSpeak NG
 * and streamed to WatchRun, to the CLI and over HTTP.
 */
describe('the podcast pipeline with every agent as a process', () => {
    let receiver;
    let stack;
    let dir;
    let otel;
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-podcast-'));
        receiver = await startOtlpReceiver();
        // A 1-minute podcast is ~550 chunks; OpenTelemetry keeps only 128 events per span unless told otherwise.
        otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '50' };
        stack = await startPodcastStack(otel);
    });
    afterAll(async () => {
        await stack?.close();
        await receiver?.close();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    /** Starts a full-podcast run and follows it to the end, writing its audio to a WAV file as it streams. */
    async function runPodcast(input) {
        const { runId, traceId } = await stack.client.startRun({ workflow: 'full-podcast', input: input });
        const events = [];
        const chunks = [];
        const file = join(dir, `${runId}.wav`);
        let writer;
        let firstChunkAt = 0;
        for await (const event of stack.client.watchRun(runId)) {
            if (event.chunk) {
                if (firstChunkAt === 0)
                    firstChunkAt = Date.now();
                chunks.push(event.chunk);
                writer ??= await WavFileWriter.open(file, parsePcmContentType(event.chunk.contentType));
                await writer.append(event.chunk.data);
            }
            events.push(event);
            if (isRunEnd(event))
                break;
        }
        await writer?.close();
        const report = (await stack.client.getRun(runId));
        return { runId, traceId, firstChunkAt, events, chunks, wav: writer ? await readFile(file) : Buffer.alloc(0), report };
    }
    let plain;
    /** One ordinary full-podcast run, shared by the tests that only read it. */
    const podcast = () => (plain ??= runPodcast({ topic: 'AI agents' }));
    it('full-podcast streams a valid, audible 22,050 Hz mono 16-bit WAV', async () => {
        const run = await podcast();
        expect(run.report.status, JSON.stringify(run.report.steps)).toBe('completed');
        expect(run.report.steps.map((s) => [s.id, s.status])).toEqual([
            ['harvest', 'succeeded'],
            ['weave', 'succeeded'],
            ['forge', 'succeeded'],
        ]);
        expect(run.chunks.length).toBeGreaterThan(10);
        expect(run.chunks.every((c) => c.contentType === 'audio/L16;rate=22050;channels=1;endian=little')).toBe(true);
        expect(run.chunks.map((c) => c.sequence)).toEqual(run.chunks.map((_, i) => i));
        const wav = parseWav(run.wav);
        expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: SAMPLE_RATE, bitsPerSample: 16, blockAlign: 2, byteRate: SAMPLE_RATE * 2 });
        expect(wav.dataSize).toBe(wav.data.length);
        expect(wav.data.length).toBe(run.chunks.reduce((sum, c) => sum + c.data.length, 0));
        const durationMs = (wav.data.length / 2 / SAMPLE_RATE) * 1000;
        const claimedMs = run.chunks.reduce((sum, c) => sum + c.durationMs, 0);
        expect(Math.abs(durationMs - claimedMs)).toBeLessThanOrEqual(claimedMs * 0.1);
        expect(durationMs).toBeGreaterThan(5_000);
        expect(rms(wav.data)).toBeGreaterThan(300);
        expect(run.report.output).toMatchObject({ title: expect.any(String), audioMs: Math.round(claimedMs), sentences: expect.any(Number) });
    });
    it('delivers the first audio chunk before voice-forge has synthesised the last sentence', async () => {
        const run = await podcast();
        const sentences = Number(run.report.output?.sentences);
        expect(sentences).toBeGreaterThan(2);
        const spans = await receiver.waitForSpans((all) => all.filter((s) => s.traceId === run.traceId && s.serviceName === 'voice-forge' && s.name === 'tts.synthesize').length >= sentences);
        const synth = spans.filter((s) => s.traceId === run.traceId && s.serviceName === 'voice-forge' && s.name === 'tts.synthesize');
        expect(synth).toHaveLength(sentences);
        const last = synth.reduce((a, b) => (b.endNs > a.endNs ? b : a));
        expect(last.attributes['tts.sentence.index']).toBe(sentences - 1);
        // Wall-clock ms (Date.now() in this process) against the span's end (epoch ns, voice-forge's process).
        expect(run.firstChunkAt).toBeLessThan(Number(last.endNs / 1000000n));
    });
    it('is one trace: CLI → orchestrator run and tasks → each agent → tts.synthesize, with a message event per chunk', async () => {
        const cli = spawnTroupe(['--orchestrator', stack.address, 'run', 'full-podcast', '--input', '{"topic":"AI agents"}', '--watch', '--json'], otel);
        expect(await cli.exited, cli.output()).toBe(0);
        const lines = cli
            .output()
            .split('\n')
            .filter((l) => l.startsWith('{'))
            .map((l) => JSON.parse(l));
        const started = lines.find((e) => e.type === 'run.started')?.detail.traceId;
        const traceId = typeof started === 'string' ? started : '';
        expect(traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(lines.at(-1)?.type).toBe('run.completed');
        const chunkCount = lines.filter((e) => e.type === 'chunk').length;
        const sentences = Number(lines.at(-1)?.detail.output?.sentences);
        expect(chunkCount).toBeGreaterThan(10);
        const has = (t, service, name) => t.some((s) => s.serviceName === service && s.name === name);
        const all = await receiver.waitForSpans((spans) => {
            const t = spans.filter((s) => s.traceId === traceId);
            return (has(t, 'troupe-cli', 'troupe run') &&
                has(t, 'troupe-orchestrator', 'troupe.run') &&
                has(t, 'voice-forge', 'troupe.v1.AgentService/ExecuteStream') &&
                t.filter((s) => s.name === 'troupe.task').length >= 3 &&
                t.filter((s) => s.serviceName === 'voice-forge' && s.name === 'tts.synthesize').length >= sentences);
        });
        const trace = all.filter((s) => s.traceId === traceId);
        const byId = new Map(trace.map((s) => [s.spanId, s]));
        const ancestry = (span) => {
            const chain = [];
            for (let s = span; s; s = s.parentSpanId ? byId.get(s.parentSpanId) : undefined)
                chain.push(`${s.serviceName}:${s.name}`);
            return chain;
        };
        const root = trace.find((s) => s.parentSpanId === '');
        expect(root && `${root.serviceName}:${root.name}`).toBe('troupe-cli:troupe run');
        expect(trace.filter((s) => s.parentSpanId !== '' && !byId.has(s.parentSpanId)).map((s) => `${s.serviceName}:${s.name}`)).toEqual([]);
        const tasks = trace.filter((s) => s.serviceName === 'troupe-orchestrator' && s.name === 'troupe.task');
        expect(tasks.map((t) => t.attributes['troupe.step.id']).sort()).toEqual(['forge', 'harvest', 'weave']);
        for (const [service, method] of [
            ['web-harvester', 'Execute'],
            ['script-weaver', 'Execute'],
            ['voice-forge', 'ExecuteStream'],
        ]) {
            const server = trace.find((s) => s.serviceName === service && s.kind === 'SERVER');
            expect(server, `${service}'s server span`).toBeDefined();
            expect(server.attributes).toMatchObject({ 'rpc.system': 'grpc', 'rpc.method': method, 'rpc.grpc.status_code': 0 });
            const chain = ancestry(server);
            expect(chain.slice(2), service).toEqual([
                'troupe-orchestrator:troupe.task',
                'troupe-orchestrator:troupe.run',
                'troupe-orchestrator:troupe.v1.OrchestratorService/StartRun',
                'troupe-cli:troupe.v1.OrchestratorService/StartRun',
                'troupe-cli:troupe run',
            ]);
            expect(chain[1]).toBe(`troupe-orchestrator:troupe.v1.AgentService/${method}`);
        }
        const forge = trace.find((s) => s.serviceName === 'voice-forge' && s.kind === 'SERVER');
        const synth = trace.filter((s) => s.serviceName === 'voice-forge' && s.name === 'tts.synthesize');
        expect(synth).toHaveLength(sentences);
        expect(synth.every((s) => s.parentSpanId === forge.spanId)).toBe(true);
        const messages = forge.events.filter((e) => e.name === 'rpc.message' && e.attributes['rpc.message.type'] === 'SENT');
        expect(messages.map((e) => e.attributes['rpc.message.id'])).toEqual(messages.map((_, i) => i + 1));
        const sent = messages.filter((e) => e.attributes['troupe.chunk.sequence'] !== undefined);
        expect(sent.map((e) => e.attributes['troupe.chunk.sequence'])).toEqual(Array.from({ length: chunkCount }, (_, i) => i));
        expect(sent.every((e) => Number(e.attributes['troupe.chunk.audio_ms']) > 0 && Number(e.attributes['troupe.chunk.bytes']) > 0)).toBe(true);
    });
    it('falls back to tts.basic when the requested voice cannot be used, and says so in the report', async () => {
        const run = await runPodcast({ topic: 'AI agents', voice: 'zz-nonexistent' });
        expect(run.report.status, JSON.stringify(run.report.steps)).toBe('completed');
        const forge = run.report.steps.find((s) => s.id === 'forge');
        expect(forge.status).toBe('succeeded');
        expect(forge.warnings.join('\n')).toMatch(/fallback.*tts\.basic/);
        const attempts = run.events.filter((e) => e.stepId === 'forge' && e.type.startsWith('attempt.')).map((e) => {
            const d = e.detail;
            return e.type === 'attempt.failed' ? `${e.type} ${d.attempt} ${d.code}` : `${e.type} ${d.attempt} ${d.capability}`;
        });
        expect(attempts).toEqual(['attempt.started 1 tts.synthesize', 'attempt.failed 1 INVALID_ARGUMENT', 'attempt.started 2 tts.basic']);
        expect(run.chunks.length).toBeGreaterThan(10);
        expect(rms(parseWav(run.wav).data)).toBeGreaterThan(300);
    });
    it('landing-snippets composes a valid page; with a flaky snippet-craft it still completes, with fewer cards and a notice', async () => {
        const land = async () => {
            const { runId } = await stack.client.startRun({ workflow: 'landing-snippets', input: {} });
            for await (const e of stack.client.watchRun(runId))
                if (isRunEnd(e))
                    break;
            return (await stack.client.getRun(runId));
        };
        const cardsOf = (page) => page.sections.filter((s) => s.type === 'cards').reduce((n, s) => n + (s.cards?.length ?? 0), 0);
        const good = await land();
        expect(good.status).toBe('completed');
        const parsed = uiDefinitionSchema.safeParse(good.output);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        const goodPage = good.output;
        expect(goodPage.sections.some((s) => s.type === 'notice')).toBe(false);
        expect(good.warnings).toEqual([]);
        await stack.restartAgent('snippet-craft', { TROUPE_SNIPPET_FAIL_EVERY: '2' });
        const flaky = await land();
        expect(flaky.status, JSON.stringify(flaky.steps)).toBe('completed');
        expect(uiDefinitionSchema.safeParse(flaky.output).success).toBe(true);
        const flakyPage = flaky.output;
        expect(cardsOf(flakyPage)).toBeGreaterThan(0);
        expect(cardsOf(flakyPage)).toBeLessThan(cardsOf(goodPage));
        expect(flakyPage.sections.some((s) => s.type === 'notice')).toBe(true);
        expect([...flaky.warnings, ...flaky.steps.flatMap((s) => s.warnings)].length).toBeGreaterThan(0);
    });
    it('serves a run over HTTP: its audio as a growing WAV, its report, and its events as Server-Sent Events', async () => {
        const base = `http://${stack.http}`;
        const { runId } = await stack.client.startRun({ workflow: 'full-podcast', input: { topic: 'AI agents' } });
        // Both requests go out while the run is young; each stream ends when the run does.
        const [audio, sse] = await Promise.all([fetch(`${base}/runs/${runId}/audio`), fetch(`${base}/api/runs/${runId}/events`)]);
        expect(audio.status).toBe(200);
        expect(audio.headers.get('content-type')).toBe('audio/wav');
        expect(sse.headers.get('content-type')).toBe('text/event-stream');
        const [bytes, text] = await Promise.all([audio.arrayBuffer().then((b) => Buffer.from(b)), sse.text()]);
        // The header was written before the length was known: its sizes are the streaming maxima.
        const wav = parseWav(bytes);
        expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: SAMPLE_RATE, bitsPerSample: 16 });
        expect(wav.dataSize).toBe(WAV_MAX_DATA_BYTES);
        expect(wav.data.length).toBe(bytes.length - 44);
        expect(rms(wav.data)).toBeGreaterThan(300);
        const events = text
            .split('\n\n')
            .filter((block) => block.trim() !== '')
            .map((block) => {
            const type = /^event: (.+)$/m.exec(block)?.[1] ?? '';
            const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? 'null');
            return { type, data };
        });
        expect(events[0]?.type).toBe('run.started');
        expect(events.at(-1)?.type).toBe('run.completed');
        for (const step of ['harvest', 'weave', 'forge'])
            expect(events.some((e) => e.type === 'step.completed' && e.data.stepId === step)).toBe(true);
        const chunks = events.filter((e) => e.type === 'chunk');
        expect(chunks.reduce((n, e) => n + (e.data.chunk?.bytes ?? 0), 0)).toBe(wav.data.length);
        const report = await fetch(`${base}/api/runs/${runId}`);
        expect(report.status).toBe(200);
        expect(await report.json()).toMatchObject({ runId, workflow: 'full-podcast', status: 'completed' });
        const missing = await fetch(`${base}/runs/nope/audio`);
        expect(missing.status).toBe(404);
        expect(missing.headers.get('content-type')).toBe('application/json');
        expect(await missing.json()).toMatchObject({ error: 'NOT_FOUND' });
    });
});
//# sourceMappingURL=podcast.int.test.js.map
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTracer, startTelemetry } from '../../src/sdk/telemetry/index.js';
import { startJaeger } from '../helpers/jaeger.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { PODCAST_AGENTS } from '../helpers/podcast-stack.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
/** Every process of the podcast demo: the CLI, the orchestrator and the six agents. */
const SERVICES = ['troupe-cli', 'troupe-orchestrator', ...PODCAST_AGENTS].sort();
const key = (s) => `${s.serviceName}:${s.name}`;
const chunkEvents = (s, type) => (s?.events ?? []).filter((e) => e.name === 'rpc.message' && e.attributes['rpc.message.type'] === type && e.attributes['troupe.chunk.sequence'] !== undefined);
const orphansOf = (spans) => {
    const ids = new Set(spans.map((s) => s.spanId));
    return spans.filter((s) => s.parentSpanId !== '' && !ids.has(s.parentSpanId));
};
/**
 * The real Jaeger v2 (all-in-one, memory storage, OTLP in): the podcast demo
 * exports to it, and the trace is read back through Jaeger's query API
 * (`/api/v3/traces/{id}`) and through `troupe trace`.
 */
describe('Troupe in Jaeger', () => {
    let jaeger;
    let dir;
    let otel;
    beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'troupe-jaeger-'));
        jaeger = await startJaeger();
        otel = { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint, OTEL_BSP_SCHEDULE_DELAY: '50', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=jaeger-test' };
    });
    afterAll(async () => {
        await jaeger?.stop();
        if (dir)
            await rm(dir, { recursive: true, force: true });
    });
    let demo;
    /** `troupe demo` (its own nats-server, orchestrator and six agents) exporting to Jaeger; its trace as Jaeger has it. */
    const demoTrace = () => (demo ??= (async () => {
        const proc = spawnTroupe(['demo', '--out', join(dir, 'podcast.wav')], { ...otel, NATS_URL: '' });
        expect(await proc.exited, proc.output()).toBe(0);
        const result = JSON.parse(proc.stdoutText().trim().split('\n').at(-1) ?? '{}');
        expect(result.traceId).toMatch(/^[0-9a-f]{32}$/);
        // Every process flushed its spans before it exited; Jaeger stores them in batches.
        const spans = await jaeger.waitForTrace(result.traceId, (all) => {
            const services = new Set(all.map((s) => s.serviceName));
            return SERVICES.every((s) => services.has(s)) && all.some((s) => key(s) === 'troupe-cli:troupe demo') && orphansOf(all).length === 0;
        });
        return { traceId: result.traceId, spans, audioMs: result.audioMs };
    })());
    it('the podcast demo is one trace: one root, all 8 processes, no span without its parent', async () => {
        const { spans } = await demoTrace();
        expect(spans.filter((s) => s.parentSpanId === '').map(key)).toEqual(['troupe-cli:troupe demo']);
        expect(orphansOf(spans).map(key)).toEqual([]);
        expect([...new Set(spans.map((s) => s.serviceName))].sort()).toEqual(SERVICES);
        // OTEL_RESOURCE_ATTRIBUTES reached every process's resource.
        expect(spans.filter((s) => s.resource['deployment.environment'] !== 'jaeger-test').map(key)).toEqual([]);
    });
    it('has one event per audio chunk on every hop: voice-forge, the orchestrator, WatchRun, the CLI', async () => {
        const { spans, audioMs } = await demoTrace();
        const forge = spans.find((s) => s.serviceName === 'voice-forge' && s.kind === 'SERVER' && s.name === 'troupe.v1.AgentService/ExecuteStream');
        const count = Number(forge?.attributes['troupe.chunk.count']);
        expect(count).toBeGreaterThan(10);
        const sequences = Array.from({ length: count }, (_, i) => i);
        const hops = [
            ['voice-forge', forge, 'SENT'],
            ['orchestrator ← agent', spans.find((s) => s.serviceName === 'troupe-orchestrator' && s.kind === 'CLIENT' && s.name === 'troupe.v1.AgentService/ExecuteStream'), 'RECEIVED'],
            ['WatchRun server', spans.find((s) => s.serviceName === 'troupe-orchestrator' && s.kind === 'SERVER' && s.name === 'troupe.v1.OrchestratorService/WatchRun' && chunkEvents(s, 'SENT').length > 0), 'SENT'],
            ['CLI consumer', spans.find((s) => s.serviceName === 'troupe-cli' && s.kind === 'CLIENT' && s.name === 'troupe.v1.OrchestratorService/WatchRun' && chunkEvents(s, 'RECEIVED').length > 0), 'RECEIVED'],
        ];
        for (const [hop, span, type] of hops) {
            expect(span, hop).toBeDefined();
            const chunks = chunkEvents(span, type);
            expect(chunks.map((e) => e.attributes['troupe.chunk.sequence']), hop).toEqual(sequences);
            expect(chunks.every((e) => Number(e.attributes['troupe.chunk.bytes']) > 0 && Number(e.attributes['troupe.chunk.audio_ms']) > 0), hop).toBe(true);
            const ms = chunks.reduce((sum, e) => sum + Number(e.attributes['troupe.chunk.audio_ms']), 0);
            expect(Math.round(ms), hop).toBe(audioMs);
            // Message ids count every message of the stream from 1; chunks are a subset.
            const ids = span.events.filter((e) => e.name === 'rpc.message' && e.attributes['rpc.message.type'] === type).map((e) => e.attributes['rpc.message.id']);
            expect(ids, hop).toEqual(ids.map((_, i) => i + 1));
        }
    });
    it('troupe trace TRACE_ID prints the waterfall: span tree, services, chunk counts per stream', async () => {
        const { traceId, spans } = await demoTrace();
        const count = Number(spans.find((s) => s.serviceName === 'voice-forge' && s.kind === 'SERVER')?.attributes['troupe.chunk.count']);
        const cli = spawnTroupe(['trace', traceId, '--jaeger', jaeger.queryUrl]);
        expect(await cli.exited, cli.output()).toBe(0);
        const lines = cli.stdoutText().split('\n');
        expect(lines[0]).toMatch(new RegExp(`^trace ${traceId}: ${spans.length} spans, 8 services, [\\d.]+ s`));
        expect(lines[0]).not.toMatch(/without their parent/);
        expect(lines[1]).toMatch(/^troupe-cli\s+troupe demo\s+\[█+\]\s+[\d.]+ s$/);
        expect(lines.filter((l) => l.trim() !== '')).toHaveLength(spans.length + 1);
        if (process.env.TROUPE_TEST_LOG)
            process.stderr.write(cli.stdoutText());
        // Indented by depth: the demo's own span is a child of the command's root, the runs' spans deeper.
        expect(lines.filter((l) => /^ {2}troupe-cli\s+troupe\.demo\s/.test(l))).toHaveLength(1);
        expect(lines.filter((l) => /^ {8}troupe-orchestrator\s+troupe\.run\s/.test(l))).toHaveLength(2);
        expect(lines.filter((l) => /^ {14}voice-forge\s+AgentService\/ExecuteStream\s/.test(l))).toHaveLength(1);
        expect(lines.some((l) => /^\s+voice-forge\s+AgentService\/ExecuteStream\s.*↑(\d+) chunks/.exec(l)?.[1] === String(count))).toBe(true);
        expect(lines.some((l) => /^\s+troupe-cli\s+OrchestratorService\/WatchRun\s.*↓(\d+) chunks/.exec(l)?.[1] === String(count))).toBe(true);
        for (const service of SERVICES)
            expect(lines.some((l) => l.trimStart().startsWith(`${service} `)), service).toBe(true);
    });
    it('troupe trace marks error spans with their message, and explains a trace or a Jaeger it cannot find', async () => {
        // A trace with a failed span, exported to the same Jaeger by this process.
        const telemetry = await startTelemetry({ serviceName: 'checkout', env: { OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint } });
        const root = getTracer().startSpan('place order');
        const failed = getTracer().startSpan('charge card', {}, trace.setSpan(context.active(), root));
        failed.setStatus({ code: SpanStatusCode.ERROR, message: 'card declined' });
        failed.end();
        root.end();
        await telemetry.shutdown();
        const traceId = root.spanContext().traceId;
        await jaeger.waitForTrace(traceId, (all) => all.length === 2);
        const cli = spawnTroupe(['trace', traceId], { TROUPE_JAEGER_URL: jaeger.queryUrl });
        expect(await cli.exited, cli.output()).toBe(0);
        expect(cli.stdoutText()).toMatch(/2 spans, 1 services, .*, 1 error\n/);
        expect(cli.stdoutText()).toMatch(/\n {2}checkout\s+charge card\s+\[.*\].*✗ ERROR: card declined\n/);
        const unknown = spawnTroupe(['trace', '0123456789abcdef0123456789abcdef', '--jaeger', jaeger.queryUrl]);
        expect(await unknown.exited).toBe(1);
        expect(unknown.stderrText()).toMatch(/Jaeger at http:\S+ has no trace 0123456789abcdef0123456789abcdef \(yet\)/);
        const nowhere = spawnTroupe(['trace', traceId, '--jaeger', 'http://127.0.0.1:1']);
        expect(await nowhere.exited).toBe(1);
        expect(nowhere.stderrText()).toMatch(/cannot reach Jaeger at http:\/\/127\.0\.0\.1:1 .*pass --jaeger URL/);
        const bad = spawnTroupe(['trace', traceId, '--jaeger', 'ftp://x']);
        expect(await bad.exited).toBe(2);
        expect(bad.stderrText()).toMatch(/--jaeger must be an http\(s\) URL/);
    });
    it('troupe trace RUN_ID finds the run\'s trace through the orchestrator', async () => {
        const nats = await startNatsServer();
        const procs = [];
        try {
            const orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0'], otel);
            procs.push(orchestrator);
            const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/);
            const [address, http] = [ready[1] ?? '', ready[2] ?? ''];
            procs.push(await spawnAgent('echo', nats.url, otel));
            const file = join(dir, 'echo-stream.yaml');
            await writeFile(file, 'name: echo-stream\nsteps:\n  - { id: speak, capability: echo.stream, stream: true, input: { count: 5, chunkBytes: 8 } }\n');
            const register = spawnTroupe(['--orchestrator', address, 'workflow', 'register', file]);
            expect(await register.exited, register.output()).toBe(0);
            const run = spawnTroupe(['--orchestrator', address, 'run', 'echo-stream', '--watch', '--json'], otel);
            expect(await run.exited, run.output()).toBe(0);
            const started = JSON.parse(run.stdoutText().split('\n').find((l) => l.includes('"run.started"')) ?? '{}');
            const runId = started.detail?.runId ?? '';
            const traceId = started.detail?.traceId ?? '';
            expect(traceId).toMatch(/^[0-9a-f]{32}$/);
            await jaeger.waitForTrace(traceId, (all) => all.some((s) => key(s) === 'troupe-cli:troupe run') && all.some((s) => s.serviceName === 'echo') && orphansOf(all).length === 0);
            const cli = spawnTroupe(['--orchestrator', address, 'trace', runId, '--jaeger', jaeger.queryUrl]);
            expect(await cli.exited, cli.output()).toBe(0);
            expect(cli.stdoutText()).toMatch(new RegExp(`^trace ${traceId}: \\d+ spans, 3 services`));
            expect(cli.stdoutText()).toMatch(/\n\s+echo\s+AgentService\/ExecuteStream\s.*↑5 chunks/);
            expect(cli.stdoutText()).toMatch(/\n\s+troupe-cli\s+OrchestratorService\/WatchRun\s.*↓5 chunks/);
            // --json: the spans themselves, ids in hex, times as strings.
            const json = spawnTroupe(['trace', traceId, '--jaeger', jaeger.queryUrl, '--json']);
            expect(await json.exited, json.output()).toBe(0);
            const spans = JSON.parse(json.stdoutText());
            expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([traceId]));
            expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['troupe-cli', 'troupe-orchestrator', 'echo']));
            expect(spans.every((s) => /^\d+$/.test(s.startNs))).toBe(true);
            // Another server in Jaeger's place (the orchestrator's HTTP port) is named as such, not as a missing trace.
            const wrong = spawnTroupe(['trace', traceId, '--jaeger', `http://${http}`]);
            expect(await wrong.exited).toBe(1);
            expect(wrong.stderrText()).toMatch(/answered 404: is http:\/\/\S+ Jaeger's query service/);
            const missing = spawnTroupe(['--orchestrator', address, 'trace', 'no-such-run', '--jaeger', jaeger.queryUrl]);
            expect(await missing.exited).toBe(1);
            expect(missing.stderrText()).toMatch(/NOT_FOUND/);
        }
        finally {
            for (const p of procs)
                p.kill('SIGTERM');
            await Promise.all(procs.map((p) => p.exited));
            await nats.stop();
        }
    });
    it('serves the trace page the web page links to', async () => {
        const { traceId } = await demoTrace();
        const res = await fetch(`${jaeger.queryUrl}/trace/${traceId}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/text\/html/);
    });
});
//# sourceMappingURL=jaeger.int.test.js.map
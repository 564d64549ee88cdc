import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { context, trace } from '@opentelemetry/api';
import { builtinWorkflows } from '../../agents/workflows/index.js';
import type { OrchestratorClient } from '../../sdk/client/index.js';
import { redactNatsUrl } from '../../sdk/security/index.js';
import { startNatsServer, type NatsServerHandle } from '../../sdk/testing/nats-server.js';
import { getTracer } from '../../sdk/telemetry/index.js';
import { createChunkSink } from '../chunk-sink.js';
import type { CliContext } from '../context.js';
import { asView, type ReportView } from '../format/run-types.js';
import { startChild, type Child } from './children.js';
import { ProgressLine } from './progress.js';
import { reportLines } from './report.js';

export interface DemoOptions {
  out: string;
  topic: string;
  voice: string;
  verbose: boolean;
  /** Let agents fetch real feeds and pages. */
  live: boolean;
  /** Feed URLs for topic discovery (with live). */
  feeds: string | undefined;
}

/** The agents the demo's workflows need, each its own process. */
const AGENTS = ['web-harvester', 'script-weaver', 'voice-forge', 'topic-discovery', 'snippet-craft', 'ui-composer'];
const CAPABILITIES = ['web.harvest', 'script.weave', 'tts.synthesize', 'tts.basic', 'topics.discover', 'snippet.craft', 'ui.compose'];

/**
 * The demo: NATS (started here unless NATS_URL is set), an orchestrator and the
 * podcast agents as separate processes; registers the bundled workflows, runs
 * `full-podcast` with its audio written to a WAV file as it streams in, then a
 * `landing-snippets` run, prints both reports and the trace id, and stops everything.
 * The narrative goes to stderr; stdout gets one JSON line with what a script needs:
 * `{"podcastRunId","landingRunId","traceId","out","audioMs","firstAudioMs"}`.
 */
export async function runDemo(options: DemoOptions, ctx: CliContext, connect: (address: string) => OrchestratorClient): Promise<void> {
  const say = (line: string): void => void ctx.stderr.write(`${line}\n`);
  const log = options.verbose ? say : undefined;
  const children: Child[] = [];
  let nats: NatsServerHandle | undefined;
  try {
    let natsUrl = ctx.env.NATS_URL;
    if (natsUrl) say(`• using NATS at ${redactNatsUrl(natsUrl)}`);
    else {
      nats = await startNatsServer();
      natsUrl = nats.url;
      say(`• started nats-server on ${natsUrl}`);
    }
    const env = {
      ...ctx.env,
      NATS_URL: natsUrl,
      TROUPE_LOG_LEVEL: ctx.env.TROUPE_LOG_LEVEL ?? (options.verbose ? 'info' : 'warn'),
      ...(options.live ? { TROUPE_LIVE_FETCH: '1' } : {}),
      ...(options.feeds ? { TROUPE_TOPIC_FEEDS: options.feeds } : {}),
    };
    // The demo registers the bundled workflows itself (below), so a NATS with older versions stored gets today's.
    const orchestrator = await startChild('orchestrator', ['orchestrator', '--grpc-port', '0', '--http-port=0', '--no-bundled-workflows'], /orchestrator listening on (\S+)(?: \(http (\S+)\))?/, env, log);
    children.push(orchestrator);
    const address = orchestrator.ready[1] ?? '';
    const http = orchestrator.ready[2];
    say(`• orchestrator on ${address}${http ? `; web page, audio and metrics on http://${http}/` : ''}`);
    const agents = await Promise.all(AGENTS.map((name) => startChild(name, ['agent', name], /agent \S+ \((\S+)\) listening on (\S+)/, env, log)));
    children.push(...agents);
    say(`• agents: ${agents.map((a) => a.name).join(', ')}`);
    const client = connect(address);
    await waitForCapabilities(client, CAPABILITIES, ctx.signal);
    for (const { text } of await builtinWorkflows()) {
      const { name, version } = await client.registerWorkflow(text, { signal: ctx.signal });
      say(`• registered workflow ${name} v${version}`);
    }

    const root = getTracer().startSpan('troupe.demo');
    let results: { podcast: PodcastResult; landingRunId: string };
    try {
      results = await context.with(trace.setSpan(context.active(), root), async () => ({
        podcast: await podcast(client, options, ctx, say, http),
        landingRunId: await landing(client, ctx, say),
      }));
    } finally {
      root.end();
    }
    const traceId = root.spanContext().traceId;
    const exported = ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT ? ` (exported to ${ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT})` : ' (set OTEL_EXPORTER_OTLP_ENDPOINT to see it in Jaeger)';
    say(`• trace id ${traceId}${exported}`);
    ctx.stdout.write(
      `${JSON.stringify({ podcastRunId: results.podcast.runId, landingRunId: results.landingRunId, traceId, out: options.out, audioMs: Math.round(results.podcast.audioMs), firstAudioMs: results.podcast.firstAudioMs })}\n`,
    );
  } finally {
    await Promise.all(children.reverse().map((child) => child.stop()));
    await nats?.stop();
    say('• stopped everything');
  }
}

/** What the podcast run produced, for the machine-readable line. */
interface PodcastResult {
  runId: string;
  audioMs: number;
  firstAudioMs: number | null;
}

async function podcast(client: OrchestratorClient, options: DemoOptions, ctx: CliContext, say: (l: string) => void, http: string | undefined): Promise<PodcastResult> {
  const started = performance.now();
  const run = await client.startRun({ workflow: 'full-podcast', input: { topic: options.topic, voice: options.voice } }, { signal: ctx.signal });
  say(`• full-podcast run ${run.runId} on "${options.topic}"${http ? ` — listen live: http://${http}/runs/${run.runId}/audio` : ''}`);
  await mkdir(dirname(options.out), { recursive: true });
  const sink = createChunkSink(options.out, (m) => say(`warning: ${m}`));
  const progress = new ProgressLine(ctx.stderr);
  let audioMs = 0;
  let fraction = 0;
  let firstChunkMs: number | undefined;
  try {
    for await (const event of client.watchRun(run.runId, { signal: ctx.signal })) {
      if (event.type === 'step.started') say(`  ▸ ${event.stepId} started`);
      if (event.type === 'step.retrying') say(`  ↻ ${event.stepId} retrying`);
      if (event.type === 'chunk' && event.chunk) {
        firstChunkMs ??= performance.now() - started;
        await sink.write(event.chunk.data, event.chunk.contentType);
        audioMs += event.chunk.durationMs;
        progress.update(fraction, `${(audioMs / 1000).toFixed(1)} s of audio received`);
      }
      if (event.type === 'step.progress') {
        fraction = Number((event.detail as { fraction?: unknown } | null)?.fraction ?? 0);
        progress.update(fraction, `${(audioMs / 1000).toFixed(1)} s of audio received`);
      }
      if (event.type === 'step.completed' && event.stepId === 'forge') progress.done(`${(audioMs / 1000).toFixed(1)} s of audio`);
      if (event.type.startsWith('run.') && event.type !== 'run.started') break;
    }
  } finally {
    await sink.close();
  }
  const report = asView<ReportView>(await client.getRun(run.runId));
  for (const line of reportLines(report)) say(`  ${line}`);
  say(`• first audio after ${Math.round(firstChunkMs ?? 0)} ms; wrote ${(sink.bytes / 1024).toFixed(0)} KiB of PCM (${(audioMs / 1000).toFixed(1)} s) to ${options.out}`);
  if (report.status !== 'completed') throw new Error(`the podcast run ${report.status}: ${report.explanation ?? report.error ?? ''}`);
  return { runId: run.runId, audioMs, firstAudioMs: firstChunkMs === undefined ? null : Math.round(firstChunkMs) };
}

async function landing(client: OrchestratorClient, ctx: CliContext, say: (l: string) => void): Promise<string> {
  const run = await client.startRun({ workflow: 'landing-snippets', input: { limit: 4 } }, { signal: ctx.signal });
  for await (const e of client.watchRun(run.runId, { signal: ctx.signal, types: ['run.'] })) if (e.type !== 'run.started') break;
  const report = (await client.getRun(run.runId)) as { status: string; output?: { sections?: { type: string; cards?: unknown[] }[] } };
  const cards = report.output?.sections?.find((s) => s.type === 'cards')?.cards?.length ?? 0;
  say(`• landing-snippets run ${run.runId}: ${report.status}, a landing page with ${cards} snippet card(s)`);
  return run.runId;
}

async function waitForCapabilities(client: OrchestratorClient, capabilities: string[], signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const agents = await client.listAgents({}, { signal });
    const active = new Set(agents.filter((a) => a.state === 'active').flatMap((a) => a.capabilities.map((c) => c.name)));
    if (capabilities.every((c) => active.has(c))) return;
    if (Date.now() > deadline) throw new Error(`agents did not become active within 30 s (missing: ${capabilities.filter((c) => !active.has(c)).join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

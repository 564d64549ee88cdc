import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { context, trace } from '@opentelemetry/api';
import type { OrchestratorClient } from '../../sdk/client/index.js';
import { startNatsServer, type NatsServerHandle } from '../../sdk/testing/nats-server.js';
import { getTracer } from '../../sdk/telemetry/index.js';
import { createChunkSink } from '../chunk-sink.js';
import type { CliContext } from '../context.js';
import { startChild, type Child } from './children.js';
import { ProgressLine } from './progress.js';

export interface DemoOptions {
  out: string;
  text: string;
  voice: string;
  verbose: boolean;
}

/**
 * The demo: NATS (started here unless NATS_URL is set), an orchestrator and two
 * agents as separate processes, one unary task and one streamed speech task whose
 * audio is written to a WAV file as it arrives. Everything is stopped at the end.
 */
export async function runDemo(options: DemoOptions, ctx: CliContext, connect: (address: string) => OrchestratorClient): Promise<void> {
  const say = (line: string): void => void ctx.stderr.write(`${line}\n`);
  const log = options.verbose ? say : undefined;
  const children: Child[] = [];
  let nats: NatsServerHandle | undefined;
  try {
    let natsUrl = ctx.env.NATS_URL;
    if (natsUrl) say(`• using NATS at ${natsUrl}`);
    else {
      nats = await startNatsServer();
      natsUrl = nats.url;
      say(`• started nats-server on ${natsUrl} (JetStream in ${nats.storeDir})`);
    }
    const env = { ...ctx.env, NATS_URL: natsUrl, TROUPE_LOG_LEVEL: ctx.env.TROUPE_LOG_LEVEL ?? (options.verbose ? 'info' : 'warn') };
    const orchestrator = await startChild('orchestrator', ['orchestrator', '--grpc-port', '0', '--http-port=0'], /orchestrator listening on (\S+)(?: \(http (\S+)\))?/, env, log);
    children.push(orchestrator);
    const address = orchestrator.ready[1] ?? '';
    say(`• orchestrator on ${address}${orchestrator.ready[2] ? `, metrics on http://${orchestrator.ready[2]}/metrics` : ''}`);
    for (const agent of ['echo', 'voice-forge']) {
      const child = await startChild(agent, ['agent', agent], /agent \S+ \((\S+)\) listening on (\S+)/, env, log);
      children.push(child);
      say(`• agent ${agent} (${child.ready[1]}) on ${child.ready[2]}`);
    }
    const client = connect(address);
    await waitForCapabilities(client, ['echo.say', 'tts.synthesize'], ctx.signal);
    say('• registry: both agents active');

    const root = getTracer().startSpan('troupe.demo');
    const rootCtx = trace.setSpan(context.active(), root);
    try {
      await context.with(rootCtx, async () => {
        const echo = await client.submitTask({ capability: 'echo.say', input: { hello: 'troupe' } }, { signal: ctx.signal });
        say(`• echo.say → ${JSON.stringify(echo.output)} (instance ${echo.agentInstanceId})`);
        await mkdir(dirname(options.out), { recursive: true });
        const sink = createChunkSink(options.out, (m) => say(`warning: ${m}`));
        const progress = new ProgressLine(ctx.stderr as CliContext['stderr'] & { isTTY?: boolean });
        let audioMs = 0;
        let fraction = 0;
        let firstChunkMs: number | undefined;
        const started = performance.now();
        say(`• tts.synthesize → streaming audio to ${options.out}`);
        try {
          for await (const event of client.streamTask({ capability: 'tts.synthesize', input: { text: options.text, voice: options.voice } }, { signal: ctx.signal })) {
            if (event.type === 'chunk') {
              firstChunkMs ??= performance.now() - started;
              await sink.write(event.data, event.contentType);
              audioMs += event.durationMs;
              progress.update(fraction, `${(audioMs / 1000).toFixed(1)} s of audio received`);
            } else if (event.type === 'progress') {
              fraction = event.fraction;
              progress.update(fraction, `${(audioMs / 1000).toFixed(1)} s of audio received`);
            } else if (event.type === 'result') {
              progress.done(`${(audioMs / 1000).toFixed(1)} s of audio in ${((performance.now() - started) / 1000).toFixed(1)} s`);
            }
          }
        } finally {
          await sink.close();
        }
        say(`• first audio chunk after ${Math.round(firstChunkMs ?? 0)} ms; wrote ${sink.bytes} bytes of PCM to ${options.out}`);
      });
    } finally {
      root.end();
    }
    say(`• trace id ${root.spanContext().traceId}${ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT ? ` (exported to ${ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT})` : ' (set OTEL_EXPORTER_OTLP_ENDPOINT to export it to Jaeger)'}`);
  } finally {
    for (const child of children.reverse()) await child.stop();
    await nats?.stop();
    say('• stopped everything');
  }
}

async function waitForCapabilities(client: OrchestratorClient, capabilities: string[], signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const agents = await client.listAgents({}, { signal });
    const active = new Set(agents.filter((a) => a.state === 'active').flatMap((a) => a.capabilities.map((c) => c.name)));
    if (capabilities.every((c) => active.has(c))) return;
    if (Date.now() > deadline) throw new Error(`agents did not become active within 15 s (have: ${[...active].join(', ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

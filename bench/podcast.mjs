// Podcast benchmarks, with the orchestrator and the agents as processes:
// - voice-forge's real-time factor: seconds of wall time per second of audio for a
//   fixed ~5-sentence text, called directly (AgentService/ExecuteStream), warm;
// - time to the first audio chunk of a full-podcast run (StartRun → first chunk on WatchRun);
// - audio relay throughput: tts.synthesize through the orchestrator (StreamTask)
//   against the same text straight from the agent (ExecuteStream).
import * as grpc from '@grpc/grpc-js';
import { median } from './measure.mjs';

const RTF_TEXT =
  'Troupe runs every agent as its own process and speaks to it over gRPC. ' +
  'The orchestrator keeps one state machine per agent instance and routes each task to a healthy one. ' +
  'Streamed output, such as this audio, is relayed chunk by chunk while it is being made. ' +
  'One trace follows the request from the client to the agent and back. ' +
  'That is how a podcast can start playing before its last sentence has been spoken.';
/** A longer text (about 100 s of speech, ~1000 chunks) for the relay comparison, so the stream is long enough to time. */
const RELAY_TEXT = Array.from({ length: 4 }, () => RTF_TEXT).join(' ');

/** Consumes one ExecuteStream / StreamTask call; returns wall ms, chunks and audio ms. */
function consume(call) {
  const started = performance.now();
  let chunks = 0;
  let audioMs = 0;
  let firstChunkMs;
  return new Promise((resolve, reject) => {
    call.on('data', (message) => {
      if (!message.chunk) return;
      firstChunkMs ??= performance.now() - started;
      chunks++;
      audioMs += message.chunk.durationMs;
    });
    call.on('error', reject);
    call.on('end', () => resolve({ ms: performance.now() - started, chunks, audioMs, firstChunkMs }));
  });
}

/**
 * Runs the podcast benchmarks against a nats-server at `natsUrl`; `startTroupe` spawns
 * `troupe` processes (see processes.mjs). Returns the figures (ms, ratios, per second).
 */
export async function benchPodcast({ natsUrl, startTroupe, runs = 5, repeats = 3 }) {
  const { loadProtos } = await import('../dist/sdk/grpc/load-protos.js');
  const { toValue } = await import('../dist/sdk/grpc/struct.js');
  const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
  const { builtinWorkflows } = await import('../dist/agents/workflows/index.js');

  const agentPattern = /agent \S+ \((\S+)\) listening on (\S+)/;
  const orch = await startTroupe(['orchestrator', '--nats', natsUrl, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/);
  const agents = await Promise.all(['voice-forge', 'web-harvester', 'script-weaver'].map((name) => startTroupe(['agent', name, '--nats', natsUrl], agentPattern)));
  const voiceForge = agents[0];
  const protos = loadProtos();
  const options = { 'grpc.max_receive_message_length': 16 << 20, 'grpc-node.flow_control_window': 1 << 20 };
  const direct = new protos.agent.troupe.v1.AgentService(voiceForge.match[2], grpc.credentials.createInsecure(), options);
  const orchestrated = new protos.orchestrator.troupe.v1.OrchestratorService(orch.match[1], grpc.credentials.createInsecure(), options);
  const client = createOrchestratorClient(orch.match[1]);
  try {
    for (;;) {
      const active = new Set((await client.listAgents()).filter((a) => a.state === 'active').map((a) => a.name));
      if (['voice-forge', 'web-harvester', 'script-weaver'].every((n) => active.has(n))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // Only full-podcast: the orchestrator refuses a workflow whose capabilities no agent offers.
    const podcast = (await builtinWorkflows()).find((w) => w.file.endsWith('full-podcast.yaml'));
    await client.registerWorkflow(podcast.text);

    const speak = (text) => ({ capability: 'tts.synthesize', input: toValue({ text }) });
    const directSpeak = (text) => consume(direct.ExecuteStream({ task: speak(text) }));
    const orchSpeak = (text) => consume(orchestrated.StreamTask(speak(text)));

    // Real-time factor, warm: the first calls start the WASM pool.
    for (let i = 0; i < 2; i++) await directSpeak(RTF_TEXT);
    const rtfRuns = [];
    for (let i = 0; i < repeats; i++) rtfRuns.push(await directSpeak(RTF_TEXT));
    const rtf = median(rtfRuns.map((r) => r.ms / r.audioMs));
    const rtfAudioS = rtfRuns[0].audioMs / 1000;

    // Relay throughput: alternate direct and orchestrated so both see the same machine state.
    await orchSpeak(RELAY_TEXT);
    const relay = { direct: [], orch: [] };
    for (let i = 0; i < repeats; i++) {
      relay.direct.push(await directSpeak(RELAY_TEXT));
      relay.orch.push(await orchSpeak(RELAY_TEXT));
    }
    const rate = (r) => ({ chunksPerS: r.chunks / (r.ms / 1000), audioSPerS: r.audioMs / r.ms });
    const best = (list) => list.map(rate).reduce((a, b) => (b.audioSPerS > a.audioSPerS ? b : a));
    const relayDirect = best(relay.direct);
    const relayOrch = best(relay.orch);

    // Time to the first chunk of full-podcast, each run to its end before the next starts.
    const podcastRun = async () => {
      const started = performance.now();
      const { runId } = await client.startRun({ workflow: 'full-podcast', input: { topic: 'AI agents' } });
      let first;
      let status = '';
      for await (const e of client.watchRun(runId)) {
        if (e.type === 'chunk') first ??= performance.now() - started;
        if (e.type.startsWith('run.') && e.type !== 'run.started') status = e.type;
      }
      if (status !== 'run.completed' || first === undefined) throw new Error(`full-podcast ${runId} ended ${status} (first chunk ${first})`);
      return first;
    };
    await podcastRun(); // warm-up
    const firsts = [];
    for (let i = 0; i < runs; i++) firsts.push(await podcastRun());

    return {
      tts_rtf: rtf,
      tts_rtf_audio_s: rtfAudioS,
      tts_first_chunk_direct_ms: median(rtfRuns.map((r) => r.firstChunkMs)),
      podcast_first_chunk_ms_p50: median(firsts),
      podcast_first_chunk_ms_max: Math.max(...firsts),
      podcast_runs: firsts.length,
      audio_relay_direct_chunks_per_s: relayDirect.chunksPerS,
      audio_relay_orch_chunks_per_s: relayOrch.chunksPerS,
      audio_relay_direct_audio_s_per_s: relayDirect.audioSPerS,
      audio_relay_orch_audio_s_per_s: relayOrch.audioSPerS,
      audio_relay_ratio: relayOrch.audioSPerS / relayDirect.audioSPerS,
      audio_relay_audio_s: relay.direct[0].audioMs / 1000,
    };
  } finally {
    client.close();
    direct.close();
    orchestrated.close();
    await Promise.all(agents.map((a) => a.stop()));
    await orch.stop();
  }
}

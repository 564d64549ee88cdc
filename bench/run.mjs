// `npm run bench [-- --quick]`: orchestrated calls versus direct grpc-js calls to the same
// agent, and Troupe versus its peers (bench/peers/: BullMQ, Moleculer, NATS request-reply),
// in one run, each part in its own process. Prints a table and one JSON line. `--quick`
// (BENCH_QUICK=1) is the CI size (sizes.mjs).
import * as grpc from '@grpc/grpc-js';
import { alternateStreams, closedLoop, part } from './measure.mjs';
import { benchDurability } from './durability.mjs';
import { describeSyncInterval } from './sync-interval.mjs';
import { benchPodcast } from './podcast.mjs';
import { startTroupe, untilRouted } from './processes.mjs';
import { startSecureStack } from './secure.mjs';
import { benchPayloads } from './payloads.mjs';
import { benchRunHeap, benchRuns } from './runs.mjs';
import { QUICK, size } from './sizes.mjs';
import { benchUnaryPeers, loadPeers } from './peers/index.mjs';
import { benchBulk } from './bulk.mjs';
import { benchTracing } from './tracing.mjs';
import { peerFigures, peerRows, troupeFigures } from './peers/figures.mjs';

const { loadProtos } = await import('../dist/sdk/grpc/load-protos.js');
const { toValue } = await import('../dist/sdk/grpc/struct.js');
const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');

const UNARY_COUNT = size('BENCH_UNARY_COUNT', 20_000, 2_000);
const C1_COUNT = Math.min(UNARY_COUNT, size('BENCH_C1_COUNT', 5_000, 500));
const STREAM_CHUNKS = 10_000;
// One stream lasts ~0.25 s here, so a single pair swings by ±20% with scheduling and GC:
// alternate direct and orchestrated streams and compare the medians.
const STREAM_ROUNDS = size('BENCH_STREAM_ROUNDS', 15, 1);
const CHUNK_BYTES = 3_200;
const DURABLE_COUNT = size('BENCH_DURABLE_COUNT', 1500, 100);
const DURABLE_C1_COUNT = size('BENCH_DURABLE_C1_COUNT', 300, 30);

// BENCH_PEERS=0 skips the peers; otherwise their packages and redis-server are installed
// first when missing (bench/peers/install.mjs, scripts/ensure-redis.sh).
const peers = process.env.BENCH_PEERS === '0' ? undefined : await part('peers install', loadPeers);
const nats = await startNatsServer();
const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/);
const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/);
const agentAddress = agent.match[2];
const orchAddress = orch.match[1];

const protos = loadProtos();
// The receive window Troupe's typed client uses (the default 64 KiB throttles any stream).
const options = { 'grpc.max_receive_message_length': 16 << 20, 'grpc-node.flow_control_window': 1 << 20 };
const direct = new protos.agent.troupe.v1.AgentService(agentAddress, grpc.credentials.createInsecure(), options);
const orchestrated = new protos.orchestrator.troupe.v1.OrchestratorService(orchAddress, grpc.credentials.createInsecure(), options);
const input = toValue({ hello: 'bench' });
const unary = (client, method, request) => () =>
  new Promise((resolve, reject) => client[method](request, (err, res) => (err ? reject(err) : resolve(res))));
const directCall = unary(direct, 'Execute', { task: { capability: 'echo.say', input } });
const orchCall = unary(orchestrated, 'SubmitTask', { capability: 'echo.say', input });

await untilRouted(orchCall);

const streamInput = toValue({ count: STREAM_CHUNKS, chunkBytes: CHUNK_BYTES });
const countChunks = (call) =>
  async function* () {
    for await (const message of call()) if (message.chunk) yield 1;
  };
const directStream = countChunks(() => direct.ExecuteStream({ task: { capability: 'echo.stream', input: streamInput } }));
const orchStream = countChunks(() => orchestrated.StreamTask({ capability: 'echo.stream', input: streamInput }));

const results = {};
const c1 = C1_COUNT;
await part('unary', async () => {
  results.direct_c1 = await closedLoop(directCall, { concurrency: 1, count: c1 });
  results.orch_c1 = await closedLoop(orchCall, { concurrency: 1, count: c1 });
  results.direct_c64 = await closedLoop(directCall, { concurrency: 64, count: UNARY_COUNT, pids: [agent.child.pid] });
  results.orch_c64 = await closedLoop(orchCall, { concurrency: 64, count: UNARY_COUNT, pids: [orch.child.pid, agent.child.pid] });
});
// Moleculer and NATS request-reply on this nats-server, right after Troupe's unary rows.
const unaryPeers = peers && (await part('unary peers', () => benchUnaryPeers(peers, { natsUrl: nats.url, natsPid: nats.pid, c1Count: c1, count: UNARY_COUNT })));
// SubmitTasks: many tasks over one stream (64 and 1,024 in flight), same orchestrator and agent.
const bulk = await part('bulk', () => benchBulk({ orchAddress, count: UNARY_COUNT, concurrency: [64, 1024] }));
await part('streams', async () => {
  Object.assign(results, await alternateStreams(directStream, orchStream, STREAM_ROUNDS, { chunks: STREAM_CHUNKS, chunkBytes: CHUNK_BYTES }));
});

const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
const runClient = createOrchestratorClient(orchAddress);
const directEcho = (value) => new Promise((resolve, reject) =>
  direct.Execute({ task: { capability: 'echo.say', input: toValue(value) } }, (err, res) => (err ? reject(err) : resolve(res.result?.output ?? null))),
);
Object.assign(results, await part('runs', () => benchRuns({ client: runClient, direct: directEcho, count: size('BENCH_RUN_COUNT', 1500, 100) })));
runClient.close();

// TLS + token on versus off (BENCH_SECURE=0 skips it): a second stack with API TLS,
// bearer tokens and mTLS to the agent, measured while the plaintext one is still up.
let secure;
if (process.env.BENCH_SECURE !== '0') {
  secure = await part('TLS + token', async () => {
    const stack = await startSecureStack({ startTroupe, startNatsServer, protos, clientOptions: options });
    try {
      const secureCall = unary(stack.client, 'SubmitTask', { capability: 'echo.say', input });
      await untilRouted(secureCall);
      const secureStream = countChunks(() => stack.client.StreamTask({ capability: 'echo.stream', input: streamInput }));
      // The same history as the plaintext orchestrator (c=1 first): a fresh process is
      // several times slower at c=64 until warm, which would dwarf the cost of TLS.
      const c1Secure = await closedLoop(secureCall, { concurrency: 1, count: c1 });
      // Alternated with the plaintext orchestrator (3 rounds of a third each, medians): CI
      // and the other processes on this machine swing a single round by ±30%.
      const plainRounds = [];
      const secureRounds = [];
      const third = Math.ceil(UNARY_COUNT / 3);
      for (let i = 0; i < 3; i++) {
        plainRounds.push(await closedLoop(orchCall, { concurrency: 64, count: third }));
        secureRounds.push(await closedLoop(secureCall, { concurrency: 64, count: third }));
      }
      const byRate = (a, b) => a.perSecond - b.perSecond;
      const c64 = secureRounds.sort(byRate)[1];
      const plainC64 = plainRounds.sort(byRate)[1];
      const streams = await alternateStreams(orchStream, secureStream, STREAM_ROUNDS, { chunks: STREAM_CHUNKS, chunkBytes: CHUNK_BYTES });
      return { c1: c1Secure, c64, plainC64, plainStream: streams.direct_stream, stream: streams.orch_stream, pairRatios: streams.stream_pair_ratios };
    } finally {
      await stack.stop();
    }
  });
}
direct.close();
orchestrated.close();
await agent.stop();
await orch.stop();
// Tracing exported to a local OTLP receiver versus off (BENCH_TRACING=0 skips it): fresh pairs, own nats-server.
const tracing =
  process.env.BENCH_TRACING === '0'
    ? undefined
    : await part('tracing', () =>
        benchTracing({
          startTroupe,
          startNatsServer,
          unaryCount: size('BENCH_TRACING_UNARY_COUNT', 6_000, 300),
          runCount: size('BENCH_TRACING_RUN_COUNT', 600, 50),
          rounds: size('BENCH_TRACING_ROUNDS', 3, 1),
        }),
      );
const podcast = await part('podcast', () =>
  benchPodcast({ natsUrl: nats.url, startTroupe, runs: size('BENCH_PODCAST_RUNS', 5, 1), repeats: size('BENCH_PODCAST_REPEATS', 3, 1) }),
);
await nats.stop();
// BullMQ, alternated with Troupe's durable rounds (redis-server and its worker idle in between).
const bullmq = peers?.bullmq && (await peers.bullmq.startBullmqPeer());
let durability;
try {
  // Its own nats-server: empty buckets.
  durability = await part('durability', () =>
    benchDurability({
      startTroupe,
      count: DURABLE_COUNT,
      rounds: size('BENCH_DURABLE_ROUNDS', 2, 1),
      c1Count: DURABLE_C1_COUNT,
      alongside: bullmq && (() => bullmq.measure({ count: size('BENCH_BULLMQ_COUNT', 6_000, 300), c1Count: DURABLE_C1_COUNT })),
      recoveryRuns: size('BENCH_RECOVERY_RUNS', 10_000, 100),
      // BENCH_SYNC=0 skips the sync_interval comparison (it needs the pinned nats-server).
      syncInterval: process.env.BENCH_SYNC !== '0',
      syncPuts: size('BENCH_SYNC_PUTS', 3000, 500),
    }),
  );
} finally {
  await bullmq?.stop();
}

// Optional (BENCH_PAYLOAD_ITERATIONS=0 skips it); its own nats-server.
const payloadIterations = size('BENCH_PAYLOAD_ITERATIONS', 5, 1);
const payloads = payloadIterations > 0 ? await part('payloads', () => benchPayloads({ iterations: payloadIterations })) : undefined;

// Last, on its own nats-server: 100,000 runs in flight leave this process a heap of gigabytes,
// whose collection would stall whatever this process measured next (the podcast's first chunk,
// BullMQ's client side).
const heapNats = await startNatsServer();
const heapFigures = await part('heap', () => benchRunHeap({ natsUrl: heapNats.url, startTroupe, runs: size('BENCH_HEAP_RUNS', 100_000, 500) })).finally(() => heapNats.stop());

const r = (x) => Math.round(x * 100) / 100;
const figures = {
  unary_c1_direct_per_s: r(results.direct_c1.perSecond),
  unary_c1_orch_per_s: r(results.orch_c1.perSecond),
  unary_c1_ratio: r(results.orch_c1.perSecond / results.direct_c1.perSecond),
  unary_c1_direct_p50_ms: r(results.direct_c1.p50),
  unary_c1_orch_p50_ms: r(results.orch_c1.p50),
  unary_c1_direct_p99_ms: r(results.direct_c1.p99),
  unary_c1_orch_p99_ms: r(results.orch_c1.p99),
  unary_c1_added_p50_ms: r(results.orch_c1.p50 - results.direct_c1.p50),
  unary_c64_direct_per_s: r(results.direct_c64.perSecond),
  unary_c64_orch_per_s: r(results.orch_c64.perSecond),
  unary_c64_ratio: r(results.orch_c64.perSecond / results.direct_c64.perSecond),
  stream_direct_chunks_per_s: r(results.direct_stream.perSecond),
  stream_orch_chunks_per_s: r(results.orch_stream.perSecond),
  stream_ratio: r(results.orch_stream.perSecond / results.direct_stream.perSecond),
  stream_rounds: STREAM_ROUNDS,
  stream_pair_ratio_min: r(Math.min(...results.stream_pair_ratios)),
  stream_pair_ratio_max: r(Math.max(...results.stream_pair_ratios)),
  run_linear3_direct_per_s: r(results.linear_direct.perSecond),
  run_linear3_orch_per_s: r(results.linear_orch.perSecond),
  run_linear3_ratio: r(results.linear_orch.perSecond / results.linear_direct.perSecond),
  run_linear3_orch_p50_ms: r(results.linear_orch.p50),
  run_linear3_orch_p99_ms: r(results.linear_orch.p99),
  run_linear3_direct_p50_ms: r(results.linear_direct.p50),
  run_fanout10_direct_per_s: r(results.fanout_direct.perSecond),
  run_fanout10_orch_per_s: r(results.fanout_orch.perSecond),
  run_fanout10_ratio: r(results.fanout_orch.perSecond / results.fanout_direct.perSecond),
  run_fanout10_orch_p50_ms: r(results.fanout_orch.p50),
  run_fanout10_orch_p99_ms: r(results.fanout_orch.p99),
  run_fanout10_direct_p50_ms: r(results.fanout_direct.p50),
  ...bulk,
  bulk_c64_vs_unary_c64_ratio: r(bulk.bulk_c64_per_s / results.orch_c64.perSecond),
  bulk_vs_unary_c64_ratio: r(bulk.bulk_c1024_per_s / results.orch_c64.perSecond),
  heap_bytes_per_inflight_run: heapFigures.bytesPerRun,
  heap_inflight_runs: heapFigures.runs,
  heap_inflight_completed: heapFigures.completed,
  heap_inflight_rss_mb: heapFigures.rssMb,
  ...(heapFigures.runs >= 100_000 ? { inflight_100k_heap_bytes_per_run: heapFigures.bytesPerRun } : {}),
  tts_rtf: Math.round(podcast.tts_rtf * 10_000) / 10_000,
  tts_first_chunk_direct_ms: r(podcast.tts_first_chunk_direct_ms),
  podcast_first_chunk_ms_p50: r(podcast.podcast_first_chunk_ms_p50),
  podcast_first_chunk_ms_max: r(podcast.podcast_first_chunk_ms_max),
  audio_relay_direct_chunks_per_s: r(podcast.audio_relay_direct_chunks_per_s),
  audio_relay_orch_chunks_per_s: r(podcast.audio_relay_orch_chunks_per_s),
  audio_relay_direct_audio_s_per_s: r(podcast.audio_relay_direct_audio_s_per_s),
  audio_relay_orch_audio_s_per_s: r(podcast.audio_relay_orch_audio_s_per_s),
  audio_relay_ratio: r(podcast.audio_relay_ratio),
  durable_linear3_off_per_s: r(durability.linearOff.perSecond),
  durable_linear3_on_per_s: r(durability.linearOn.perSecond),
  durable_linear3_ratio: r(durability.linearOn.perSecond / durability.linearOff.perSecond),
  durable_linear3_off_p50_ms: r(durability.linearOff.p50),
  durable_linear3_on_p50_ms: r(durability.linearOn.p50),
  durable_linear3_off_p99_ms: r(durability.linearOff.p99),
  durable_linear3_on_p99_ms: r(durability.linearOn.p99),
  durable_linear3_p99_ratio: r(durability.linearOn.p99 / durability.linearOff.p99),
  recovery_runs: durability.recovery.runs,
  recovery_ms: r(durability.recovery.totalMs),
  ...(durability.recovery.runs >= 10_000 ? { recovery_10k_ms: r(durability.recovery.totalMs) } : {}),
  recovery_after_ready_ms: r(durability.recovery.afterReadyMs),
  recovery_startup_ms: r(durability.recovery.startMs),
  recovery_complete_after_release_ms: r(durability.recovery.completeAfterReleaseMs),
  ...(durability.sync
    ? {
        sync_always_kv_puts_per_s: r(durability.sync.always.puts.perSecond),
        sync_default_kv_puts_per_s: r(durability.sync.default.puts.perSecond),
        sync_kv_puts_ratio: r(durability.sync.putsRatio),
        sync_always_linear3_per_s: r(durability.sync.always.runs.perSecond),
        sync_default_linear3_per_s: r(durability.sync.default.runs.perSecond),
        sync_linear3_ratio: r(durability.sync.runsRatio),
      }
    : {}),
  ...(tracing
    ? {
        tracing_unary_c64_off_per_s: r(tracing.unaryOff),
        tracing_unary_c64_on_per_s: r(tracing.unaryOn),
        tracing_unary_c64_ratio: r(tracing.unaryOn / tracing.unaryOff),
        tracing_run3_off_per_s: r(tracing.runsOff),
        tracing_run3_on_per_s: r(tracing.runsOn),
        tracing_run3_ratio: r(tracing.runsOn / tracing.runsOff),
        tracing_export_bytes_per_call: Math.round(tracing.exportedBytesPerCall),
      }
    : {}),
  ...(payloads
    ? { payload_16m_direct_mb_per_s: r(payloads.directMBps), payload_16m_ref_mb_per_s: r(payloads.refMBps), payload_16m_ratio: r(payloads.ratio) }
    : {}),
  ...(secure
    ? {
        secure_unary_c1_per_s: r(secure.c1.perSecond),
        secure_unary_c1_ratio: r(secure.c1.perSecond / results.orch_c1.perSecond),
        secure_unary_c1_p50_ms: r(secure.c1.p50),
        secure_unary_c64_plain_per_s: r(secure.plainC64.perSecond),
        secure_unary_c64_per_s: r(secure.c64.perSecond),
        secure_unary_c64_ratio: r(secure.c64.perSecond / secure.plainC64.perSecond),
        secure_stream_plain_chunks_per_s: r(secure.plainStream.perSecond),
        secure_stream_chunks_per_s: r(secure.stream.perSecond),
        secure_stream_ratio: r(secure.stream.perSecond / secure.plainStream.perSecond),
        secure_stream_pair_ratio_min: r(Math.min(...secure.pairRatios)),
        secure_stream_pair_ratio_max: r(Math.max(...secure.pairRatios)),
      }
    : {}),
};
Object.assign(figures, troupeFigures({ orchC64: results.orch_c64, directC64: results.direct_c64, durableOn: durability.rounds.on }));
if (peers) Object.assign(figures, peerFigures(figures, { bullmq: durability.alongside, unary: unaryPeers, skipped: peers.skipped }));
if (QUICK) figures.quick = true;

const rows = [
  ['unary c=1 calls/s', figures.unary_c1_direct_per_s, figures.unary_c1_orch_per_s, figures.unary_c1_ratio],
  ['unary c=1 p50 ms', figures.unary_c1_direct_p50_ms, figures.unary_c1_orch_p50_ms, r(figures.unary_c1_orch_p50_ms / figures.unary_c1_direct_p50_ms)],
  ['unary c=1 p99 ms', figures.unary_c1_direct_p99_ms, figures.unary_c1_orch_p99_ms, r(figures.unary_c1_orch_p99_ms / figures.unary_c1_direct_p99_ms)],
  ['unary c=64 calls/s', figures.unary_c64_direct_per_s, figures.unary_c64_orch_per_s, figures.unary_c64_ratio],
  [`stream ${STREAM_CHUNKS}×${CHUNK_BYTES} B chunks/s †`, figures.stream_direct_chunks_per_s, figures.stream_orch_chunks_per_s, figures.stream_ratio],
  ['3-step linear run, runs/s (c=16)', figures.run_linear3_direct_per_s, figures.run_linear3_orch_per_s, figures.run_linear3_ratio],
  ['3-step linear run, p50 / p99 ms', `${figures.run_linear3_direct_p50_ms}`, `${figures.run_linear3_orch_p50_ms} / ${figures.run_linear3_orch_p99_ms}`, ''],
  ['10-way fan-out run, runs/s (c=16)', figures.run_fanout10_direct_per_s, figures.run_fanout10_orch_per_s, figures.run_fanout10_ratio],
  ['10-way fan-out run, p50 / p99 ms', `${figures.run_fanout10_direct_p50_ms}`, `${figures.run_fanout10_orch_p50_ms} / ${figures.run_fanout10_orch_p99_ms}`, ''],
  ['tts.synthesize audio s/s', figures.audio_relay_direct_audio_s_per_s, figures.audio_relay_orch_audio_s_per_s, figures.audio_relay_ratio],
  ['tts.synthesize chunks/s', figures.audio_relay_direct_chunks_per_s, figures.audio_relay_orch_chunks_per_s, r(figures.audio_relay_orch_chunks_per_s / figures.audio_relay_direct_chunks_per_s)],
  ['3-step runs/s, durable off | on *', figures.durable_linear3_off_per_s, figures.durable_linear3_on_per_s, figures.durable_linear3_ratio],
  ['3-step p50 ms, durable off | on *', figures.durable_linear3_off_p50_ms, figures.durable_linear3_on_p50_ms, r(figures.durable_linear3_on_p50_ms / figures.durable_linear3_off_p50_ms)],
  ['3-step p99 ms, durable off | on *', figures.durable_linear3_off_p99_ms, figures.durable_linear3_on_p99_ms, figures.durable_linear3_p99_ratio],
];
if (secure) {
  rows.push(['unary c=1 /s, TLS+token off|on §', figures.unary_c1_orch_per_s, figures.secure_unary_c1_per_s, figures.secure_unary_c1_ratio]);
  rows.push(['unary c=64 /s, TLS+token off|on §', figures.secure_unary_c64_plain_per_s, figures.secure_unary_c64_per_s, figures.secure_unary_c64_ratio]);
  rows.push(['stream chunks/s, TLS+token off|on §', figures.secure_stream_plain_chunks_per_s, figures.secure_stream_chunks_per_s, figures.secure_stream_ratio]);
}
if (tracing) {
  rows.push(['unary c=64 /s, tracing off|on ‖', figures.tracing_unary_c64_off_per_s, figures.tracing_unary_c64_on_per_s, figures.tracing_unary_c64_ratio]);
  rows.push(['3-step runs/s, tracing off|on ‖', figures.tracing_run3_off_per_s, figures.tracing_run3_on_per_s, figures.tracing_run3_ratio]);
}
if (payloads) rows.push(['16 MiB payload put+get MB/s ‡', figures.payload_16m_direct_mb_per_s, figures.payload_16m_ref_mb_per_s, figures.payload_16m_ratio]);
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('measure', 36)}${pad('direct grpc-js', 16)}${pad('orchestrated', 16)}ratio`);
for (const [name, a, b, ratio] of rows) console.log(`${pad(name, 36)}${pad(a, 16)}${pad(b, 16)}${ratio}`);
console.log(`added p50 latency: ${figures.unary_c1_added_p50_ms} ms`);
console.log(`† median of ${STREAM_ROUNDS} alternated rounds each; per-round ratios ${figures.stream_pair_ratio_min}–${figures.stream_pair_ratio_max}`);
console.log(`heap per in-flight run: ${figures.heap_bytes_per_inflight_run} B (${figures.heap_inflight_runs} runs in flight, RSS ${figures.heap_inflight_rss_mb} MiB, ${figures.heap_inflight_completed} completed after release${heapFigures.gcExposed ? '' : '; run node with --expose-gc for a steadier figure'})`);
console.log(`SubmitTasks (one stream): ${figures.bulk_c64_per_s} tasks/s with 64 in flight, ${figures.bulk_c1024_per_s} with 1,024 (p50 ${figures.bulk_c1024_p50_ms} ms): ${figures.bulk_c64_vs_unary_c64_ratio}× and ${figures.bulk_vs_unary_c64_ratio}× unary SubmitTask at 64 callers`);
console.log(`voice-forge: ${figures.tts_rtf} s of compute per s of audio (${r(podcast.tts_rtf_audio_s)} s of speech, warm), first chunk ${figures.tts_first_chunk_direct_ms} ms direct`);
console.log(`full-podcast: first audio chunk ${figures.podcast_first_chunk_ms_p50} ms after StartRun (p50 of ${podcast.podcast_runs} runs, max ${figures.podcast_first_chunk_ms_max} ms)`);
console.log(`* durability rows: the columns are an orchestrator with durable: false | durable: true (c=16, mean of ${durability.rounds.on.length} alternated rounds, own nats-server)`);
console.log(`recovery: ${figures.recovery_runs} unfinished runs resumed ${figures.recovery_ms} ms after starting a new process with the kill -9ed one's instance id (${figures.recovery_startup_ms} ms to listen, then ${figures.recovery_after_ready_ms} ms until every held task was dispatched again); all completed ${figures.recovery_complete_after_release_ms} ms after release`);
if (secure) console.log(`§ TLS+token rows: the columns are the plaintext orchestrator | one with API TLS, a bearer token on every call and mTLS to the agent (own nats-server); c=64: median of 3 alternated rounds; stream: median of ${STREAM_ROUNDS} alternated rounds, per-round ratios ${figures.secure_stream_pair_ratio_min}–${figures.secure_stream_pair_ratio_max}`);
if (tracing) console.log(`‖ tracing rows: the columns are an orchestrator and echo agent with trace export off | exporting every span to a local OTLP/HTTP receiver (${figures.tracing_export_bytes_per_call} B exported per call), fresh processes each round, mean of ${tracing.rounds} alternated rounds, own nats-server; 3-step runs in memory at c=16`);
if (durability.sync) for (const line of describeSyncInterval(durability.sync)) console.log(line);
if (payloads) console.log(`‡ payloads: the columns are a JetStream object put+get of a 16 MiB value | a run record holding it written and read through the run store (by reference), median of ${payloads.iterations}`);
console.log(`audio relay: ${r(podcast.audio_relay_audio_s)} s of speech per stream; both sides are bound by synthesis, so a ratio near 1 means the relay adds no bottleneck\n`);
if (peers) {
  const peerTable = peerRows(figures);
  console.log(`${pad('Troupe vs peers', 40)}${pad('peer', 16)}${pad('Troupe', 16)}Troupe ÷ peer`);
  for (const [name, a, b, ratio] of peerTable.rows) console.log(`${pad(name, 40)}${pad(a, 16)}${pad(b, 16)}${ratio}`);
  for (const note of peerTable.notes) console.log(note);
  console.log('');
}
if (QUICK) console.log('quick mode (--quick / BENCH_QUICK=1): small counts, figures for a smoke check, not for comparison\n');
console.log(JSON.stringify({ bench: 'dispatch', ...figures }));

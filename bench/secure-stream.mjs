// `node bench/secure-stream.mjs` (after `npm run build`): the stream relay alone, plaintext versus
// TLS + token (+ mTLS to the agent), in the same run, alternated rounds, median ratio: the
// `secure_stream_*` figures of `npm run bench` without the rest, quick enough to profile.
//
//   BENCH_STREAM_ROUNDS=15       alternated rounds (medians)
//   BENCH_SECURE_LAYERS=api,token,agent   which layers the secured stack turns on (to see which one costs)
//   BENCH_CPU_PROF=dir           write --cpu-prof profiles of the two orchestrators to dir
import * as grpc from '@grpc/grpc-js';
import { alternateStreams } from './measure.mjs';
import { startTroupe, untilRouted } from './processes.mjs';
import { startSecureStack } from './secure.mjs';

const { loadProtos } = await import('../dist/sdk/grpc/load-protos.js');
const { toValue } = await import('../dist/sdk/grpc/struct.js');
const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');

const STREAM_CHUNKS = 10_000;
const CHUNK_BYTES = 3_200;
const ROUNDS = Number(process.env.BENCH_STREAM_ROUNDS ?? 15);
const layers = new Set((process.env.BENCH_SECURE_LAYERS ?? 'api,token,agent').split(',').filter(Boolean));
const profileDir = process.env.BENCH_CPU_PROF;
const profileArgs = (name) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);

const protos = loadProtos();
// The receive window Troupe's typed client uses (the default 64 KiB throttles any stream).
const options = { 'grpc.max_receive_message_length': 16 << 20, 'grpc-node.flow_control_window': 1 << 20 };
const streamInput = toValue({ count: STREAM_CHUNKS, chunkBytes: CHUNK_BYTES });
const countChunks = (call) =>
  async function* () {
    for await (const message of call()) if (message.chunk) yield 1;
  };
/** One SubmitTask through `client`, resolved once it is answered. */
const submit = (client) => () => new Promise((resolve, reject) => client.SubmitTask({ capability: 'echo.say', input: toValue('x') }, (err) => (err ? reject(err) : resolve())));

const nats = await startNatsServer();
const orch = await startTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port=-1'], /orchestrator listening on (\S+)/, {}, profileArgs('plain-orchestrator'));
const agent = await startTroupe(['agent', 'echo', '--nats', nats.url], /agent \S+ \((\S+)\) listening on (\S+)/);
const plain = new protos.orchestrator.troupe.v1.OrchestratorService(orch.match[1], grpc.credentials.createInsecure(), options);
const stack = await startSecureStack({
  startTroupe: (args, pattern, env) => startTroupe(args, pattern, env, args[0] === 'orchestrator' ? profileArgs('secure-orchestrator') : []),
  startNatsServer,
  protos,
  clientOptions: options,
  apiTls: layers.has('api'),
  token: layers.has('token'),
  agentTls: layers.has('agent'),
});
let streams;
try {
  await untilRouted(submit(plain));
  await untilRouted(submit(stack.client));
  streams = await alternateStreams(
    countChunks(() => plain.StreamTask({ capability: 'echo.stream', input: streamInput })),
    countChunks(() => stack.client.StreamTask({ capability: 'echo.stream', input: streamInput })),
    ROUNDS,
    { chunks: STREAM_CHUNKS, chunkBytes: CHUNK_BYTES },
  );
} finally {
  plain.close();
  await stack.stop();
  await orch.stop();
  await agent.stop();
  await nats.stop();
}
const r = (x) => Math.round(x * 100) / 100;
const figures = {
  secure_layers: [...layers].join(','),
  secure_stream_rounds: ROUNDS,
  secure_stream_plain_chunks_per_s: r(streams.direct_stream.perSecond),
  secure_stream_chunks_per_s: r(streams.orch_stream.perSecond),
  secure_stream_ratio: r(streams.orch_stream.perSecond / streams.direct_stream.perSecond),
  secure_stream_pair_ratio_min: r(Math.min(...streams.stream_pair_ratios)),
  secure_stream_pair_ratio_max: r(Math.max(...streams.stream_pair_ratios)),
};
console.log(`stream ${STREAM_CHUNKS}×${CHUNK_BYTES} B chunks/s, plaintext ${figures.secure_stream_plain_chunks_per_s} → ${figures.secure_layers || 'nothing'} ${figures.secure_stream_chunks_per_s}: ${figures.secure_stream_ratio}× (rounds ${figures.secure_stream_pair_ratio_min}–${figures.secure_stream_pair_ratio_max})`);
console.log(JSON.stringify(figures));

// Tracing on ÷ off (issue #13, goal 7): an orchestrator and the echo agent that export every
// span to a local OTLP/HTTP receiver, against the same pair with export off; unary SubmitTask
// at c=64 and 3-step runs at c=16 (StartRun + WatchRun to the end), in alternated rounds on
// their own nats-server. The receiver answers every export at once and counts what it got:
// "on" must have exported, or the ratio would compare two untraced stacks.
import { createServer } from 'node:http';
import { closedLoop } from './measure.mjs';
import { untilAgentActive } from './processes.mjs';
import { LINEAR, runToEnd } from './runs.mjs';

const ORCH_READY = /orchestrator listening on (\S+)/;
const AGENT_READY = /agent \S+ \((\S+)\) listening on (\S+)/;

/** A local OTLP/HTTP traces receiver: answers 200 with an empty response, counts requests and bytes. */
async function startReceiver() {
  const seen = { requests: 0, bytes: 0 };
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk) => (bytes += chunk.length));
    req.on('end', () => {
      seen.requests++;
      seen.bytes += bytes;
      const json = String(req.headers['content-type']).includes('json');
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      res.end(json ? '{}' : undefined);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** One orchestrator + echo agent pair; `env` turns export on or off for both. */
async function startPair(startTroupe, createOrchestratorClient, natsUrl, env) {
  const orch = await startTroupe(['orchestrator', '--nats', natsUrl, '--grpc-port', '0', '--http-port=-1'], ORCH_READY, env);
  const agent = await startTroupe(['agent', 'echo', '--nats', natsUrl], AGENT_READY, env);
  const client = createOrchestratorClient(orch.match[1]);
  await untilAgentActive(client, 'echo.say');
  await client.registerWorkflow(LINEAR);
  return {
    client,
    stop: async () => {
      client.close();
      await agent.stop();
      await orch.stop();
    },
  };
}

/**
 * `rounds` alternated off/on rounds, each on a fresh pair: unary c=64 (`unaryCount` calls after
 * a c=1 warm-up) and 3-step runs at c=16 (`runCount`). Resolves with the means per mode and
 * what the receiver got per call while on.
 */
export async function benchTracing({ startTroupe, startNatsServer, unaryCount, runCount, rounds = 2 }) {
  const { createOrchestratorClient } = await import('../dist/sdk/client/index.js');
  const receiver = await startReceiver();
  const nats = await startNatsServer();
  const modes = {
    off: { env: { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: '' }, unary: [], runs: [] },
    on: { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_TRACES_EXPORTER: 'otlp' }, unary: [], runs: [] },
  };
  let exportedBytes = 0;
  let tracedCalls = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, mode] of Object.entries(modes)) {
        const pair = await startPair(startTroupe, createOrchestratorClient, nats.url, mode.env);
        const before = receiver.seen.bytes;
        try {
          const call = () => pair.client.submitTask({ capability: 'echo.say', input: { hello: 'bench' } });
          await closedLoop(call, { concurrency: 1, count: 200, warmup: 50 });
          mode.unary.push(await closedLoop(call, { concurrency: 64, count: unaryCount }));
          mode.runs.push(await closedLoop(() => runToEnd(pair.client, 'bench-linear', {}), { concurrency: 16, count: runCount, warmup: 20 }));
        } finally {
          await pair.stop(); // flushes the exporter
        }
        if (name === 'on') {
          exportedBytes += receiver.seen.bytes - before;
          tracedCalls += 250 + unaryCount + runCount + 20;
        }
      }
    }
    if (exportedBytes === 0) throw new Error('tracing "on" exported nothing to the OTLP receiver: the comparison would be meaningless');
    const rate = (results) => results.reduce((sum, x) => sum + x.perSecond, 0) / results.length;
    return {
      unaryOff: rate(modes.off.unary),
      unaryOn: rate(modes.on.unary),
      runsOff: rate(modes.off.runs),
      runsOn: rate(modes.on.runs),
      exportedBytesPerCall: exportedBytes / tracedCalls,
      rounds,
    };
  } finally {
    await nats.stop();
    await receiver.stop();
  }
}

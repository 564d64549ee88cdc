// The Moleculer baseline of SubmitTask (issue #13): `echo.say` on a service broker in
// its own process, called over the NATS transporter by a caller broker in the bench
// process. Server CPU is the service process's, read from /proc (nats-server's is
// reported apart by the caller, which knows its pid).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedLoop } from '../measure.mjs';
import { startNode } from '../processes.mjs';

const SERVICE = join(dirname(fileURLToPath(import.meta.url)), 'moleculer-service.mjs');
const PARAMS = { hello: 'bench' };

/**
 * Starts the service process and the caller broker on `natsUrl`; resolves with
 * `{ call, round, stop }` once the caller sees `echo`. `round({ concurrency, count, … })`
 * is a closed loop of `echo.say` calls that also returns `cpuMs: [service, ...pids]`.
 */
export async function startMoleculerPeer({ natsUrl, pids = [] }) {
  const { default: moleculer } = await import('moleculer');
  const service = await startNode(SERVICE, [natsUrl], /moleculer echo ready/);
  const caller = new moleculer.ServiceBroker({
    nodeID: `bench-caller-${process.pid}`,
    transporter: { type: 'NATS', options: { url: natsUrl, noAsyncTraces: true } },
    logger: false,
  });
  const stop = async () => {
    await caller.stop();
    await service.stop();
  };
  try {
    await caller.start();
    await caller.waitForServices(['echo'], 20_000);
  } catch (err) {
    await stop();
    throw err;
  }
  const call = (params = PARAMS) => caller.call('echo.say', params);
  const round = (opts) => closedLoop(() => call(), { ...opts, pids: [service.child.pid, ...pids] });
  return { call, round, stop };
}

/**
 * Calls/s of Moleculer `echo.say` over NATS in a closed loop (a fresh service and
 * caller, stopped after): for other benches that compare against Moleculer.
 */
export async function moleculerCallsPerSecond({ natsUrl, concurrency = 64, count = 20_000, maxMs = 10_000, warmup = 200 }) {
  const peer = await startMoleculerPeer({ natsUrl });
  try {
    return (await peer.round({ concurrency, count, maxMs, warmup })).perSecond;
  } finally {
    await peer.stop();
  }
}

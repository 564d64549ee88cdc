// Plain NATS request-reply, the floor under any NATS-borne RPC (issue #13): a responder
// process echoes each request; the bench process requests in a closed loop.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedLoop } from '../measure.mjs';
import { startNode } from '../processes.mjs';

const RESPONDER = join(dirname(fileURLToPath(import.meta.url)), 'nats-responder.mjs');
const SUBJECT = 'bench.peers.echo';

/**
 * Starts the responder and a client connection on `natsUrl`; resolves with `{ round, stop }`.
 * `round({ concurrency, count, … })` also returns `cpuMs: [responder, ...pids]`.
 */
export async function startNatsReplyPeer({ natsUrl, pids = [] }) {
  const { connect } = await import('nats');
  const responder = await startNode(RESPONDER, [natsUrl, SUBJECT], /nats responder ready/);
  let nc;
  try {
    nc = await connect({ servers: natsUrl, noAsyncTraces: true });
  } catch (err) {
    await responder.stop();
    throw err;
  }
  const payload = new TextEncoder().encode(JSON.stringify({ hello: 'bench' }));
  const call = () => nc.request(SUBJECT, payload, { timeout: 10_000 });
  return {
    round: (opts) => closedLoop(call, { ...opts, pids: [responder.child.pid, ...pids] }),
    async stop() {
      await nc.close();
      await responder.stop();
    },
  };
}

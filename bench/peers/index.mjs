// The peers Troupe is measured against in `npm run bench` (issue #13): BullMQ on
// redis-server, Moleculer over NATS, plain NATS request-reply. `loadPeers()` installs
// what they need (bench/peers/node_modules, Debian's redis-server) and imports them; a
// peer that cannot be installed comes back as `skipped[name]`, a reason to print.
import { installPeers } from './install.mjs';
import { ensureRedis } from './redis.mjs';

/** Resolves with `{ bullmq?, moleculer?, natsReply, skipped }` (modules, and name → why). */
export async function loadPeers() {
  const natsReply = await import('./nats-reply.mjs');
  const installed = await installPeers();
  if (!installed.ok) return { natsReply, skipped: { bullmq: installed.why, moleculer: installed.why } };
  const redis = await ensureRedis();
  return {
    bullmq: redis.ok ? await import('./bullmq.mjs') : undefined,
    moleculer: await import('./moleculer.mjs'),
    natsReply,
    skipped: redis.ok ? {} : { bullmq: redis.why },
  };
}

/**
 * The unary peers on the bench's nats-server (`natsPid` for its CPU): Moleculer and plain
 * NATS request-reply, each c=1 (`c1Count` calls, also the warm-up Troupe's orchestrator got)
 * then c=64 (`count` calls). Resolves with `{ moleculer?, nats }`, each `{ c1, c64 }` with
 * `c64.cpuMs` = [server process, nats-server].
 */
export async function benchUnaryPeers(peers, { natsUrl, natsPid, c1Count, count }) {
  const out = {};
  const measure = async (peer) => {
    try {
      const c1 = await peer.round({ concurrency: 1, count: c1Count });
      const c64 = await peer.round({ concurrency: 64, count });
      return { c1, c64 };
    } finally {
      await peer.stop();
    }
  };
  if (peers.moleculer) out.moleculer = await measure(await peers.moleculer.startMoleculerPeer({ natsUrl, pids: [natsPid] }));
  out.nats = await measure(await peers.natsReply.startNatsReplyPeer({ natsUrl, pids: [natsPid] }));
  return out;
}

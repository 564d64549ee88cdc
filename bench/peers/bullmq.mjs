// The BullMQ baseline of Troupe's durable 3-step runs (issue #13): a FlowProducer chain of
// three no-op jobs (a → b → c: c waits for b, b for a), added and awaited by the bench
// process, executed by a worker process against a redis-server with AOF (fsync every
// second). Server CPU is redis-server's plus the worker's, read from /proc.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedLoop } from '../measure.mjs';
import { startNode } from '../processes.mjs';
import { startRedis } from './redis.mjs';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'bullmq-worker.mjs');
const QUEUE = 'bench-chain';

/**
 * Starts redis-server, the worker process and the bench's FlowProducer; resolves with
 * `{ chain, round, measure, stop }`. `chain()` adds one 3-job flow and resolves when its
 * last job completed; `round({ concurrency, count, maxMs, warmup })` is a closed loop of
 * chains that also returns `cpuMs: [redis, worker]` over the measured window;
 * `measure({ count, c1Count })` is one c=16 round then one c=1 round (`{ c16, c1 }`).
 */
export async function startBullmqPeer({ workerConcurrency = 32 } = {}) {
  const { FlowProducer, QueueEvents } = await import('bullmq');
  const redis = await startRedis();
  const closers = [() => redis.stop()];
  const stop = async () => {
    for (const close of closers.reverse()) await close();
  };
  try {
    const worker = await startNode(WORKER, [String(redis.port), QUEUE, String(workerConcurrency)], /bullmq worker ready/);
    closers.push(() => worker.stop());
    const connection = { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null };
    const flow = new FlowProducer({ connection });
    // Each add() in flight holds a 'closing' listener: 16 concurrent chains pass Node's default warning limit of 10.
    flow.setMaxListeners(0);
    closers.push(() => flow.close());
    const events = new QueueEvents(QUEUE, { connection });
    closers.push(() => events.close());
    await events.waitUntilReady();
    const job = (name, children) => ({ name, queueName: QUEUE, data: { n: 1 }, ...(children ? { children } : {}) });
    const chain = async () => {
      const tree = await flow.add(job('c', [job('b', [job('a')])]));
      await tree.job.waitUntilFinished(events, 30_000);
    };
    const pids = [redis.pid, worker.child.pid];
    const round = (opts) => closedLoop(chain, { ...opts, pids });
    // As Troupe's durable rounds (durability.mjs): c=16 after a short warm-up, then c=1.
    const measure = async ({ count, c1Count }) => ({
      c16: await round({ concurrency: 16, count, maxMs: 7_500, warmup: 50 }),
      c1: await round({ concurrency: 1, count: c1Count, maxMs: 5_000, warmup: 0 }),
    });
    return { chain, round, measure, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

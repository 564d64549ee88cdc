// The BullMQ baseline's worker, in its own process so that its CPU can be read from
// /proc: `node bullmq-worker.mjs <redis port> <queue> <concurrency>`. Every job is a
// no-op that returns its data, as Troupe's echo steps do. Prints a line when ready.
import { Worker } from 'bullmq';

const [port, queue, concurrency] = process.argv.slice(2);
const worker = new Worker(queue, async (job) => job.data, {
  connection: { host: '127.0.0.1', port: Number(port), maxRetriesPerRequest: null },
  concurrency: Number(concurrency),
});
worker.on('error', (err) => console.error(`bullmq worker: ${err.message}`));
await worker.waitUntilReady();
console.log('bullmq worker ready');

process.once('SIGTERM', () => {
  worker.close().then(() => process.exit(0), () => process.exit(1));
});

// Big payloads by reference: a run record holding a 16 MiB input written and read
// back through the run store (KvRunStore + PayloadRefs: the value goes to the
// troupe_payloads object store, the KV record holds a reference), against a plain
// JetStream object put and get of the same 16 MiB, in the same process and run.
import { randomBytes } from 'node:crypto';

const MiB = 1024 * 1024;

/** A 16 MiB-ish JSON string value that does not repeat (base64 of random bytes). */
function bigString(bytes) {
  return randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').slice(0, bytes);
}

function record(runId, input) {
  const now = Date.now();
  return {
    runId,
    workflow: 'bench-payload',
    workflowVersion: 1,
    input,
    priority: 3,
    deadlineAt: null,
    createdAt: now,
    status: 'running',
    owner: 'bench',
    epoch: 1,
    run: { status: 'active', value: 'running', context: { input } },
    tasks: {},
    outputs: {},
    updatedAt: now,
  };
}

/**
 * Resolves with `{ refMBps, directMBps, ratio, iterations, bytes }`: MB/s of a
 * put+get round trip of one 16 MiB value each way (median of `iterations`).
 */
export async function benchPayloads({ iterations = 5, bytes = 16 * MiB } = {}) {
  const { connect } = await import('nats');
  const { startNatsServer } = await import('../dist/sdk/testing/nats-server.js');
  const { openBuckets, openPayloads, KvRunStore } = await import('../dist/orchestrator/store/index.js');
  const nats = await startNatsServer();
  const nc = await connect({ servers: nats.url });
  try {
    const buckets = await openBuckets(nc);
    const payloads = await openPayloads(nc);
    const runs = new KvRunStore(buckets.runs, { payloads });
    const os = await nc.jetstream().views.os('bench_direct');
    const ref = [];
    const direct = [];
    for (let i = 0; i < iterations; i++) {
      // A fresh value each time: nothing is answered from PayloadRefs' caches.
      const value = bigString(bytes);
      const encoded = new TextEncoder().encode(JSON.stringify(value));
      let t = performance.now();
      await os.putBlob({ name: `direct-${i}` }, encoded);
      const got = await os.getBlob(`direct-${i}`);
      JSON.parse(new TextDecoder().decode(got));
      direct.push(performance.now() - t);

      t = performance.now();
      await runs.put(record(`bench-${i}`, value), null);
      const stored = await runs.get(`bench-${i}`);
      if (stored?.record.input.length !== value.length) throw new Error('payload bench: the value did not come back intact');
      ref.push(performance.now() - t);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const mbps = (ms) => (2 * bytes) / MiB / (ms / 1000);
    const refMBps = mbps(median(ref));
    const directMBps = mbps(median(direct));
    return { refMBps, directMBps, ratio: refMBps / directMBps, iterations, bytes };
  } finally {
    await nc.close();
    await nats.stop();
  }
}

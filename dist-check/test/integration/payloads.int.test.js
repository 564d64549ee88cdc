import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asView } from '../../src/cli/format/run-types.js';
import { LIT_KEY, openPayloads, PAYLOAD_BUCKET, REF_KEY } from '../../src/orchestrator/store/index.js';
import { defineAgent, Status } from '../../src/sdk/index.js';
import { startOrchestrator } from '../../src/orchestrator/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startCluster, testLogger } from '../helpers/cluster.js';
import { errorOf } from '../helpers/errors.js';
// Values larger than NATS's max payload (1 MiB) go to the JetStream object store by
// reference, transparently: StartRun input, run records, step outputs, GetRun.
const MiB = 1024 * 1024;
const sha = (s) => createHash('sha256').update(s).digest('hex');
/** A string of `bytes` ASCII characters that does not compress or repeat. */
const blob = (bytes) => randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').slice(0, bytes);
const WORKFLOW = `
name: big-echo
steps:
  - { id: one, capability: big.echo, input: { blob: "\${input.blob}" }, timeout_ms: 60000 }
  - { id: two, capability: big.echo, depends_on: [one], input: { blob: "\${steps.one.output.blob}" }, timeout_ms: 60000 }
output: "\${steps.two.output.blob}"
`.trim();
const MAKE = `
name: big-make
steps:
  - { id: make, capability: big.make, input: { bytes: "\${input.bytes}" }, timeout_ms: 60000, retry: { max_attempts: 1 } }
`.trim();
async function finished(cluster, runId) {
    for await (const event of cluster.client.watchRun(runId))
        if (event.type.startsWith('run.') && event.type !== 'run.started')
            break;
    return asView(await cluster.client.getRun(runId));
}
describe('big payloads by reference', () => {
    let cluster;
    let nc;
    /** What the agent's handler saw: the input's type, size and hash, and whether it looked like a reference. */
    const seen = [];
    beforeAll(async () => {
        cluster = await startCluster({ retentionSweepMs: 86_400_000 });
        nc = await connect({ servers: cluster.nats.url });
        const agent = await cluster.startAgent(defineAgent({
            name: 'big',
            version: '1.0.0',
            capabilities: [{ name: 'big.echo' }, { name: 'big.make' }],
            handlers: {
                'big.make': (input) => blob(input.bytes),
                'big.echo': (input) => {
                    const value = input.blob;
                    const text = typeof value === 'string' ? value : JSON.stringify(value);
                    seen.push({ type: typeof value, bytes: text.length, sha: sha(text), ref: text.includes(REF_KEY) });
                    return { blob: value };
                },
            },
        }));
        await cluster.waitActive(agent.instanceId);
        await cluster.client.registerWorkflow(WORKFLOW);
        await cluster.client.registerWorkflow(MAKE);
    }, 30_000);
    afterAll(async () => {
        await nc?.close();
        await cluster?.close();
    });
    it('runs a 16 MiB input through two steps; the record holds references; retention deletes the objects', async () => {
        const input = blob(16 * MiB);
        const { runId } = await cluster.client.startRun({ workflow: 'big-echo', input: { blob: input } });
        const report = await finished(cluster, runId);
        expect(report.status).toBe('completed');
        const output = report.output;
        expect(output.length).toBe(input.length);
        expect(sha(output)).toBe(sha(input));
        // The agent saw plain 16 MiB strings, twice, never a reference.
        expect(seen).toEqual([
            { type: 'string', bytes: input.length, sha: sha(input), ref: false },
            { type: 'string', bytes: input.length, sha: sha(input), ref: false },
        ]);
        // The KV record is small and holds references; the objects exist.
        const stores = cluster.orchestrator.stores;
        const entry = await stores.buckets.runs.kv.get(runId);
        expect(entry.value.byteLength).toBeLessThan(MiB);
        const raw = entry.string();
        const names = [...raw.matchAll(/"\$troupe_ref":"obj:([^"]+)"/g)].map((m) => m[1]);
        expect(names.length).toBeGreaterThan(0);
        const os = await nc.jetstream().views.os(PAYLOAD_BUCKET);
        for (const name of new Set(names))
            expect((await os.info(name))?.size).toBeGreaterThan(0);
        // Read back through the store (what GetRun of a run not in memory and adoption use): intact.
        const stored = await stores.runs.get(runId);
        expect(sha(stored.record.input.blob)).toBe(sha(input));
        expect(sha(stored.record.outputs.two.output.blob)).toBe(sha(input));
        // Another orchestrator (the run is not in its memory) answers GetRun from the store, intact.
        const other = await startOrchestrator({ natsUrl: cluster.nats.url, grpcPort: 0, httpPort: -1, logLevel: 'silent', discoveryWaitMs: 0 }, { logger: testLogger });
        const otherClient = createOrchestratorClient(other.grpcAddress);
        try {
            const remote = (await otherClient.getRun(runId));
            expect(remote.status).toBe('completed');
            expect(sha(remote.output)).toBe(sha(input));
        }
        finally {
            otherClient.close();
            await other.stop();
        }
        // Retention removes the run, then its objects.
        const removed = await cluster.orchestrator.engine.sweepRetention(Date.now() + 30 * 86_400_000);
        expect(removed).toContain(runId);
        expect(await stores.runs.get(runId)).toBeUndefined();
        for (const name of new Set(names))
            expect(await os.info(name)).toBeNull();
    }, 120_000);
    it('refuses a 65 MiB StartRun input with RESOURCE_EXHAUSTED naming the limit and the setting', async () => {
        const err = await errorOf(cluster.client.startRun({ workflow: 'big-echo', input: { blob: blob(65 * MiB) } }));
        expect(err.code).toBe(Status.RESOURCE_EXHAUSTED);
        expect(err.message).toContain('67108864');
        expect(err.message).toContain('TROUPE_MAX_PAYLOAD_BYTES');
    }, 60_000);
    it('fails a step whose agent returns more than the limit, naming the setting', async () => {
        const { runId } = await cluster.client.startRun({ workflow: 'big-make', input: { bytes: 65 * MiB } });
        const report = await finished(cluster, runId);
        expect(report.status).toBe('failed');
        expect(JSON.stringify(report)).toContain('TROUPE_MAX_PAYLOAD_BYTES');
    }, 60_000);
    it('runs a 2 MiB SubmitTask', async () => {
        const input = blob(2 * MiB);
        const result = await cluster.client.submitTask({ capability: 'big.echo', input: { blob: input } });
        expect(sha(result.output.blob)).toBe(sha(input));
    }, 30_000);
    it('keeps the fields list() readers use in place when a record has many medium values', async () => {
        const runs = cluster.orchestrator.stores.runs;
        const outputs = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}`, { output: { text: blob(10 * 1024) }, status: 'succeeded' }]));
        outputs.s0.output.text = blob(2 * MiB);
        const steps = Object.fromEntries(Object.entries(outputs).map(([id, o]) => [id, { status: 'succeeded', output: o.output, note: blob(900) }]));
        const now = Date.now();
        const record = {
            runId: 'many-medium',
            workflow: 'w',
            workflowVersion: 1,
            input: { text: blob(40 * 1024) },
            priority: 3,
            deadlineAt: null,
            createdAt: now,
            status: 'completed',
            owner: 'me',
            epoch: 1,
            run: { status: 'done', value: 'completed', context: { endedAt: now, error: null, steps } },
            tasks: {},
            outputs,
            updatedAt: now,
        };
        // Most values are under the inline limit, together over it: without the pin the whole record would go by reference.
        await runs.put(record, null);
        const listed = (await runs.list()).find((r) => r.record.runId === 'many-medium');
        expect(listed.record).toMatchObject({ status: 'completed', owner: 'me', epoch: 1, updatedAt: now });
        expect(listed.record.run.context.endedAt).toBe(now);
        expect((await runs.get('many-medium')).record).toEqual(record);
        await runs.delete('many-medium');
        expect(await runs.deletePayloads(['many-medium'])).toBeGreaterThan(0);
    });
    it('never mistakes user data for a reference, and reports a missing object as UNAVAILABLE', async () => {
        const refs = await openPayloads(nc);
        const tricky = {
            look: { [REF_KEY]: 'obj:nope/00', bytes: 1, sha256: '00' },
            lit: { [LIT_KEY]: { [REF_KEY]: 'x' } },
            both: { [LIT_KEY]: 1, [REF_KEY]: 2, other: [3] },
            big: blob(200 * 1024),
            list: [blob(100 * 1024), { n: 1 }],
        };
        const stored = await refs.externalize('run-x', tricky);
        expect(JSON.stringify(stored).length).toBeLessThan(4096);
        expect(await refs.resolve(stored)).toEqual(tricky);
        // Encoding the same value again uploads nothing new and gives the same references.
        expect(await refs.externalize('run-x', tricky)).toEqual(stored);
        await refs.deleteRuns(['run-x']);
        const err = await errorOf(refs.resolve(stored));
        expect(err.code).toBe(Status.UNAVAILABLE);
        expect(err.message).toContain(PAYLOAD_BUCKET);
    });
});
//# sourceMappingURL=payloads.int.test.js.map
/**
 * The real nats CLI (natscli v0.5.0, built by scripts/ensure-tools.sh) sees Troupe
 * agents as NATS micro services: `micro ls` lists them, `micro info` shows one
 * endpoint per capability, and `micro stats` counts the tasks each capability served
 * over gRPC (requests, errors, processing time), not only NATS requests.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent, InvalidArgumentError, Status } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { toolPath } from '../helpers/tools.js';
/** A calculator whose `calc.add` fails on `{ fail: true }` and whose `calc.count` stream fails on a negative count. */
const calc = defineAgent({
    name: 'calc',
    version: '2.1.0',
    description: 'adds and counts',
    maxConcurrency: 8,
    capabilities: [
        { name: 'calc.add', description: 'Adds a and b' },
        { name: 'calc.count', description: 'Streams 0..n-1', streaming: true },
    ],
    handlers: {
        'calc.add': (input) => {
            const o = input;
            if (o.fail)
                throw new InvalidArgumentError('asked to fail');
            return { sum: o.a + o.b };
        },
        'calc.count': async function* (input) {
            const n = input.n;
            if (n < 0)
                throw new InvalidArgumentError('n must not be negative');
            for (let i = 0; i < n; i++)
                yield { type: 'chunk', data: Buffer.from([i]), contentType: 'application/octet-stream' };
            return { counted: n };
        },
    },
});
describe('the nats CLI sees agents and the tasks they served (nats micro ls/info/stats)', () => {
    let cluster;
    let agent;
    let home;
    /** Runs `nats --server URL <args> --json` with no user context, and parses its JSON. */
    const nats = (args) => new Promise((resolve, reject) => {
        execFile(toolPath('nats'), ['--server', cluster.nats.url, ...args], { env: { PATH: process.env.PATH ?? '', HOME: home }, timeout: 20_000 }, (err, stdout, stderr) => {
            if (err)
                return reject(new Error(`nats ${args.join(' ')} failed: ${err.message}\n${stderr}`, { cause: err }));
            try {
                resolve(JSON.parse(stdout));
            }
            catch {
                resolve(stdout);
            }
        });
    });
    beforeAll(async () => {
        home = await mkdtemp(join(tmpdir(), 'troupe-natscli-'));
        cluster = await startCluster({ httpPort: -1, durable: false });
        agent = await cluster.startAgent(calc);
        await cluster.waitActive(agent.instanceId, 5000);
    }, 30_000);
    afterAll(async () => {
        await cluster?.close();
        if (home)
            await rm(home, { recursive: true, force: true });
    });
    it('micro ls lists the agent as troupe-agent with its version', async () => {
        const list = (await nats(['micro', 'ls', '--json']));
        expect(list).toContainEqual(expect.objectContaining({ name: 'troupe-agent', version: '2.1.0' }));
    });
    it('micro info shows the gRPC address in the metadata and one endpoint per capability, plus describe', async () => {
        const list = (await nats(['micro', 'ls', '--json']));
        const { info } = (await nats(['micro', 'info', 'troupe-agent', list[0].id, '--json']));
        expect(info.metadata).toMatchObject({ 'troupe.grpc_address': agent.address, 'troupe.instance_id': agent.instanceId, 'troupe.capabilities': 'calc.add,calc.count' });
        expect(info.endpoints.map((e) => [e.name, e.subject, e.metadata?.capability])).toEqual([
            ['describe', `troupe.agents.describe.${agent.instanceId}`, undefined],
            ['calc_add', `troupe.agents.capability.${agent.instanceId}.calc.add`, 'calc.add'],
            ['calc_count', `troupe.agents.capability.${agent.instanceId}.calc.count`, 'calc.count'],
        ]);
    });
    it('micro stats counts the tasks each capability served over gRPC, with errors and processing time', async () => {
        const client = cluster.client;
        const adds = 24;
        const addFailures = 6;
        for (let i = 0; i < adds; i++) {
            const call = client.submitTask({ capability: 'calc.add', input: { a: i, b: 1, fail: i < addFailures } });
            if (i < addFailures)
                await expect(call).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT });
            else
                await expect(call).resolves.toMatchObject({ output: { sum: i + 1 } });
        }
        const counts = [3, 0, -1, 5];
        for (const n of counts) {
            const events = [];
            const stream = async () => {
                for await (const event of client.streamTask({ capability: 'calc.count', input: { n } }))
                    events.push(event.type);
            };
            if (n < 0)
                await expect(stream()).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT });
            else {
                await stream();
                expect(events.filter((e) => e === 'chunk')).toHaveLength(n);
            }
        }
        const stats = (await nats(['micro', 'stats', 'troupe-agent', '--json']));
        expect(stats).toHaveLength(1);
        const byName = new Map(stats[0].endpoints.map((e) => [e.name, e]));
        const add = byName.get('calc_add');
        expect(add).toMatchObject({ num_requests: adds, num_errors: addFailures, last_error: 'INVALID_ARGUMENT' });
        expect(add.data).toEqual({ grpc_tasks: adds, grpc_errors: addFailures, grpc_errors_by_code: { INVALID_ARGUMENT: addFailures } });
        expect(add.processing_time).toBeGreaterThan(0);
        expect(add.average_processing_time).toBe(Math.round(add.processing_time / adds));
        const count = byName.get('calc_count');
        expect(count).toMatchObject({ num_requests: counts.length, num_errors: 1, last_error: 'INVALID_ARGUMENT' });
        expect(count.processing_time).toBeGreaterThan(0);
        expect(byName.get('describe')).toMatchObject({ num_requests: 0, num_errors: 0 });
        // What a person reads: the table has a row per capability endpoint with its counts.
        const table = String(await nats(['micro', 'stats', 'troupe-agent']));
        expect(table).toMatch(new RegExp(`│ calc_add +│ ${adds} +│ q +│ ${addFailures} +│`));
        expect(table).toMatch(/│ calc_count +│ 4 +│ q +│ 1 +│/);
    });
    it('a request on a capability endpoint answers what the capability is and how to call it (and counts as a request)', async () => {
        const before = (await nats(['micro', 'stats', 'troupe-agent', '--json']))[0].endpoints.find((e) => e.name === 'calc_count');
        const reply = await nats(['micro', 'request', 'troupe-agent', 'calc_count', '{}', '--raw']);
        expect(reply).toEqual({
            capability: 'calc.count',
            agent: 'calc',
            instance_id: agent.instanceId,
            description: 'Streams 0..n-1',
            streaming: true,
            grpc: { address: agent.address, method: 'troupe.v1.AgentService/ExecuteStream' },
            hint: expect.stringContaining('troupe task calc.count --stream'),
        });
        const after = (await nats(['micro', 'stats', 'troupe-agent', '--json']))[0].endpoints.find((e) => e.name === 'calc_count');
        expect(after.num_requests).toBe(before.num_requests + 1);
        expect(after.data?.grpc_tasks).toBe(before.data?.grpc_tasks);
    });
});
//# sourceMappingURL=natscli-micro.int.test.js.map
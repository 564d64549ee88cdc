import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAV_MAX_DATA_BYTES } from '../../src/sdk/audio/index.js';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { parseWav } from '../helpers/parse-wav.js';
import { spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
/** GET on a connection of its own (no keep-alive reuse of the live listener's socket). */
function getOnNewConnection(url) {
    return new Promise((resolve, reject) => {
        const req = request(url, { agent: false }, (res) => {
            const parts = [];
            res.on('data', (d) => parts.push(d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
const TEXT = 'Troupe streams speech while it is being made. Each sentence is synthesised on its own. ' +
    'A listener should hear every sentence exactly once. Even when the agent dies halfway through. ' +
    'The retried attempt picks up where the failed one stopped. Nothing is repeated and nothing is lost.';
const SPEAK = {
    name: 'speak-retry',
    steps: [
        {
            id: 'speak',
            capability: 'tts.synthesize',
            stream: true,
            // pace 4: the stream lasts a few seconds, long enough to kill its agent mid-way.
            input: { text: '${input.text}', voice: 'en-us', pace: 4 },
            retry: { max_attempts: 2, initial_backoff_ms: 50, max_backoff_ms: 100 },
            timeout_ms: 60_000,
        },
    ],
    output: { audio_ms: '${steps.speak.output.audioMs}' },
};
const COUNT = (capability) => ({
    name: `count-${capability.replace('.', '-')}`,
    steps: [{ id: 'count', capability, stream: true, input: { count: 12, crashAfter: 5 }, retry: { max_attempts: 2, initial_backoff_ms: 50, max_backoff_ms: 100 } }],
});
/**
 * A streaming step retried after its agent died mid-stream, every part a process:
 * WatchRun consumers and HTTP listeners get each chunk exactly once, sequences go on
 * where the failed attempt stopped, and the restart is an explicit event.
 */
describe('retried streams never repeat themselves', () => {
    let nats;
    let orchestrator;
    let client;
    let http;
    const procs = [];
    const agents = new Map();
    const startAgentProcess = async (what) => {
        const proc = spawnTroupe(['agent', what, '--nats', nats.url]);
        procs.push(proc);
        const match = await proc.waitForLine(/agent \S+ \((\S+)\) listening on/, 30_000);
        const agent = Object.assign(proc, { instanceId: match[1] ?? '' });
        agents.set(agent.instanceId, agent);
        return agent;
    };
    beforeAll(async () => {
        nats = await startNatsServer();
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0']);
        procs.push(orchestrator);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
        http = ready[2] ?? '';
        client = createOrchestratorClient(ready[1] ?? '');
        const started = await Promise.all([
            startAgentProcess('voice-forge'),
            startAgentProcess('voice-forge'),
            // Each crash case kills one of these; two are left for the next case's two attempts.
            startAgentProcess('./test/fixtures/crash-stream-agent.mjs'),
            startAgentProcess('./test/fixtures/crash-stream-agent.mjs'),
            startAgentProcess('./test/fixtures/crash-stream-agent.mjs'),
        ]);
        await waitFor(async () => {
            const active = new Set((await client.listAgents()).filter((a) => a.state === 'active').map((a) => a.instanceId));
            return started.every((a) => active.has(a.instanceId));
        }, { timeoutMs: 20_000, what: 'every agent to be active', intervalMs: 50 });
        for (const definition of [SPEAK, COUNT('crash.count'), COUNT('crash.random')])
            await client.registerWorkflow(JSON.stringify(definition));
    }, 90_000);
    afterAll(async () => {
        client?.close();
        for (const p of procs)
            p.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exited));
        await nats?.stop();
    });
    /** Follows a run to its end; `onEvent` may act on each event (say, kill an agent). */
    async function follow(runId, onEvent = () => undefined) {
        const events = [];
        for await (const e of client.watchRun(runId)) {
            events.push(e);
            onEvent(e, events);
        }
        return events;
    }
    it('voice-forge killed with SIGKILL mid-stream: the run’s HTTP audio holds each sentence exactly once', async () => {
        // The reference: one uninterrupted synthesis of the same text and voice (voice-forge is deterministic).
        const reference = [];
        for await (const e of client.streamTask({ capability: 'tts.synthesize', input: { text: TEXT, voice: 'en-us' } }))
            if (e.type === 'chunk')
                reference.push(e.data);
        const pcm = Buffer.concat(reference);
        expect(reference.length).toBeGreaterThan(30);
        const { runId } = await client.startRun({ workflow: 'speak-retry', input: { text: TEXT } });
        // A listener that joins at once and hears the audio live, as it grows.
        const live = fetch(`http://${http}/runs/${runId}/audio`).then(async (res) => ({ status: res.status, body: Buffer.from(await res.arrayBuffer()) }));
        let victim;
        const events = await follow(runId, (e, seen) => {
            const first = seen.find((x) => x.type === 'attempt.started' && x.attempt === 1);
            const chunksOfFirst = seen.filter((x) => x.type === 'chunk' && x.attempt === 1).length;
            if (!victim && e.type === 'chunk' && chunksOfFirst === 8 && first) {
                const id = first.detail.instanceId ?? '';
                victim = agents.get(id);
                victim?.kill('SIGKILL');
            }
        });
        expect(victim, 'the agent holding the stream was killed').toBeDefined();
        expect(events.at(-1)?.type).toBe('run.completed');
        // WatchRun: attempt numbers on chunks, one explicit restart, sequences going on (not back to 0).
        const chunks = events.filter((e) => e.type === 'chunk');
        expect(chunks.map((e) => e.chunk?.sequence)).toEqual(reference.map((_, i) => i));
        const restart = events.find((e) => e.type === 'stream.restarted');
        const firstAttemptChunks = chunks.filter((e) => e.attempt === 1).length;
        expect(firstAttemptChunks).toBeGreaterThanOrEqual(8);
        expect(restart).toMatchObject({ stepId: 'speak', attempt: 2, restart: { failedAttempt: 1, attempt: 2, mode: 'resumed', resumeFromSequence: firstAttemptChunks } });
        expect(restart?.restart?.instanceId).not.toBe(victim?.instanceId);
        expect(chunks.slice(firstAttemptChunks).every((e) => e.attempt === 2)).toBe(true);
        expect(Buffer.concat(chunks.map((e) => e.chunk?.data ?? Buffer.alloc(0)))).toEqual(pcm);
        // The live listener heard exactly one complete synthesis.
        const heard = await live;
        expect(heard.status).toBe(200);
        expect(heard.body.subarray(44)).toEqual(pcm);
        // While the run was going the header could not know the length: it claims the largest (as before).
        expect(heard.body.readUInt32LE(40)).toBe(WAV_MAX_DATA_BYTES);
        // Fetched after the run finished, the WAV states its real length.
        const res = await getOnNewConnection(`http://${http}/runs/${runId}/audio`);
        expect(res.headers['content-length']).toBe(String(res.body.length));
        const body = res.body;
        const wav = parseWav(body);
        expect(wav).toMatchObject({ riffSize: 36 + pcm.length, dataSize: pcm.length, sampleRate: 22_050, channels: 1, bitsPerSample: 16 });
        expect(wav.data).toEqual(pcm);
    }, 120_000);
    it.each([
        ['crash.count', 'deduplicated'],
        ['crash.random', 'spliced'],
    ])('%s dies mid-stream on its first attempt: the re-sent chunks are dropped (restart %s)', async (capability, mode) => {
        const { runId } = await client.startRun({ workflow: `count-${capability.replace('.', '-')}`, input: {} });
        const events = await follow(runId);
        expect(events.at(-1)?.type, JSON.stringify(events.at(-1))).toBe('run.completed');
        // The crashed instance must be out of rotation before the next case (or its retry could pick it).
        const crashed = events.find((e) => e.type === 'attempt.started' && e.attempt === 1)?.detail?.instanceId;
        await waitFor(async () => !(await client.listAgents()).some((a) => a.instanceId === crashed && a.state === 'active'), { timeoutMs: 15_000, what: `${crashed} out of rotation`, intervalMs: 50 });
        const chunks = events.filter((e) => e.type === 'chunk');
        expect(chunks.map((e) => e.chunk?.data.toString())).toEqual(Array.from({ length: 12 }, (_, i) => `chunk ${i}`));
        expect(chunks.map((e) => e.chunk?.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => i));
        expect(chunks.map((e) => e.attempt)).toEqual([...Array(5).fill(1), ...Array(7).fill(2)]);
        expect(events.find((e) => e.type === 'stream.restarted')?.restart).toMatchObject({ failedAttempt: 1, attempt: 2, resumeFromSequence: 5, mode });
    }, 60_000);
});
//# sourceMappingURL=stream-retry.int.test.js.map
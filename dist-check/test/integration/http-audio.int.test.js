import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../src/sdk/client/index.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { spawnAgent, spawnTroupe } from '../helpers/processes.js';
import { waitFor } from '../helpers/wait-for.js';
/** One request on a connection of its own; `stopAfterHeaders` resolves as soon as the head arrives. */
function send(url, options = {}) {
    return new Promise((resolve, reject) => {
        const req = request(url, { agent: false, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
            if (options.stopAfterHeaders) {
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) });
                req.destroy();
                return;
            }
            const parts = [];
            res.on('data', (d) => parts.push(d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
            res.on('error', reject);
        });
        req.on('error', (err) => (options.stopAfterHeaders ? undefined : reject(err)));
        req.end();
    });
}
/** The raw bytes of a HEAD exchange (Connection: close), to prove no body follows the head. */
function rawHead(host, path) {
    const [hostname = '', port = ''] = host.split(':');
    return new Promise((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.end(`HEAD ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
        const parts = [];
        socket.on('data', (d) => parts.push(d));
        socket.on('end', () => resolve(Buffer.concat(parts).toString('latin1')));
        socket.on('error', reject);
    });
}
/** Headers that must match between GET and HEAD (date and connection handling aside). */
function comparable(headers) {
    const { date: _date, connection: _connection, 'keep-alive': _keepAlive, 'transfer-encoding': _te, ...rest } = headers;
    return rest;
}
const SPEAK = {
    name: 'http-speak',
    steps: [{ id: 'speak', capability: 'tts.synthesize', stream: true, input: { text: '${input.text}', voice: 'en-us', pace: '${input.pace}' } }],
    output: { audio_ms: '${steps.speak.output.audioMs}' },
};
const SHORT = 'Players seek in finished audio. Range requests make that possible.';
const LONG = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} keeps this run streaming for a while longer.`).join(' ');
/**
 * The orchestrator's HTTP endpoint as players and tools use it, against a real orchestrator
 * process and a real voice-forge agent: HEAD on every GET route, Range on a finished run's
 * audio, 404 for unknown paths and 405 (with Allow) for a known path with the wrong method.
 */
describe('HTTP: HEAD, Range and 404/405 as players and tools expect', () => {
    let nats;
    let orchestrator;
    let agent;
    let client;
    let http;
    let finishedRun;
    beforeAll(async () => {
        nats = await startNatsServer();
        orchestrator = spawnTroupe(['orchestrator', '--nats', nats.url, '--grpc-port', '0', '--http-port', '0']);
        const ready = await orchestrator.waitForLine(/orchestrator listening on (\S+) \(http (\S+)\)/, 20_000);
        http = ready[2] ?? '';
        client = createOrchestratorClient(ready[1] ?? '');
        agent = await spawnAgent('voice-forge', nats.url);
        await waitFor(async () => (await client.listAgents({ capability: 'tts.synthesize' })).some((a) => a.state === 'active'), {
            timeoutMs: 20_000,
            what: 'voice-forge to be active',
            intervalMs: 50,
        });
        await client.registerWorkflow(JSON.stringify(SPEAK));
        const { runId } = await client.startRun({ workflow: 'http-speak', input: { text: SHORT } });
        let last;
        for await (const e of client.watchRun(runId))
            last = e;
        expect(last).toMatchObject({ type: 'run.completed' });
        finishedRun = runId;
    }, 90_000);
    afterAll(async () => {
        client?.close();
        for (const p of [agent, orchestrator])
            p?.kill('SIGTERM');
        await Promise.all([agent, orchestrator].map((p) => p?.exited));
        await nats?.stop();
    });
    it('an unknown path answers 404 whatever the method; a known path with a wrong method 405 with Allow', async () => {
        for (const [method, path] of [['GET', '/nope'], ['POST', '/nope'], ['DELETE', '/api/nope/1'], ['PUT', '/runs/x/video'], ['HEAD', '/healthz/extra']]) {
            const r = await send(`http://${http}${path}`, { method });
            expect(r.status, `${method} ${path}`).toBe(404);
        }
        for (const [method, path, allow] of [
            ['POST', '/healthz', 'GET, HEAD'],
            ['DELETE', '/metrics', 'GET, HEAD'],
            ['DELETE', '/api/runs', 'GET, HEAD, POST'],
            ['PUT', `/api/runs/${finishedRun}`, 'GET, HEAD'],
            ['POST', `/runs/${finishedRun}/audio`, 'GET, HEAD'],
        ]) {
            const r = await send(`http://${http}${path}`, { method });
            expect(r.status, `${method} ${path}`).toBe(405);
            expect(r.headers.allow, `${method} ${path}`).toBe(allow);
        }
    });
    it('HEAD answers every GET route with the same status and headers and no body', async () => {
        const paths = ['/', '/index.html', '/healthz', '/readyz', '/metrics', `/api/runs/${finishedRun}`, `/api/runs/${finishedRun}/events`, `/runs/${finishedRun}/audio`, '/api/runs/no-such-run'];
        for (const path of paths) {
            const [get, head] = await Promise.all([send(`http://${http}${path}`), send(`http://${http}${path}`, { method: 'HEAD' })]);
            expect(head.status, path).toBe(get.status);
            expect(comparable(head.headers), path).toEqual(comparable(get.headers));
            expect(head.body.length, path).toBe(0);
        }
        // On the wire: the head of the finished audio, its length, and not one byte after it.
        const raw = await rawHead(http, `/runs/${finishedRun}/audio`);
        expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
        expect(raw).toMatch(/\r\ncontent-length: \d+\r\n/i);
        expect(raw.endsWith('\r\n\r\n')).toBe(true);
    });
    it("Range on a finished run's audio answers 206 with Content-Range; past the end 416", async () => {
        const whole = await send(`http://${http}/runs/${finishedRun}/audio`);
        const size = whole.body.length;
        expect(whole.status).toBe(200);
        expect(whole.headers['accept-ranges']).toBe('bytes');
        expect(whole.headers['content-length']).toBe(String(size));
        expect(size).toBeGreaterThan(1000);
        const cases = [
            ['bytes=0-43', 0, 43], // the WAV header alone
            [`bytes=1000-`, 1000, size - 1],
            ['bytes=-100', size - 100, size - 1],
            [`bytes=${size - 10}-${size + 500}`, size - 10, size - 1], // an end past the last byte is clamped
        ];
        for (const [range, start, end] of cases) {
            const part = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { range } });
            expect(part.status, range).toBe(206);
            expect(part.headers['content-range'], range).toBe(`bytes ${start}-${end}/${size}`);
            expect(part.headers['accept-ranges'], range).toBe('bytes');
            expect(part.headers['content-length'], range).toBe(String(end - start + 1));
            expect(part.body.equals(whole.body.subarray(start, end + 1)), range).toBe(true);
        }
        const head = await send(`http://${http}/runs/${finishedRun}/audio`, { method: 'HEAD', headers: { range: 'bytes=0-43' } });
        expect(head.status).toBe(206);
        expect(head.headers['content-range']).toBe(`bytes 0-43/${size}`);
        for (const range of [`bytes=${size}-`, 'bytes=-0']) {
            const r = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { range } });
            expect(r.status, range).toBe(416);
            expect(r.headers['content-range'], range).toBe(`bytes */${size}`);
        }
        // Not a single bytes range (several, another unit, nonsense): the whole file, as RFC 9110 allows.
        for (const range of ['bytes=0-1,5-9', 'pages=1-2', 'bytes=9-3']) {
            const r = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { range } });
            expect(r.status, range).toBe(200);
            expect(r.body.length, range).toBe(size);
        }
    });
    it("a finished run's audio has an ETag: If-None-Match answers 304, If-Range with another version sends it whole", async () => {
        const whole = await send(`http://${http}/runs/${finishedRun}/audio`);
        const etag = whole.headers.etag;
        expect(etag).toMatch(/^"[^"]+"$/);
        expect((await send(`http://${http}/runs/${finishedRun}/audio`)).headers.etag).toBe(etag); // stable
        const cached = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { 'if-none-match': String(etag) } });
        expect(cached.status).toBe(304);
        expect(cached.body.length).toBe(0);
        expect(cached.headers.etag).toBe(etag);
        expect((await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { 'if-none-match': '"another"' } })).status).toBe(200);
        // A player resuming a download it has part of: the same version gets the rest, another the whole file.
        const resumed = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { range: 'bytes=100-', 'if-range': String(etag) } });
        expect(resumed.status).toBe(206);
        expect(resumed.body.equals(whole.body.subarray(100))).toBe(true);
        for (const ifRange of ['"another"', 'Sat, 05 Dec 2026 07:00:00 GMT']) {
            const fresh = await send(`http://${http}/runs/${finishedRun}/audio`, { headers: { range: 'bytes=100-', 'if-range': ifRange } });
            expect(fresh.status, ifRange).toBe(200);
            expect(fresh.body.equals(whole.body), ifRange).toBe(true);
        }
    });
    it("a still-streaming run's audio answers 200 without ranges (Accept-Ranges: none), GET and HEAD", async () => {
        const { runId } = await client.startRun({ workflow: 'http-speak', input: { text: LONG, pace: 1 } });
        const watch = new AbortController();
        const events = client.watchRun(runId, { signal: watch.signal })[Symbol.asyncIterator]();
        for (let e = await events.next(); !e.done && e.value.type !== 'chunk'; e = await events.next())
            ;
        try {
            const get = await send(`http://${http}/runs/${runId}/audio`, { headers: { range: 'bytes=0-43' }, stopAfterHeaders: true });
            expect(get.status).toBe(200);
            expect(get.headers['accept-ranges']).toBe('none');
            expect(get.headers['content-range']).toBeUndefined();
            expect(get.headers['content-length']).toBeUndefined();
            const head = await send(`http://${http}/runs/${runId}/audio`, { method: 'HEAD' });
            expect(head.status).toBe(200);
            expect(head.headers['accept-ranges']).toBe('none');
            expect(head.headers['content-type']).toBe('audio/wav');
            expect((await client.getRun(runId))).toMatchObject({ status: 'running' });
        }
        finally {
            watch.abort();
            await client.cancelRun(runId).catch(() => undefined);
        }
    });
});
//# sourceMappingURL=http-audio.int.test.js.map
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FAKE_TRACE_ID, fakeChunkBytes, startFakeOrchestrator } from '../helpers/fake-orchestrator.js';
import { parseWav } from '../helpers/parse-wav.js';
/** A write target that records text and lets a test wait for a pattern. */
function capture() {
    let text = '';
    const waiters = [];
    return {
        write(s) {
            text += s;
            for (const w of waiters.filter((w) => w.re.test(text))) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve();
            }
        },
        get text() {
            return text;
        },
        waitFor(re) {
            return re.test(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ re, resolve }));
        },
    };
}
describe('troupe CLI against a fake orchestrator', () => {
    let fake;
    let dir;
    beforeAll(async () => {
        fake = await startFakeOrchestrator();
        dir = await mkdtemp(join(tmpdir(), 'troupe-cli-'));
    });
    afterAll(async () => {
        await fake.close();
        await rm(dir, { recursive: true, force: true });
    });
    async function run(argv, extra = {}) {
        const stdout = capture();
        const stderr = capture();
        const code = await main(argv, { stdout, stderr, env: extra.env ?? { TROUPE_ORCHESTRATOR: fake.address }, signal: extra.signal, traceIdOf: extra.traceIdOf });
        return { code, stdout: stdout.text, stderr: stderr.text };
    }
    /** Like run, but returns the captures at once so the test can interact while it runs. */
    function start(argv, signal) {
        const stdout = capture();
        const stderr = capture();
        const done = main(argv, { stdout, stderr, env: { TROUPE_ORCHESTRATOR: fake.address }, signal });
        return { stdout, stderr, done };
    }
    describe('task', () => {
        it('prints the output JSON, warnings and the footer', async () => {
            const r = await run(['task', 'echo', '--input', '{"text":"hi","n":[1,2]}', '--priority', '1', '--timeout', '2500', '--idempotency-key', 'abc'], {
                traceIdOf: () => 'feedfacefeedfacefeedfacefeedface',
            });
            expect(r.code).toBe(0);
            expect(JSON.parse(r.stdout)).toEqual({ text: 'hi', n: [1, 2] });
            expect(r.stdout).toContain('\n  "text": "hi"');
            expect(r.stderr).toBe('warning: echoed unchanged\ntask task-1 on inst-echo · trace feedfacefeedfacefeedfacefeedface\n');
            expect(fake.submitted.at(-1)?.options).toEqual({ idempotencyKey: 'abc', priority: 1, timeoutMs: 2500 });
        });
        it('reads --input-file and prints --json', async () => {
            const file = join(dir, 'input.json');
            await writeFile(file, '{"from":"file"}');
            const r = await run(['task', 'echo', '--input-file', file, '--json']);
            expect(r.code).toBe(0);
            expect(JSON.parse(r.stdout)).toMatchObject({ taskId: 'task-1', agentInstanceId: 'inst-echo', output: { from: 'file' }, bytes: 0 });
        });
        it('reports a gRPC error as STATUS: message with exit code 1', async () => {
            const r = await run(['task', 'missing']);
            expect(r.code).toBe(1);
            expect(r.stderr).toBe('error: NOT_FOUND: no agent has ever offered capability "missing"\n');
            expect(r.stdout).toBe('');
        });
        it.each([
            [['task', 'echo', '--input', '{bad'], /--input is not valid JSON/],
            [['task', 'echo', '--priority', '9'], /--priority must be an integer from 1 to 5/],
            [['task', 'echo', '--timeout', 'soon'], /--timeout must be an integer/],
            [['task', 'echo', '--bogus'], /'--bogus'/],
            [['task', 'echo', '--input', '{}', '--input-file', 'x.json'], /--input and --input-file/],
            [['task', 'echo', '--input-file', '/nonexistent/troupe.json'], /--input-file: cannot read/],
            [['task'], /needs a <capability>/],
        ])('%j is a usage error (exit 2, no stack)', async (argv, message) => {
            const r = await run(argv);
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(message);
            expect(r.stderr).toMatch(/^error: /);
            expect(r.stderr).toContain("run 'troupe help task' for usage");
            expect(r.stderr).not.toMatch(/\n\s+at /);
            expect(fake.submitted.every((s) => s.capability !== 'never')).toBe(true);
        });
        it('--stream prints progress, one line per chunk and the result', async () => {
            const r = await run(['task', 'tts.synthesize', '--stream', '--input', '{"text":"Hello"}']);
            expect(r.code).toBe(0);
            expect(JSON.parse(r.stdout)).toEqual({ sentences: 3 });
            expect(r.stderr).toBe([
                `task task-s on inst-voice · trace ${FAKE_TRACE_ID}`,
                'progress  50%  synthesising',
                'chunk #0  3200 B  audio/L16  100.0 ms',
                'chunk #1  3200 B  audio/L16  100.0 ms',
                'chunk #2  3200 B  audio/L16  100.0 ms',
                '',
            ].join('\n'));
        });
        it('--stream --json prints one JSON event per line', async () => {
            const r = await run(['task', 'tts.synthesize', '--stream', '--json']);
            const events = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
            expect(events.map((e) => e.type)).toEqual(['started', 'progress', 'chunk', 'chunk', 'chunk', 'result']);
            expect(Buffer.from(events[2]?.data ?? '', 'base64').equals(fakeChunkBytes(0))).toBe(true);
        });
        it('--stream --out x.wav writes a valid WAV holding the chunks', async () => {
            const out = join(dir, 'speech.wav');
            const r = await run(['task', 'tts.synthesize', '--stream', '--out', out]);
            expect(r.code).toBe(0);
            expect(r.stderr).not.toContain('chunk #');
            expect(r.stderr).toContain(`wrote 3 chunks (9600 B, 300.0 ms of media) to ${out}`);
            const wav = parseWav(await readFile(out));
            expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16, dataSize: 9600, riffSize: 36 + 9600 });
            expect(wav.data.equals(Buffer.concat([0, 1, 2].map(fakeChunkBytes)))).toBe(true);
        });
        it('--stream --out with another extension writes the raw bytes', async () => {
            const out = join(dir, 'speech.pcm');
            expect((await run(['task', 'tts.synthesize', '--stream', '--out', out])).code).toBe(0);
            expect((await readFile(out)).equals(Buffer.concat([0, 1, 2].map(fakeChunkBytes)))).toBe(true);
        });
        it('interrupting a stream cancels the call on the server (exit 130)', async () => {
            const controller = new AbortController();
            const cancelled = once(fake.events, 'cancelled');
            const { stderr, done } = start(['task', 'slow.stream', '--stream'], controller.signal);
            await stderr.waitFor(/chunk #0/);
            controller.abort();
            expect(await done).toBe(130);
            expect(stderr.text).toMatch(/interrupted\n$/);
            expect(await cancelled).toEqual(['StreamTask']);
        });
        it('an interrupted --out .wav is still a valid WAV', async () => {
            const controller = new AbortController();
            const out = join(dir, 'partial.wav');
            const started = once(fake.events, 'started');
            const cancelled = once(fake.events, 'cancelled');
            const { done } = start(['task', 'slow.stream', '--stream', '--out', out], controller.signal);
            await started;
            controller.abort();
            expect(await done).toBe(130);
            await cancelled;
            const file = await readFile(out).catch(() => undefined);
            if (file) {
                const wav = parseWav(file);
                expect([0, 3200]).toContain(wav.dataSize);
                expect(wav.riffSize).toBe(file.length - 8);
            }
        });
    });
    describe('agents', () => {
        it('prints a table', async () => {
            const r = await run(['agents']);
            expect(r.code).toBe(0);
            const [header, ...rows] = r.stdout.trimEnd().split('\n');
            expect(header?.split(/\s{2,}/)).toEqual(['INSTANCE', 'AGENT', 'VERSION', 'ADDRESS', 'STATE', 'LOAD', 'BREAKER', 'LAST BEAT', 'LATENCY', 'OK', 'UPTIME', 'CAPABILITIES']);
            expect(rows).toHaveLength(2);
            expect(rows[1]?.split(/\s{2,}/)).toEqual(['inst-voice', 'voice-forge', '1.2.0', '127.0.0.1:7701', 'active', '1/4', 'closed', expect.stringMatching(/^\d+\.\ds ago$/), '-', '0%', '0%', 'tts.synthesize']);
        });
        it('--all --json includes agents that left', async () => {
            const r = await run(['agents', '--all', '--json']);
            const agents = JSON.parse(r.stdout);
            expect(agents.map((a) => `${a.instanceId}:${a.state}`)).toEqual(['inst-snippet:saturated', 'inst-voice:active', 'inst-gone:left']);
        });
        it('--capability filters', async () => {
            const r = await run(['agents', '--capability', 'snippet.write']);
            expect(r.stdout).toContain('inst-snippet');
            expect(r.stdout).not.toContain('inst-voice');
        });
        it('mode changes an instance', async () => {
            const r = await run(['agents', 'mode', 'inst-voice', 'maintenance']);
            expect(r.code).toBe(0);
            expect(r.stdout).toBe('inst-voice (voice-forge) is now maintenance\n');
            const missing = await run(['agents', 'mode', 'inst-x', 'drain']);
            expect(missing.code).toBe(1);
            expect(missing.stderr).toMatch(/^error: NOT_FOUND: /);
        });
        it.each([
            [['agents', 'mode', 'inst-voice', 'sleep'], /mode must be one of active, maintenance, drain/],
            [['agents', 'mode', 'inst-voice'], /needs <instance-id> and/],
            [['agents', 'mode', 'inst-voice', 'drain', '--watch'], /--watch does not apply/],
            [['agents', 'list'], /unexpected argument 'list'/],
        ])('%j is a usage error', async (argv, message) => {
            const r = await run(argv);
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(message);
        });
        it('--watch prints one line per change until interrupted', async () => {
            const controller = new AbortController();
            const cancelled = once(fake.events, 'cancelled');
            const { stdout, done } = start(['agents', '--watch'], controller.signal);
            await stdout.waitFor(/active → maintenance/);
            controller.abort();
            expect(await done).toBe(130);
            const lines = stdout.text.trimEnd().split('\n');
            expect(lines).toHaveLength(3);
            expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} {2}inst-snippet {2}snippet-craft@1\.2\.0 {2}saturated {2}load 1\/4 {2}breaker closed$/);
            expect(await cancelled).toEqual(['WatchAgents']);
        });
    });
    describe('main', () => {
        it('--help lists the commands (exit 0); no command prints usage with exit 2', async () => {
            const help = await run(['--help']);
            expect(help.code).toBe(0);
            expect(help.stdout).toMatch(/^usage: troupe/);
            expect(help.stdout).toMatch(/\n {2}agents +List agent instances/);
            expect(help.stdout).toMatch(/\n {2}task +Run one task/);
            const none = await run([]);
            expect(none.code).toBe(2);
            expect(none.stderr).toMatch(/^usage: troupe/);
        });
        it('help <command> and <command> --help print its usage', async () => {
            expect((await run(['help', 'task'])).stdout).toMatch(/^usage: troupe task <capability>/);
            const r = await run(['agents', '--help']);
            expect(r.code).toBe(0);
            expect(r.stdout).toMatch(/^usage: troupe agents/);
        });
        it('unknown commands are usage errors', async () => {
            const r = await run(['frobnicate']);
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(/^error: unknown command 'frobnicate'\n\nusage: troupe/);
            expect((await run(['help', 'frobnicate'])).code).toBe(2);
        });
        it('--orchestrator works before or after the command and beats the environment', async () => {
            const env = { TROUPE_ORCHESTRATOR: '127.0.0.1:1' };
            expect((await run(['--orchestrator', fake.address, 'agents'], { env })).code).toBe(0);
            expect((await run(['agents', `--orchestrator=${fake.address}`], { env })).code).toBe(0);
            const down = await run(['agents'], { env });
            expect(down.code).toBe(1);
            expect(down.stderr).toMatch(/^error: UNAVAILABLE: /);
            expect(down.stderr).toContain('hint: is an orchestrator listening on 127.0.0.1:1?');
            expect(down.stderr).not.toContain('Resolution note');
        });
    });
});
//# sourceMappingURL=cli.int.test.js.map
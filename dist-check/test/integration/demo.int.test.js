import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWav } from '../helpers/parse-wav.js';
import { spawnTroupe } from '../helpers/processes.js';
/** The quickstart's first command, as a user runs it: the narrative on stderr, results for scripts on stdout. */
describe('troupe demo', () => {
    it('runs the podcast end to end and prints one JSON line of results on stdout', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'troupe-demo-'));
        try {
            const out = join(dir, 'episode.wav');
            // No NATS_URL: the demo starts its own nats-server, as on a fresh machine.
            const demo = spawnTroupe(['demo', '--out', out], { NATS_URL: '' });
            expect(await demo.exited).toBe(0);
            const [stdout, stderr] = [demo.stdoutText(), demo.stderrText()];
            const lines = stdout.trim().split('\n');
            expect(lines).toHaveLength(1);
            const result = JSON.parse(lines[0]);
            expect(result).toMatchObject({ podcastRunId: expect.stringMatching(/^[0-9a-f-]{36}$/), landingRunId: expect.stringMatching(/^[0-9a-f-]{36}$/), out });
            expect(result.traceId).toMatch(/^[0-9a-f]{32}$/);
            expect(result.audioMs).toBeGreaterThan(5000);
            expect(stderr).toContain(`• trace id ${result.traceId}`);
            expect(stderr).toContain('• stopped everything');
            const wav = parseWav(await readFile(out));
            expect(wav.dataSize).toBeGreaterThan(0);
            expect(Math.abs((wav.dataSize / (2 * wav.sampleRate)) * 1000 - result.audioMs)).toBeLessThan(50);
        }
        finally {
            await rm(dir, { recursive: true, force: true });
        }
    }, 120_000);
});
//# sourceMappingURL=demo.int.test.js.map
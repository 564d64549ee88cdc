import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import echo from '../../src/agents/echo/index.js';
import { main } from '../../src/cli/main.js';
import { runConformance } from '../../src/sdk/conformance/index.js';
import { createLogger, defineAgent, InvalidArgumentError, startAgent } from '../../src/sdk/index.js';
import { startBrokenAgent } from '../fixtures/broken-agent.js';
const logger = createLogger({ name: 'test', level: 'silent' });
/** An agent whose capabilities need `text`, so `{}` is rejected with INVALID_ARGUMENT. */
const picky = defineAgent({
    name: 'picky',
    version: '0.3.1-beta.2',
    capabilities: [
        { name: 'picky.count', description: 'Counts letters' },
        { name: 'picky.spell', description: 'One letter per chunk', streaming: true },
    ],
    handlers: {
        'picky.count': (input) => {
            const text = input?.text;
            if (typeof text !== 'string')
                throw new InvalidArgumentError('input.text is required');
            return { letters: text.length };
        },
        'picky.spell': async function* (input, ctx) {
            const text = input?.text;
            if (typeof text !== 'string')
                throw new InvalidArgumentError('input.text is required');
            for (const letter of text) {
                await delay(20, undefined, { signal: ctx.signal });
                yield { type: 'chunk', data: Buffer.from(letter), contentType: 'text/plain' };
            }
            return { letters: text.length };
        },
    },
});
function byName(results) {
    return Object.fromEntries(results.map((r) => [r.name, r]));
}
describe('runConformance', () => {
    const agents = [];
    let broken;
    beforeAll(async () => {
        agents.push(await startAgent(echo, { logger }), await startAgent(picky, { logger }));
        broken = await startBrokenAgent();
    });
    afterAll(async () => {
        await Promise.all(agents.map((a) => a.drain('test over')));
        await broken?.close();
    });
    it('passes the echo reference agent on every check', async () => {
        const results = await runConformance(agents[0].address);
        expect(results.filter((r) => r.outcome !== 'pass')).toEqual([]);
        expect(results.map((r) => r.name)).toEqual([
            'describe',
            'describe.name',
            'describe.version',
            'describe.instance_id',
            'describe.capabilities',
            'describe.max_concurrency',
            'health.check',
            'health.service',
            'health.watch',
            'reflection',
            'errors.unknown_capability',
            'errors.unknown_capability_stream',
            'errors.missing_task',
            'errors.stream_via_execute',
            'errors.unary_via_stream',
            'unary:echo.say',
            'stream:echo.stream',
            'cancellation',
            'deadline',
        ]);
    });
    it('skips a stream that rejects {} until a sample is given, then exercises it and cancels it', async () => {
        const address = agents[1].address;
        // Generous limits: these checks are about behaviour, not speed, and CI machines get busy.
        const patient = { callTimeoutMs: 20_000, cancelWithinMs: 10_000 };
        const without = byName(await runConformance(address, patient));
        expect(without['unary:picky.count']).toMatchObject({ outcome: 'pass', detail: expect.stringContaining('rejected cleanly') });
        expect(without['stream:picky.spell']).toMatchObject({ outcome: 'skip', detail: expect.stringContaining("--sample picky.spell='{...}'") });
        expect(without['cancellation']?.outcome).toBe('skip');
        expect(without['deadline']).toMatchObject({ outcome: 'pass', detail: expect.stringContaining('Execute picky.count') });
        const withSamples = await runConformance(address, { ...patient, samples: { 'picky.spell': { text: 'hello' }, 'picky.count': { text: 'hi' } } });
        expect(withSamples.filter((r) => r.outcome !== 'pass')).toEqual([]);
        const named = byName(withSamples);
        expect(named['stream:picky.spell']?.detail).toMatch(/^5 chunks in order/);
        expect(named['cancellation']?.detail).toMatch(/CANCELLED within \d+ ms/);
    });
    it('fails a sample that names a capability the agent lacks, or that the agent rejects', async () => {
        const named = byName(await runConformance(agents[1].address, { samples: { 'nope.x': {}, 'picky.count': { wrong: true } } }));
        expect(named['sample:nope.x']).toMatchObject({ outcome: 'fail', detail: expect.stringContaining('does not offer') });
        expect(named['unary:picky.count']).toMatchObject({ outcome: 'fail', detail: expect.stringContaining('the --sample input was rejected') });
    });
    it('fails a broken agent with a message per problem', async () => {
        const named = byName(await runConformance(broken.address, { callTimeoutMs: 2000 }));
        const outcomes = Object.fromEntries(Object.values(named).map((r) => [r.name, r.outcome]));
        expect(outcomes).toMatchObject({
            describe: 'pass',
            'describe.version': 'fail',
            'describe.instance_id': 'fail',
            'health.check': 'fail',
            'health.watch': 'skip',
            reflection: 'skip',
            'errors.unknown_capability': 'fail',
            'errors.unknown_capability_stream': 'fail',
            'errors.missing_task': 'fail',
            'errors.stream_via_execute': 'fail',
            'errors.unary_via_stream': 'fail',
            'unary:broken.unary': 'fail',
            'stream:broken.stream': 'fail',
            cancellation: 'skip',
            deadline: 'skip',
        });
        expect(named['describe.version']?.detail).toContain('"latest" is not a semantic version');
        expect(named['errors.unknown_capability']?.detail).toBe('got UNKNOWN: boom; Execute of an unknown capability must answer NOT_FOUND');
        expect(named['stream:broken.stream']?.detail).toContain('chunk sequence 2 at chunk #1');
        expect(named['stream:broken.stream']?.detail).toContain('the result is message 4 of 5');
        expect(named['health.check']?.detail).toContain('grpc.health.v1.Health is not served');
    });
    it('reports an address where nothing listens as failed checks, without throwing', async () => {
        const results = await runConformance('127.0.0.1:1', { callTimeoutMs: 1000 });
        expect(results[0]).toMatchObject({ name: 'describe', outcome: 'fail', detail: expect.stringContaining('UNAVAILABLE') });
        expect(results.some((r) => r.outcome === 'pass')).toBe(false);
    });
});
describe('troupe conformance and troupe announce command lines', () => {
    let agent;
    beforeAll(async () => {
        agent = await startAgent(echo, { logger });
    });
    afterAll(async () => {
        await agent?.drain('test over');
    });
    async function run(argv) {
        let stdout = '';
        let stderr = '';
        const code = await main(argv, { stdout: { write: (s) => (stdout += s) }, stderr: { write: (s) => (stderr += s) }, env: {} });
        return { code, stdout, stderr };
    }
    it('prints the results as JSON with --json and exits 0 when nothing fails', async () => {
        const r = await run(['conformance', agent.address, '--json', '--sample', 'echo.stream={"count":3}']);
        expect(r.code).toBe(0);
        const report = JSON.parse(r.stdout);
        expect(report).toMatchObject({ address: agent.address, passed: true });
        expect(report.results.find((c) => c.name === 'stream:echo.stream')?.detail).toMatch(/^3 chunks in order/);
    });
    it('rejects bad usage with exit code 2 and a message naming the flag', async () => {
        expect(await run(['conformance'])).toMatchObject({ code: 2, stderr: expect.stringContaining('troupe conformance HOST:PORT') });
        expect(await run(['conformance', agent.address, '--sample', 'oops'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--sample must be CAPABILITY=JSON') });
        expect(await run(['conformance', agent.address, '--sample', 'echo.say={'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--sample echo.say is not valid JSON') });
        expect(await run(['announce'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--grpc HOST:PORT') });
        expect(await run(['announce', '--grpc', 'nowhere'])).toMatchObject({ code: 2, stderr: expect.stringContaining("--grpc must be HOST:PORT; got 'nowhere'") });
        expect(await run(['announce', '--grpc', agent.address])).toMatchObject({ code: 2, stderr: expect.stringContaining('no NATS server configured') });
    });
});
//# sourceMappingURL=conformance-runner.test.js.map
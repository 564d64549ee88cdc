import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinAgents } from '../../src/agents/index.js';
import { conformancePassed, runConformance } from '../../src/sdk/conformance/index.js';
import { startAgent } from '../../src/sdk/index.js';
import { testLogger } from '../helpers/cluster.js';
/** Inputs that make each built-in capability do real work (so stream ordering and ends are exercised). */
const SAMPLES = {
    'echo.say': { hello: 'conformance' },
    'echo.stream': { count: 5, chunkBytes: 8 },
    'tts.synthesize': { text: 'Conformance check. Two sentences.' },
    'tts.basic': { text: 'Basic voice.' },
    'topics.discover': { limit: 2 },
    'web.harvest': { topic: 'agents', maxPages: 1 },
    'script.weave': { topic: 'agents', text: 'Agents talk to each other over a shared message bus every day. They stream synthesised audio to listeners while it is being made. Traces follow every request from the client to the agent and back again.' },
    'snippet.craft': { topic: { title: 'Actors for agents', summary: 'Why mailboxes help.', url: 'https://example.org/a' } },
    'ui.compose': { snippets: [{ headline: 'H', blurb: 'B', tags: [], url: 'https://example.org/a' }] },
};
/** Every TypeScript example agent passes the conformance kit the Python agent passes. */
describe('the built-in agents against the conformance kit', () => {
    const running = [];
    beforeAll(async () => {
        for (const [name, load] of Object.entries(builtinAgents))
            running.push({ name, handle: await startAgent(await load(), { logger: testLogger }) });
    });
    afterAll(async () => {
        await Promise.all(running.map((r) => r.handle.drain('test over')));
    });
    it('covers a sample for every built-in capability', async () => {
        const capabilities = running.flatMap((r) => (r.handle.descriptor.capabilities ?? []).map((c) => c.name ?? ''));
        expect(capabilities.filter((c) => !(c in SAMPLES))).toEqual([]);
    });
    it.each(Object.keys(builtinAgents))('%s passes', async (name) => {
        const agent = running.find((r) => r.name === name);
        const own = new Set((agent.handle.descriptor.capabilities ?? []).map((c) => c.name ?? ''));
        const samples = Object.fromEntries(Object.entries(SAMPLES).filter(([capability]) => own.has(capability)));
        const results = await runConformance(agent.handle.address, { samples: samples });
        const failed = results.filter((r) => r.outcome === 'fail');
        expect(failed.map((f) => `${f.name}: ${f.detail}`)).toEqual([]);
        expect(conformancePassed(results)).toBe(true);
    });
});
//# sourceMappingURL=builtin-agents-conformance.int.test.js.map
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgent } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
/**
 * `GET /api/agents/events` (WatchAgents over SSE): every instance first, then each change, and
 * an orchestrator that stops ends the stream rather than waiting for the console to go away.
 */
describe('the agents event stream', () => {
    let cluster;
    beforeAll(async () => {
        cluster = await startCluster({ durable: false });
    }, 30_000);
    afterAll(async () => {
        await cluster?.close();
    });
    it('sends every instance, then changes, and ends when the orchestrator stops', async () => {
        const agent = await cluster.startAgent(defineAgent({ name: 'sse-echo', version: '1.0.0', capabilities: [{ name: 'sse.echo' }], handlers: { 'sse.echo': (i) => i } }));
        await cluster.waitActive(agent.instanceId);
        const res = await fetch(`http://${cluster.orchestrator.httpAddress}/api/agents/events`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/event-stream');
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        const until = async (re) => {
            while (!re.test(text)) {
                const { value, done } = await reader.read();
                if (done)
                    throw new Error(`the stream ended before ${String(re)}: ${text}`);
                text += value;
            }
        };
        await until(/"state":"AGENT_STATE_ACTIVE"/);
        expect(text).toMatch(/^event: agent\ndata: \{"agent":\{/);
        expect(text).toContain(`"instanceId":"${agent.instanceId}"`);
        await cluster.client.setAgentMode(agent.instanceId, 'maintenance');
        await until(/"state":"AGENT_STATE_MAINTENANCE"[^\n]*"previousState":"AGENT_STATE_ACTIVE"/);
        await cluster.orchestrator.stop();
        for (;;)
            if ((await reader.read()).done)
                break; // ended by the server
    });
});
//# sourceMappingURL=console-sse.int.test.js.map
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, defineAgent, TroupeError, UnavailableError } from '../../src/sdk/index.js';
import { startCluster } from '../helpers/cluster.js';
import { repeatedTopLevelKeys } from '../helpers/json-keys.js';
/** Raw log lines of a logger made by Troupe's own factory (its mixin and bindings included). */
function rawLines(name) {
    const lines = [];
    return { logger: createLogger({ name, level: 'debug', destination: { write: (line) => void lines.push(line) } }), lines };
}
describe('log lines', () => {
    let cluster;
    const orchestrator = rawLines('troupe-orchestrator');
    const agent = rawLines('flaky');
    beforeAll(async () => {
        cluster = await startCluster({ durable: true }, undefined, { logger: orchestrator.logger });
        let calls = 0;
        const handle = await cluster.startAgent(defineAgent({
            name: 'flaky',
            version: '1.0.0',
            capabilities: [{ name: 'flaky.once' }, { name: 'flaky.say' }],
            handlers: {
                'flaky.once': (input, ctx) => {
                    ctx.logger.info({ calls }, 'handling');
                    if (calls++ % 2 === 0)
                        throw new UnavailableError('first try fails');
                    return input;
                },
                'flaky.say': (input) => input,
            },
        }), { logger: agent.logger });
        await cluster.waitActive(handle.instanceId);
        // Traffic that logs on every layer: a run with a retry, a task, a mode change, a refused call, an agent leaving.
        await cluster.client.registerWorkflow('name: logs\nsteps:\n  - { id: a, capability: flaky.once, retry: { max_attempts: 2, initial_backoff_ms: 1 } }\n');
        const { runId } = await cluster.client.startRun({ workflow: 'logs', input: { x: 1 } });
        for await (const e of cluster.client.watchRun(runId))
            if (e.type.startsWith('run.') && e.type !== 'run.started')
                break;
        await cluster.client.submitTask({ capability: 'flaky.say', input: { y: 2 } });
        await cluster.client.setAgentMode(handle.instanceId, 'maintenance');
        await cluster.client.setAgentMode(handle.instanceId, 'active');
        await expect(cluster.client.submitTask({ capability: 'nobody.offers' })).rejects.toBeInstanceOf(TroupeError);
        await handle.drain("test over");
    });
    afterAll(() => cluster?.close());
    it('never repeat a key, on the orchestrator or on an agent', () => {
        expect(orchestrator.lines.length).toBeGreaterThan(10);
        expect(agent.lines.length).toBeGreaterThan(3);
        const repeats = [...orchestrator.lines, ...agent.lines].flatMap((line) => {
            const keys = repeatedTopLevelKeys(line);
            return keys.length > 0 ? [`${keys.join(',')} in ${line.trim()}`] : [];
        });
        expect(repeats).toEqual([]);
    });
});
//# sourceMappingURL=log-keys.int.test.js.map
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { agentLifecycleMachine } from '../../src/orchestrator/machines/agent-lifecycle.machine.js';
import { runMachine } from '../../src/orchestrator/machines/run.machine.js';
import { taskMachine } from '../../src/orchestrator/machines/task.machine.js';
// XState copies a machine's context with `Object.assign({}, context, update)` on every
// `assign`; V8 makes an object built that way with 20 or more properties a dictionary-mode
// object: ~18 µs per copy instead of ~1 µs, and slower reads after. So every machine's
// context stays under 20 top-level keys (group what never changes, as TaskContext.policy does).
const LIMIT = 20;
describe('machine contexts stay small enough for V8 fast properties', () => {
    it.each([
        ['task', () => createActor(taskMachine, { input: { taskId: 't', capability: 'c', maxAttempts: 1, initialBackoffMs: 1, maxBackoffMs: 1, multiplier: 1, timeoutMs: 1 } })],
        ['run', () => createActor(runMachine, { input: { runId: 'r', workflow: 'w', stepIds: ['a'], priority: 3 } })],
        ['agent-lifecycle', () => createActor(agentLifecycleMachine, { input: { instanceId: 'i', maxConcurrency: 1, heartbeatIntervalMs: 1000 } })],
    ])('%s', (_name, make) => {
        const keys = Object.keys(make().getSnapshot().context);
        expect(keys.length).toBeLessThan(LIMIT);
    });
});
//# sourceMappingURL=machine-context-size.test.js.map
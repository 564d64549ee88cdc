import { describe, expect, it } from 'vitest';
import { InMemoryDeadLetterStore } from '../../src/orchestrator/scheduler/index.js';
import { Status } from '../../src/sdk/errors.js';
function record(taskId, runId) {
    return {
        taskId,
        runId,
        stepId: 'narrate',
        capability: 'tts.synthesize',
        attempts: [{ instanceId: 'voice-1', code: Status.UNAVAILABLE, message: 'connection refused', at: 1 }],
        input: { text: 'hello' },
        failedAt: 2,
        reason: '3 attempts failed with UNAVAILABLE',
    };
}
describe('InMemoryDeadLetterStore', () => {
    it('lists newest first, with a limit and a run filter', async () => {
        const store = new InMemoryDeadLetterStore();
        for (let i = 0; i < 5; i++)
            await store.add(record(`t${i}`, i % 2 === 0 ? 'run-even' : 'run-odd'));
        expect((await store.list()).map((r) => r.taskId)).toEqual(['t4', 't3', 't2', 't1', 't0']);
        expect((await store.list({ limit: 2 })).map((r) => r.taskId)).toEqual(['t4', 't3']);
        expect((await store.list({ runId: 'run-even' })).map((r) => r.taskId)).toEqual(['t4', 't2', 't0']);
        expect((await store.list({ runId: 'run-odd', limit: 1 })).map((r) => r.taskId)).toEqual(['t3']);
    });
    it('is bounded: drops the oldest', async () => {
        const store = new InMemoryDeadLetterStore({ maxRecords: 3 });
        for (let i = 0; i < 10; i++)
            await store.add(record(`t${i}`));
        expect(store.size).toBe(3);
        expect((await store.list()).map((r) => r.taskId)).toEqual(['t9', 't8', 't7']);
        expect(await store.get('t0')).toBeUndefined();
    });
    it('gets by task id; a second record for a task replaces the first and becomes the newest', async () => {
        const store = new InMemoryDeadLetterStore();
        await store.add(record('a'));
        await store.add(record('b'));
        await store.add({ ...record('a'), reason: 'again' });
        expect(store.size).toBe(2);
        expect((await store.get('a'))?.reason).toBe('again');
        expect((await store.list()).map((r) => r.taskId)).toEqual(['a', 'b']);
    });
    it('hands out copies, so callers cannot change what is stored', async () => {
        const store = new InMemoryDeadLetterStore();
        const r = record('a');
        await store.add(r);
        r.attempts[0].message = 'changed';
        const got = await store.get('a');
        got.attempts[0].message = 'changed too';
        expect((await store.get('a'))?.attempts[0]?.message).toBe('connection refused');
    });
});
//# sourceMappingURL=scheduler-dead-letters.test.js.map
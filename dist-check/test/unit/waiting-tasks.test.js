/** The per-capability waiting-task tracker behind GetQueues: count, oldest wait, idempotent leave. */
import { describe, expect, it } from 'vitest';
import { WaitingTasks } from '../../src/orchestrator/dispatch/waiting-tasks.js';
describe('WaitingTasks', () => {
    it('counts waiting tasks and ages the oldest one still waiting', () => {
        let now = 1000;
        const waiting = new WaitingTasks(() => now);
        expect(waiting.of('tts')).toEqual({ waiting: 0, oldestWaitMs: 0 });
        const first = waiting.enter('tts');
        now = 1500;
        const second = waiting.enter('tts');
        waiting.enter('web');
        now = 2000;
        expect(waiting.of('tts')).toEqual({ waiting: 2, oldestWaitMs: 1000 });
        first.leave();
        first.leave();
        expect(waiting.of('tts')).toEqual({ waiting: 1, oldestWaitMs: 500 });
        expect(waiting.capabilities().sort()).toEqual(['tts', 'web']);
        second.leave();
        expect(waiting.of('tts')).toEqual({ waiting: 0, oldestWaitMs: 0 });
        expect(waiting.capabilities()).toEqual(['web']);
    });
    it('a stale mark leaving after its capability emptied and refilled removes only itself', () => {
        const waiting = new WaitingTasks(() => 0);
        const old = waiting.enter('tts');
        old.leave();
        const fresh = waiting.enter('tts');
        old.leave();
        expect(waiting.of('tts').waiting).toBe(1);
        fresh.leave();
        expect(waiting.capabilities()).toEqual([]);
    });
});
//# sourceMappingURL=waiting-tasks.test.js.map
import { describe, expect, it } from 'vitest';
import { TaskResults } from '../../src/orchestrator/api/task-results.js';
import { Status } from '../../src/sdk/errors.js';
const task = (id) => ({ id, capability: 'c', status: 'running', submittedAt: '', traceId: '' });
describe('TaskResults (bounded memory of the HTTP task API)', () => {
    it('forgets a finished task after the TTL, never a running one', () => {
        let now = 0;
        const results = new TaskResults({ ttlMs: 1000 }, () => now);
        results.add(task('a'), 'me');
        results.add(task('b'), 'me');
        results.finish('a', { status: 'completed', output: 1 });
        now = 999;
        expect(results.get('a', 'me', false)?.status).toBe('completed');
        now = 1000;
        expect(results.get('a', 'me', false)).toBeUndefined();
        now = 10_000_000;
        expect(results.get('b', 'me', false)?.status).toBe('running');
    });
    it('at the count limit drops the oldest finished task, or refuses with RESOURCE_EXHAUSTED when all run', () => {
        const results = new TaskResults({ maxCount: 2 });
        results.add(task('a'), 'me');
        results.add(task('b'), 'me');
        expect(() => results.add(task('c'), 'me')).toThrow(expect.objectContaining({ code: Status.RESOURCE_EXHAUSTED }));
        results.finish('b', { status: 'failed', error: { code: 'UNKNOWN', message: 'x' } });
        results.add(task('c'), 'me');
        expect(results.size).toBe(2);
        expect(results.get('b', 'me', false)).toBeUndefined();
        expect(results.get('a', 'me', false)).toBeDefined();
    });
    it('shows a task only to who submitted it, or to a caller reading all', () => {
        const results = new TaskResults();
        results.add(task('a'), 'alice');
        expect(results.get('a', 'bob', false)).toBeUndefined();
        expect(results.get('a', 'bob', true)?.id).toBe('a');
    });
});
//# sourceMappingURL=task-results.test.js.map
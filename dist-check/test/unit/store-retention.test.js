import { describe, expect, it, vi } from 'vitest';
import { MemoryRunStore, RunRetention } from '../../src/orchestrator/store/index.js';
import { runRecord } from '../helpers/store-fixtures.js';
const DAY = 86_400_000;
const NOW = 100 * DAY;
async function seed(runs, rows) {
    for (const [id, status, age] of rows)
        await runs.put(runRecord(id, { status, createdAt: NOW - age * DAY - 1, updatedAt: NOW - age * DAY }), null);
}
describe('RunRetention', () => {
    it('removes finished runs older than maxAgeMs and nothing else', async () => {
        const runs = new MemoryRunStore();
        await seed(runs, [
            ['old-completed', 'completed', 10],
            ['old-failed', 'failed', 9],
            ['old-cancelled', 'cancelled', 8],
            ['old-running', 'running', 30],
            ['old-pending', 'pending', 30],
            ['new-completed', 'completed', 1],
        ]);
        const onRemoved = vi.fn();
        const retention = new RunRetention({ runs, maxAgeMs: 7 * DAY, maxCount: 100, onRemoved });
        expect(await retention.sweep(NOW)).toEqual(['old-completed', 'old-failed', 'old-cancelled']);
        expect((await runs.list()).map((r) => r.record.runId).sort()).toEqual(['new-completed', 'old-pending', 'old-running']);
        expect(onRemoved.mock.calls.map((c) => c[0])).toEqual(['old-completed', 'old-failed', 'old-cancelled']);
        expect(await retention.sweep(NOW)).toEqual([]);
    });
    it('keeps at most maxCount finished runs, removing the oldest first; unfinished ones do not count', async () => {
        const runs = new MemoryRunStore();
        await seed(runs, [
            ['c5', 'completed', 5],
            ['c1', 'completed', 1],
            ['r9', 'running', 9],
            ['c3', 'failed', 3],
            ['c4', 'cancelled', 4],
            ['c2', 'completed', 2],
        ]);
        const retention = new RunRetention({ runs, maxAgeMs: 365 * DAY, maxCount: 2 });
        expect(await retention.sweep(NOW)).toEqual(['c5', 'c4', 'c3']);
        expect((await runs.list()).map((r) => r.record.runId).sort()).toEqual(['c1', 'c2', 'r9']);
        expect(await new RunRetention({ runs, maxCount: 0 }).sweep(NOW)).toEqual(['c2', 'c1']);
        expect((await runs.list()).map((r) => r.record.runId)).toEqual(['r9']);
    });
    it('skips a run written between listing and removing', async () => {
        const runs = new MemoryRunStore();
        await seed(runs, [['c', 'completed', 10]]);
        const list = runs.list.bind(runs);
        vi.spyOn(runs, 'list').mockImplementation(async (filter) => {
            const listed = await list(filter);
            const current = await runs.get('c');
            await runs.put({ ...current.record, updatedAt: NOW }, current.revision); // someone writes it meanwhile
            return listed;
        });
        expect(await new RunRetention({ runs, maxAgeMs: DAY }).sweep(NOW)).toEqual([]);
        expect(await runs.get('c')).toBeDefined();
    });
    it('refuses bad options, naming them', () => {
        const runs = new MemoryRunStore();
        expect(() => new RunRetention({ runs, maxAgeMs: -1 })).toThrow(/maxAgeMs/);
        expect(() => new RunRetention({ runs, maxCount: 1.5 })).toThrow(/maxCount/);
    });
});
//# sourceMappingURL=store-retention.test.js.map
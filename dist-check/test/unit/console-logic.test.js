import { describe, expect, it } from 'vitest';
import { callbackState } from '../../web/console/src/callback.js';
import { BOX, layout, stepsOf } from '../../web/console/src/dag.js';
import { ago, duration, enumName, inputValue, localInputToMs, msToLocalInput, percent, preview } from '../../web/console/src/format.js';
import { nestRuns } from '../../web/console/src/nesting.js';
import { capabilityVersions, compareVersions } from '../../web/console/src/versions.js';
import { waterfall } from '../../web/console/src/waterfall.js';
describe('the console DAG layout', () => {
    it('puts each step one layer after its deepest dependency, keeping written order within a layer', () => {
        const g = layout(stepsOf({ steps: [{ id: 'a' }, { id: 'b', depends_on: ['a'] }, { id: 'c', depends_on: ['a'] }, { id: 'd', depends_on: ['b', 'c'] }, { id: 'e', depends_on: ['a', 'd'] }] }));
        expect(g.nodes.map((n) => [n.id, n.layer, n.row])).toEqual([['a', 0, 0], ['b', 1, 0], ['c', 1, 1], ['d', 2, 0], ['e', 3, 0]]);
        expect(g.edges).toHaveLength(6);
        expect(g.width).toBe(2 * BOX.pad + 4 * BOX.width + 3 * BOX.gapX);
        expect(g.height).toBe(2 * BOX.pad + 2 * BOX.height + BOX.gapY);
        expect(g.nodes.find((n) => n.id === 'c').y).toBe(BOX.pad + BOX.height + BOX.gapY);
    });
    it('ignores unknown dependencies, self-edges and cycles instead of looping', () => {
        const g = layout([{ id: 'a', dependsOn: ['ghost', 'a'] }, { id: 'b', dependsOn: ['c'] }, { id: 'c', dependsOn: ['b'] }]);
        expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
        expect(g.edges).toEqual([{ from: 'c', to: 'b' }, { from: 'b', to: 'c' }]);
        expect(g.nodes.find((n) => n.id === 'a').layer).toBe(0);
    });
    it('reads steps from a definition and nothing from garbage', () => {
        expect(stepsOf(null)).toEqual([]);
        expect(stepsOf({ steps: 'x' })).toEqual([]);
        expect(stepsOf({ steps: [{ id: 1 }, { id: 'ok', depends_on: ['x', 2] }] })).toEqual([{ id: 'ok', dependsOn: ['x'] }]);
        expect(layout([])).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
    });
});
describe('the console waterfall', () => {
    it('draws the run, each step and each attempt from the run start; open ends reach now', () => {
        const report = {
            status: 'running',
            createdAt: 900,
            startedAt: 1000,
            endedAt: null,
            steps: [
                { id: 'a', status: 'succeeded', startedAt: 1010, endedAt: 1110, tasks: [{ attempts: [{ attempt: 1, instanceId: 'i1', startedAt: 1012, endedAt: 1050, outcome: 'failed' }, { attempt: 2, instanceId: 'i2', startedAt: 1060, endedAt: 1108, outcome: 'succeeded' }] }] },
                { id: 'b', status: 'running', startedAt: 1110, tasks: [{ attempts: [{ attempt: 1, instanceId: 'i1', startedAt: 1111 }] }] },
                { id: 'c', status: 'pending' },
            ],
        };
        const { bars, totalMs } = waterfall(report, 1500);
        expect(bars.map((b) => [b.label, b.kind, b.startMs, b.durationMs, b.status])).toEqual([
            ['run', 'run', 0, 500, 'running'],
            ['a', 'step', 10, 100, 'succeeded'],
            ['a #1', 'attempt', 12, 38, 'failed'],
            ['a #2', 'attempt', 60, 48, 'succeeded'],
            ['b', 'step', 110, 390, 'running'],
            ['b #1', 'attempt', 111, 389, 'running'],
        ]);
        expect(bars[2].detail).toBe('i1');
        expect(totalMs).toBe(500);
    });
    it('has nothing to draw before the run exists', () => {
        expect(waterfall({}, 5)).toEqual({ bars: [], totalMs: 0 });
    });
});
describe('the console formats', () => {
    it('names states, durations, ages and ratios for people', () => {
        expect(enumName('AGENT_STATE_ACTIVE')).toBe('active');
        expect(enumName('BREAKER_STATE_HALF_OPEN')).toBe('half open');
        expect(enumName('succeeded')).toBe('succeeded');
        expect([duration(850), duration(12_345), duration(245_000), duration(7_380_000), duration(null), duration(-1)]).toEqual(['850 ms', '12.3 s', '4 min 05 s', '2 h 03 min', '—', '—']);
        expect([ago(10_000, 10_500), ago(10_000, 15_000), ago(0, 1), ago('9000', 189_000), ago(new Date(0).toISOString(), 1)]).toEqual(['just now', '5 s ago', '—', '3 min ago', '—']);
        expect([percent(0.975), percent(1), percent(Number.NaN)]).toEqual(['97.5 %', '100.0 %', '—']);
        expect(localInputToMs('')).toBeUndefined();
        expect(localInputToMs('not a time')).toBeUndefined();
        expect(localInputToMs('2026-01-02T03:04:05')).toBe(new Date('2026-01-02T03:04:05').getTime());
        expect(localInputToMs('1767322800123')).toBe(1767322800123);
        const ms = new Date(2026, 0, 2, 3, 4, 5, 67).getTime();
        expect(msToLocalInput(ms)).toBe('2026-01-02T03:04:05.067');
        expect(localInputToMs(msToLocalInput(ms))).toBe(ms);
        expect(inputValue(String(ms))).toBe('2026-01-02T03:04:05.067');
        expect(inputValue('2026-01-02T03:04')).toBe('2026-01-02T03:04');
    });
    it('cuts huge JSON so the page stays responsive', () => {
        expect(preview({ a: 1 })).toBe('{\n  "a": 1\n}');
        expect(preview(undefined)).toBe('undefined');
        const long = preview('x'.repeat(50), 10);
        expect(long.startsWith('"xxxxxxxxx')).toBe(true);
        expect(long).toMatch(/… \(42 more characters\)$/);
    });
});
describe('the console runs list nesting child runs', () => {
    const run = (runId, createdAt, parentRunId) => ({ runId, createdAt, ...(parentRunId ? { parentRunId } : {}) });
    const shape = (rows) => rows.map((r) => [r.run.runId, r.depth, r.parentElsewhere ?? null]);
    it('puts children on the page under their parent, oldest first, grandchildren deeper, keeping the page order of the rest', () => {
        // Newest first, as GET /api/runs pages them: children are newer than their parent.
        const page = [run('other', 9), run('c2', 8, 'p'), run('g1', 7, 'c1'), run('c1', 6, 'p'), run('p', 5), run('old', 1)];
        expect(shape(nestRuns(page))).toEqual([
            ['other', 0, null],
            ['p', 0, null],
            ['c1', 1, null],
            ['g1', 2, null],
            ['c2', 1, null],
            ['old', 0, null],
        ]);
    });
    it('marks a child whose parent is not on the page with its parent, where the page put it', () => {
        const page = [run('c1', 6, 'gone'), run('g1', 7, 'c1'), run('top', 2)];
        expect(shape(nestRuns(page))).toEqual([
            ['c1', 0, 'gone'],
            ['g1', 1, null],
            ['top', 0, null],
        ]);
    });
    it('shows every run once whatever the data: self-parents, cycles, duplicates', () => {
        const page = [run('a', 3, 'b'), run('b', 2, 'a'), run('self', 1, 'self'), run('hang', 4, 'a'), run('a', 3, 'b')];
        const rows = nestRuns(page);
        expect(rows.map((r) => r.run.runId).sort()).toEqual(['a', 'b', 'hang', 'self']);
        expect(shape(rows)).toEqual([
            ['a', 0, 'b'],
            ['hang', 1, null],
            ['b', 0, 'a'],
            ['self', 0, 'self'],
        ]);
        expect(nestRuns([])).toEqual([]);
    });
});
describe('the console capability versions', () => {
    const instance = (instanceId, name, version, caps, state = 'AGENT_STATE_ACTIVE') => ({ agent: { name, version, instanceId, capabilities: caps }, state });
    it('groups instances by capability and version, in semver order, a capability without a version taking its agent’s', () => {
        const rows = capabilityVersions([
            instance('i3', 'tts-new', '1.0.0', [{ name: 'tts', version: '2.10.0' }]),
            instance('i1', 'tts-old', '1.0.0', [{ name: 'tts', version: '2.9.0' }, { name: 'echo' }]),
            instance('i2', 'tts-old', '1.0.0', [{ name: 'tts', version: '2.9.0' }]),
            instance('i4', 'tts-rc', '1.0.0', [{ name: 'tts', version: '2.10.0-rc.1' }]),
            instance('i5', 'gone', '9.0.0', [{ name: 'tts', version: '3.0.0' }], 'AGENT_STATE_LEFT'),
        ]);
        expect(rows.map((r) => [r.capability, r.version, r.instances, r.agents])).toEqual([
            ['echo', '1.0.0', ['i1'], ['tts-old']],
            ['tts', '2.9.0', ['i1', 'i2'], ['tts-old']],
            ['tts', '2.10.0-rc.1', ['i4'], ['tts-rc']],
            ['tts', '2.10.0', ['i3'], ['tts-new']],
        ]);
        expect(capabilityVersions([])).toEqual([]);
    });
    it('orders versions numerically, prereleases first, and text it cannot read last', () => {
        expect(['1.10.0', 'weird', '1.2.0', '1.10.0-rc.2', '1.10.0-rc.10', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.10.0-rc.2', '1.10.0-rc.10', '1.10.0', 'weird']);
    });
    it('names the state of a delivery from what GetRun reports', () => {
        expect(callbackState({ url: 'u', attempts: 0, delivered: false, done: false })).toBe('pending');
        expect(callbackState({ url: 'u', attempts: 1, delivered: false, done: false, lastError: 'HTTP 503' })).toBe('retrying');
        expect(callbackState({ url: 'u', attempts: 2, delivered: false, done: true, lastError: 'HTTP 503' })).toBe('failed');
        expect(callbackState({ url: 'u', attempts: 1, delivered: true, done: true })).toBe('delivered');
    });
});
//# sourceMappingURL=console-logic.test.js.map
/** The generic transition-table walker, on a small machine that uses every kind of transition. */
import { and, not, setup, stateIn } from 'xstate';
import { describe, expect, it } from 'vitest';
import { legalEventsFrom, transitionTable } from '../../src/orchestrator/machines/transition-table.js';
const tiny = setup({
    types: { events: {} },
    guards: { ready: () => true, calm: () => false },
    delays: { patience: 100 },
}).createMachine({
    id: 'tiny',
    initial: 'idle',
    on: { RESET: '.idle' },
    states: {
        idle: {
            on: {
                GO: [{ guard: and(['ready', not('calm')]), target: 'busy' }, { guard: 'ready', target: 'done' }, { target: 'busy.b' }],
                PING: { actions: () => undefined },
            },
        },
        busy: {
            type: 'parallel',
            after: { patience: 'idle', 500: { target: 'done' } },
            on: { STOP: 'done' },
            states: {
                a: {
                    initial: 'a1',
                    states: { a1: { on: { GO: 'a2' } }, a2: { always: { guard: stateIn({ busy: { b: 'b2' } }), target: 'a1' } } },
                },
                b: { initial: 'b1', states: { b1: { on: { GO: 'b2' } }, b2: {} } },
            },
        },
        done: { type: 'final' },
    },
});
describe('transitionTable', () => {
    const table = transitionTable(tiny);
    it('lists on, after and always transitions from every node, sorted by from, event, then document order', () => {
        expect(table).toEqual([
            { from: '', event: 'RESET', to: ['idle'] },
            { from: 'busy', event: 'STOP', to: ['done'] },
            { from: 'busy', event: 'after 500', to: ['done'] },
            { from: 'busy', event: 'after patience', to: ['idle'] },
            { from: 'busy.a.a1', event: 'GO', to: ['busy.a.a2'] },
            { from: 'busy.a.a2', event: 'always', to: ['busy.a.a1'], guard: 'in({"busy":{"b":"b2"}})' },
            { from: 'busy.b.b1', event: 'GO', to: ['busy.b.b2'] },
            { from: 'idle', event: 'GO', to: ['busy'], guard: 'ready && !calm' },
            { from: 'idle', event: 'GO', to: ['done'], guard: 'ready' },
            { from: 'idle', event: 'GO', to: ['busy.b'] },
            { from: 'idle', event: 'PING', to: [] },
        ]);
    });
    it('is deterministic', () => {
        expect(transitionTable(tiny)).toEqual(table);
    });
    it('legalEventsFrom includes the rows of ancestors', () => {
        expect(legalEventsFrom(table, 'idle')).toEqual(['GO', 'PING', 'RESET']);
        expect(legalEventsFrom(table, 'busy.a.a2')).toEqual(['RESET', 'STOP', 'after 500', 'after patience', 'always']);
        expect(legalEventsFrom(table, 'done')).toEqual(['RESET']);
    });
    it('does not treat a sibling with a common prefix as an ancestor', () => {
        const rows = [{ from: 'bus', event: 'X', to: [] }];
        expect(legalEventsFrom(rows, 'busy')).toEqual([]);
        expect(legalEventsFrom(rows, 'bus.y')).toEqual(['X']);
    });
});
//# sourceMappingURL=transition-table.test.js.map
import { describe, expect, it } from 'vitest';
import { RolloutService } from '../../src/orchestrator/rollouts/rollout-service.js';
import { StaleWriteError } from '../../src/orchestrator/store/errors.js';
import { Status } from '../../src/sdk/errors.js';
/** The compare-and-set contract of KvRolloutStore, in memory; `beforePut` runs once before the next write (a racing writer). */
function memoryStore() {
    const data = new Map();
    let seq = 0;
    const store = {
        beforePut: undefined,
        get: (c) => Promise.resolve(data.get(c)),
        put(c, revision, record) {
            const race = store.beforePut;
            store.beforePut = undefined;
            race?.();
            if ((data.get(c)?.revision ?? null) !== revision)
                return Promise.reject(new StaleWriteError('troupe_rollouts', c, revision));
            data.set(c, { record, revision: ++seq });
            return Promise.resolve(seq);
        },
        list: () => Promise.resolve([...data.values()]),
        force: (c, record) => void data.set(c, { record, revision: ++seq }),
    };
    return store;
}
describe('rollout service', () => {
    const make = () => {
        const store = memoryStore();
        return { store, service: new RolloutService({ store, knows: (c) => c === 'tts', knownCapabilities: () => ['tts'], now: () => 1000 }) };
    };
    it('an automatic rollback applies only to the generation it measured: a newer set wins', async () => {
        const { service } = make();
        const first = await service.set({ capability: 'tts', canary: '2.1.0', weight: 10 }, 'operator:a');
        const second = await service.set({ capability: 'tts', canary: '2.1.0', weight: 50 }, 'operator:a');
        expect(second.record.generation).toBe(first.record.generation + 1);
        expect(await service.rollback('tts', first.record.generation, 'late', 'auto-rollback:x')).toMatchObject({ changed: false, record: { state: 'active', weight: 50 } });
        expect(await service.rollback('tts', second.record.generation, 'worse', 'auto-rollback:x')).toMatchObject({ changed: true, record: { state: 'rolled_back', weight: 0, reason: 'worse' } });
        expect(await service.rollback('tts', second.record.generation, 'worse again', 'auto-rollback:y')).toMatchObject({ changed: false });
    });
    it('decides again on what is stored when another writer came first', async () => {
        const { store, service } = make();
        const { record } = await service.set({ capability: 'tts', canary: '2.1.0', weight: 10 }, 'operator:a');
        // Another orchestrator's rollback lands between our read and our write: the abort finds it rolled back.
        store.beforePut = () => store.force('tts', { ...record, state: 'rolled_back', weight: 0, reason: 'worse', decisions: [...record.decisions, { at: 1, decision: 'rolled_back', reason: 'worse', actor: 'auto-rollback:other' }] });
        const aborted = await service.abort('tts', 'operator:b');
        expect(aborted).toMatchObject({ changed: false, record: { state: 'rolled_back', reason: 'worse' } });
        expect(aborted.record.decisions.map((d) => d.decision)).toEqual(['set', 'rolled_back']);
    });
    it('keeps the promoted canary as the next stable, and refuses what makes no sense', async () => {
        const { service } = make();
        await service.set({ capability: 'tts', canary: '2.1.0', weight: 10 }, 'operator:a');
        await service.promote('tts', 'operator:a');
        expect((await service.set({ capability: 'tts', canary: '3.0.0', weight: 10 }, 'operator:a')).record).toMatchObject({ canary: '3.0.0', stable: '2.1.0' });
        await expect(service.set({ capability: 'nope', canary: '1.0.0', weight: 1 }, 'operator:a')).rejects.toMatchObject({ code: Status.NOT_FOUND, message: expect.stringMatching(/no agent offers capability "nope"; known capabilities: tts/) });
        await service.abort('tts', 'operator:a');
        await expect(service.promote('tts', 'operator:a')).rejects.toMatchObject({ code: Status.FAILED_PRECONDITION });
    });
});
//# sourceMappingURL=rollout-service.test.js.map
import { describe, expect, it } from 'vitest';
import { cancelElsewhere } from '../../src/orchestrator/workflow/engine/run-cancel.js';
import { signalElsewhere } from '../../src/orchestrator/workflow/engine/run-signal.js';
/** A store answering `records` in turn (the last one from then on). */
function store(...records) {
    let i = 0;
    return {
        get: async () => {
            const r = records[Math.min(i++, records.length - 1)];
            return { record: { runId: 'r1', status: 'running', ...r }, revision: i };
        },
    };
}
/** Instance `b` (epoch 2) sees `a`'s lease released: dead. */
const lease = { owner: 'b', epoch: 2, read: async () => ({ owner: 'a', epoch: 1, expiresAt: 0, revision: 1 }), isDead: () => true };
describe('CancelRun and SignalRun of a run whose owner is gone', () => {
    it('cancel: a run the adoption pass adopted here meanwhile is cancelled here, not refused as UNAVAILABLE', async () => {
        let driven = false;
        const adopted = [];
        const status = await cancelElsewhere('r1', 'owner gone', {
            owner: 'b',
            runs: store({ owner: 'a', epoch: 1 }, { owner: 'b', epoch: 2 }),
            lease,
            cancelHere: () => (driven ? 'cancelled' : undefined),
            // The pass won the adoption: this call joined it, the run is driven here now.
            adopt: async (_id, from) => {
                adopted.push(from);
                driven = true;
                return false;
            },
        });
        expect(status).toBe('cancelled');
        expect(adopted).toEqual([{ owner: 'a', epoch: 1 }]);
    });
    it('cancel: adopts from the owner whose lease was seen dead, not from an instance that took the run since', async () => {
        const adopted = [];
        const refused = cancelElsewhere('r1', 'owner gone', {
            owner: 'b',
            runs: store({ owner: 'a', epoch: 1 }, { owner: 'c', epoch: 5 }),
            lease,
            cancelHere: () => undefined,
            adopt: async (_id, from) => {
                adopted.push(from);
                return false; // superseded: c holds it
            },
        });
        await expect(refused).rejects.toMatchObject({ code: 14 });
        expect(adopted).toEqual([{ owner: 'a', epoch: 1 }]);
    });
    it('signal: a run adopted here meanwhile is signalled here', async () => {
        let driven = false;
        const result = await signalElsewhere({ runId: 'r1', stepId: 'approve', payload: null, approved: true, actor: 'test' }, {
            owner: 'b',
            runs: store({ owner: 'a', epoch: 1 }),
            lease,
            signalHere: () => (driven ? { stepStatus: 'succeeded', runStatus: 'running' } : undefined),
            adopt: async () => {
                driven = true;
                return false;
            },
        });
        expect(result).toEqual({ stepStatus: 'succeeded', runStatus: 'running' });
    });
});
//# sourceMappingURL=run-cancel-elsewhere.test.js.map
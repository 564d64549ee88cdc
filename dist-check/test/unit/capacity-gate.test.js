import { describe, expect, it } from 'vitest';
import { CapacityGate } from '../../src/orchestrator/dispatch/capacity-gate.js';
import { Status, TroupeError } from '../../src/sdk/index.js';
const error = new TroupeError(Status.RESOURCE_EXHAUSTED, 'all busy');
const busy = () => error;
const later = () => Date.now() + 60_000;
describe('CapacityGate', () => {
    it('wakes one waiter per freed slot, longest waiting first', async () => {
        const gate = new CapacityGate();
        const order = [];
        const never = new AbortController().signal;
        const a = gate.wait('cap', later(), never, busy).then(() => order.push('a'));
        const b = gate.wait('cap', later(), never, busy).then(() => order.push('b'));
        expect(gate.waiting('cap')).toBe(2);
        gate.release('other');
        gate.release('cap');
        await a;
        expect(order).toEqual(['a']);
        expect(gate.waiting('cap')).toBe(1);
        gate.passOn('cap');
        await b;
        expect(order).toEqual(['a', 'b']);
        expect(gate.waiting('cap')).toBe(0);
        gate.release('cap'); // nobody waits: nothing happens
    });
    it('keeps the turn of a woken waiter that waits again at the head', async () => {
        const gate = new CapacityGate();
        const never = new AbortController().signal;
        const woken = [];
        void gate.wait('cap', later(), never, busy).then(() => woken.push('newer'));
        void gate.wait('cap', later(), never, busy, true).then(() => woken.push('older'));
        gate.release('cap');
        await Promise.resolve();
        expect(woken).toEqual(['older']);
        gate.release('cap');
    });
    it('rejects with the last error at the deadline and CANCELLED on abort, leaving the queue', async () => {
        const gate = new CapacityGate();
        const controller = new AbortController();
        const timedOut = gate.wait('cap', Date.now() + 5, new AbortController().signal, busy);
        const cancelled = gate.wait('cap', later(), controller.signal, busy);
        controller.abort();
        await expect(cancelled).rejects.toMatchObject({ code: Status.CANCELLED });
        await expect(timedOut).rejects.toBe(error);
        expect(gate.waiting('cap')).toBe(0);
        await expect(gate.wait('cap', Date.now() - 1, controller.signal, busy)).rejects.toBe(error);
        await expect(gate.wait('cap', later(), controller.signal, busy)).rejects.toMatchObject({ code: Status.CANCELLED });
    });
});
//# sourceMappingURL=capacity-gate.test.js.map
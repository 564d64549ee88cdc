import { describe, expect, it } from 'vitest';
import { DeliveryLog, deliveryStateName } from '../../src/orchestrator/webhooks/delivery-log.js';
import { deliveryVisible } from '../../src/orchestrator/api/http-webhooks.js';
const fresh = () => ({ attempts: 0, delivered: false, done: false });
const run = (id, workflow) => ({ kind: 'run', id, url: `https://hooks.example/${id}`, workflow });
describe('DeliveryLog', () => {
    it('lists newest first and shows the sender’s later changes to the same state object', () => {
        let t = Date.parse('2026-12-06T00:00:00Z');
        const log = new DeliveryLog(10, () => (t += 1000));
        const a = fresh();
        log.register(run('a', 'w'), a);
        log.register(run('b', 'w'), fresh());
        expect(log.list().map((d) => d.id)).toEqual(['b', 'a']);
        a.attempts = 2;
        a.done = true;
        a.lastError = 'HTTP 503';
        log.touch(a);
        const [, first] = log.list();
        expect(first).toMatchObject({ id: 'a', state: 'failed', attempts: 2, lastError: 'HTTP 503', registeredAt: '2026-12-06T00:00:01.000Z', updatedAt: '2026-12-06T00:00:03.000Z' });
        expect(log.list()[0]?.updatedAt).toBe(log.list()[0]?.registeredAt);
    });
    it('filters by state and limit', () => {
        const log = new DeliveryLog(10);
        log.register(run('pending'), fresh());
        log.register(run('retrying'), { attempts: 1, delivered: false, done: false, lastError: 'HTTP 500' });
        log.register(run('delivered'), { attempts: 1, delivered: true, done: true });
        log.register(run('failed'), { attempts: 3, delivered: false, done: true, lastError: 'timeout after 10 ms' });
        for (const state of ['pending', 'retrying', 'delivered', 'failed'])
            expect(log.list({ state }).map((d) => d.id)).toEqual([state]);
        expect(log.list({ limit: 2 }).map((d) => d.id)).toEqual(['failed', 'delivered']);
    });
    it('drops the oldest finished deliveries first when over its size, then the oldest of all', () => {
        const log = new DeliveryLog(3);
        log.register(run('open-1'), fresh());
        log.register(run('done-1'), { attempts: 1, delivered: true, done: true });
        log.register(run('done-2'), { attempts: 1, delivered: false, done: true });
        log.register(run('open-2'), fresh());
        expect(log.list().map((d) => d.id)).toEqual(['open-2', 'done-2', 'open-1']);
        log.register(run('open-3'), fresh());
        expect(log.list().map((d) => d.id)).toEqual(['open-3', 'open-2', 'open-1']);
        log.register(run('open-4'), fresh());
        expect(log.size).toBe(3);
        expect(log.list().map((d) => d.id)).toEqual(['open-4', 'open-3', 'open-2']);
    });
    it('moves a re-registered run to the front instead of listing it twice', () => {
        const log = new DeliveryLog(5);
        log.register(run('a'), fresh());
        log.register(run('b'), fresh());
        log.register(run('a'), fresh());
        expect(log.list().map((d) => d.id)).toEqual(['a', 'b']);
    });
    it('names states as the console’s badge does', () => {
        expect(deliveryStateName(fresh())).toBe('pending');
        expect(deliveryStateName({ attempts: 1, delivered: false, done: false })).toBe('retrying');
        expect(deliveryStateName({ attempts: 1, delivered: true, done: true })).toBe('delivered');
        expect(deliveryStateName({ attempts: 0, delivered: false, done: true })).toBe('failed');
    });
});
describe('who sees a delivery (GET /api/webhooks)', () => {
    const principal = (subject, scopes, workflows) => ({ subject, kind: 'static', scopes: new Set(scopes), ...(workflows ? { workflows: new Set(workflows) } : {}) });
    const task = { kind: 'task', id: 't', url: 'https://hooks.example/t', capability: 'echo.say', owner: 'alice' };
    it('shows runs by workflow limit; a run whose workflow is not known yet only to unlimited readers', () => {
        const limited = principal('bob', ['runs:read'], ['w1']);
        expect(deliveryVisible(limited, run('r', 'w1'))).toBe(true);
        expect(deliveryVisible(limited, run('r', 'w2'))).toBe(false);
        expect(deliveryVisible(limited, run('r'))).toBe(false);
        expect(deliveryVisible(principal('bob', ['runs:read']), run('r'))).toBe(true);
    });
    it('shows tasks to * callers and to their submitter holding tasks:submit, as GET /api/tasks/{id}', () => {
        expect(deliveryVisible(principal('root', ['*']), task)).toBe(true);
        expect(deliveryVisible(principal('alice', ['runs:read', 'tasks:submit']), task)).toBe(true);
        expect(deliveryVisible(principal('alice', ['runs:read']), task)).toBe(false);
        expect(deliveryVisible(principal('bob', ['runs:read', 'tasks:submit']), task)).toBe(false);
        expect(deliveryVisible(principal('alice', ['runs:read', 'tasks:submit']), { ...task, owner: undefined })).toBe(false);
    });
});
//# sourceMappingURL=webhook-delivery-log.test.js.map
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeCall } from '../../src/orchestrator/api/store-call.js';
import type { NatsLink } from '../../src/orchestrator/discovery/nats-link.js';
import { UnavailableError } from '../../src/sdk/errors.js';

/** A link the test turns down and up (what NatsLink emits), with its UNAVAILABLE refusal. */
class FakeLink extends EventEmitter {
  isUp = true;
  assertUp(): void {
    if (!this.isUp) throw new UnavailableError('NATS is unreachable (fake); retry');
  }
  down(): void {
    this.isUp = false;
    this.emit('down', {});
  }
  up(): void {
    this.isUp = true;
    this.emit('up', {});
  }
}

/** A promise the test resolves when it chooses (the store's work, still under way). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  return { promise: new Promise<T>((r) => (resolve = r)), resolve };
}

/** The call's result, and whether it has settled yet (without an unhandled rejection meanwhile). */
function track<T>(p: Promise<T>): { settled: () => boolean; result: Promise<T> } {
  let done = false;
  const result = p.finally(() => (done = true));
  result.catch(() => undefined);
  return { settled: () => done, result };
}

describe('storeCall', () => {
  let link: FakeLink;
  beforeEach(() => {
    vi.useFakeTimers();
    link = new FakeLink();
  });
  afterEach(() => vi.useRealTimers());
  const call = <T>(kind: 'read' | 'write', work: () => Promise<T>): Promise<T> => storeCall(link as unknown as NatsLink, kind, work);

  it('runs the work at once without a link (runs in memory)', async () => {
    await expect(storeCall(undefined, 'write', () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('rides out a fail-over: the link down and back within the grace while the work waits', async () => {
    const work = deferred<string>();
    const t = track(call('write', () => work.promise));
    link.down();
    await vi.advanceTimersByTimeAsync(900);
    link.up();
    await vi.advanceTimersByTimeAsync(2000); // well past the grace: the timer was cancelled
    expect(t.settled()).toBe(false);
    work.resolve('stored');
    await expect(t.result).resolves.toBe('stored');
    expect(link.listenerCount('down') + link.listenerCount('up')).toBe(0);
  });

  it('fails UNAVAILABLE once the link gone down mid-call stays down for the grace (1 s), not before', async () => {
    const work = deferred<string>();
    const t = track(call('read', () => work.promise));
    link.down();
    await vi.advanceTimersByTimeAsync(999);
    expect(t.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(t.result).rejects.toThrow(/NATS is unreachable/);
    expect(link.listenerCount('down') + link.listenerCount('up')).toBe(0);
  });

  it('a second outage after a recovery gets its own full grace', async () => {
    const work = deferred<string>();
    const t = track(call('write', () => work.promise));
    link.down();
    await vi.advanceTimersByTimeAsync(800);
    link.up();
    link.down();
    await vi.advanceTimersByTimeAsync(800);
    expect(t.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await expect(t.result).rejects.toThrow(/NATS is unreachable/);
  });

  it('a write started while the link is down waits up to the grace for it, then fails without running the work', async () => {
    link.isUp = false;
    const work = vi.fn(() => Promise.resolve('stored'));
    const t = track(call('write', work));
    await vi.advanceTimersByTimeAsync(1000);
    await expect(t.result).rejects.toThrow(/NATS is unreachable/);
    expect(work).not.toHaveBeenCalled();
  });

  it('a write started while the link is down runs once it is back within the grace', async () => {
    link.isUp = false;
    const t = track(call('write', () => Promise.resolve('stored')));
    await vi.advanceTimersByTimeAsync(300);
    link.up();
    await expect(t.result).resolves.toBe('stored');
  });

  it('a read started while the link is down runs (memory may answer) and gives up after the grace', async () => {
    link.isUp = false;
    const work = deferred<string>();
    const t = track(call('read', () => work.promise));
    await vi.advanceTimersByTimeAsync(999);
    expect(t.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(t.result).rejects.toThrow(/NATS is unreachable/);
  });

  it("passes the work's own answer and error through", async () => {
    await expect(call('read', () => Promise.resolve(1))).resolves.toBe(1);
    await expect(call('write', () => Promise.reject(new Error('wrong last sequence')))).rejects.toThrow('wrong last sequence');
  });
});

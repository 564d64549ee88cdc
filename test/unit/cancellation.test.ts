import { describe, expect, it, vi } from 'vitest';
import { isAbortError } from '../../src/sdk/errors.js';
import { Cancellation, pause } from '../../src/sdk/util/cancellation.js';

describe('Cancellation', () => {
  it('runs each listener once, in the order added, and keeps the reason', () => {
    const c = new Cancellation();
    const calls: string[] = [];
    c.addEventListener('abort', () => calls.push('a'));
    c.addEventListener('abort', () => calls.push('b'), { once: true });
    expect(c.aborted).toBe(false);
    c.abort('the task moved on');
    c.abort('again');
    expect(calls).toEqual(['a', 'b']);
    expect(c.aborted).toBe(true);
    expect(c.reason).toBe('the task moved on');
  });

  it('does not call a removed listener, nor one added after the abort', () => {
    const c = new Cancellation();
    const removed = vi.fn();
    const kept = vi.fn();
    c.addEventListener('abort', removed);
    c.addEventListener('abort', kept);
    c.removeEventListener('abort', removed);
    c.removeEventListener('abort', () => undefined); // not added: nothing happens
    c.abort();
    const late = vi.fn();
    c.addEventListener('abort', late);
    expect(removed).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('aborts with an AbortError when given no reason, as AbortController does', () => {
    const c = new Cancellation();
    c.abort();
    expect(isAbortError(c.reason)).toBe(true);
    expect(c.signal).toBe(c);
  });

  it('gives a standard AbortSignal that follows it, before or after the abort', () => {
    const before = new Cancellation();
    const signal = before.toAbortSignal();
    expect(signal.aborted).toBe(false);
    before.abort('stop');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('stop');
    const after = new Cancellation();
    after.abort('gone');
    expect(after.toAbortSignal().reason).toBe('gone');
  });
});

describe('pause', () => {
  it('resolves true when the time passes, and leaves no listener behind', async () => {
    vi.useFakeTimers();
    try {
      const c = new Cancellation();
      const remove = vi.spyOn(c, 'removeEventListener');
      const done = pause(50, c);
      await vi.advanceTimersByTimeAsync(50);
      await expect(done).resolves.toBe(true);
      expect(remove).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves false as soon as the signal aborts, or at once when it already has', async () => {
    const c = new Cancellation();
    const waiting = pause(60_000, c);
    c.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(pause(60_000, c)).resolves.toBe(false);
    const standard = AbortSignal.abort();
    await expect(pause(60_000, standard)).resolves.toBe(false);
  });

  it('keeps the process alive with its timer, unless told `unref`', async () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const c = new Cancellation();
    const held = pause(60_000, c);
    expect(timers()).toBe(before + 1);
    const unheld = pause(60_000, c, { unref: true });
    expect(timers()).toBe(before + 1);
    c.abort();
    await expect(Promise.all([held, unheld])).resolves.toEqual([false, false]);
    expect(timers()).toBe(before);
  });
});

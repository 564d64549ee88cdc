// writeWithBackpressure: one message to a server stream, waiting for 'drain' when the transport is
// full; rejected (AbortError) when the call ends first. Either way it leaves no listener behind: a
// long stream writes thousands of messages on one call.
import { EventEmitter } from 'node:events';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { writeWithBackpressure } from '../../src/sdk/grpc/serve.js';

/** A server stream whose transport takes `room` messages, then reports full until 'drain'. */
class FullStream extends EventEmitter {
  written: unknown[] = [];
  constructor(private room: number) {
    super();
  }
  write(message: unknown): boolean {
    this.written.push(message);
    return --this.room > 0;
  }
}

const listeners = (call: FullStream): number[] => ['drain', 'cancelled', 'close'].map((e) => call.listenerCount(e));
const asCall = (call: FullStream) => call as unknown as ServerWritableStream<unknown, unknown>;

describe('writeWithBackpressure', () => {
  it('returns at once while the transport has room', async () => {
    const call = new FullStream(5);
    await writeWithBackpressure(asCall(call), 'a');
    expect(call.written).toEqual(['a']);
    expect(listeners(call)).toEqual([0, 0, 0]);
  });

  it('waits for drain when the transport is full, then removes its listeners', async () => {
    const call = new FullStream(1);
    let done = false;
    const writing = writeWithBackpressure(asCall(call), 'a').then(() => (done = true));
    expect(listeners(call)).toEqual([1, 1, 1]);
    await Promise.resolve();
    expect(done).toBe(false);
    call.emit('drain');
    await writing;
    expect(listeners(call)).toEqual([0, 0, 0]);
  });

  it.each(['cancelled', 'close'])('rejects with an AbortError when the call is %s first, and removes its listeners', async (event) => {
    const call = new FullStream(1);
    const writing = writeWithBackpressure(asCall(call), 'a');
    call.emit(event);
    await expect(writing).rejects.toMatchObject({ name: 'AbortError', message: 'the client went away' });
    expect(listeners(call)).toEqual([0, 0, 0]);
  });
});

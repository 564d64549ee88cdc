// serveServerStream behind a guard: the implementation of an admitted call runs as the caller
// the guard named and the stream ends OK; a failure reaches the guard (for the audit log) and
// the caller as its status; a refused call never reaches the implementation.
import type { ServerWritableStream } from '@grpc/grpc-js';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { NotFoundError, Status, UnauthenticatedError } from '../../src/sdk/errors.js';
import { serveServerStream, type ServeGuard } from '../../src/sdk/grpc/serve.js';
import type { Principal } from '../../src/sdk/security/scopes.js';
import { FakeServerCall } from '../helpers/fake-server-call.js';

const PATH = '/test.v1.Feed/Follow';
const alice: Principal = { subject: 'alice', kind: 'static', scopes: new Set(['*']) };

/** The server side of one server-streaming call, as much of it as the wrapper and the implementation touch. */
class FakeWritable extends FakeServerCall {
  readonly request = { topic: 'otters' };
  readonly written: unknown[] = [];
  write(message: unknown): boolean {
    this.written.push(message);
    return true;
  }
}

/** A guard that admits everyone as alice (or refuses everyone), and notes what it hears. */
function guard(refuse = false): ServeGuard & { settled: unknown[][] } {
  const settled: unknown[][] = [];
  return {
    settled,
    admit: () => (refuse ? Promise.reject(new UnauthenticatedError('no credential')) : Promise.resolve(alice)),
    settle: (fullPath, principal, request, outcome) => settled.push([fullPath, principal, request, outcome]),
  };
}

/** Serves one call; resolves with how it ended: 'ok', or the status the caller was sent. */
async function serveOne(g: ServeGuard, impl: (call: ServerWritableStream<unknown, unknown>, principal: Principal) => Promise<void>): Promise<{ call: FakeWritable; ended: unknown }> {
  const call = new FakeWritable();
  const ended = new Promise((resolve) => call.once('ended', () => resolve('ok')).once('error', resolve));
  serveServerStream(PATH, { logger: pino({ level: 'silent' }), guard: g }, (c, served) => impl(c, served.principal))(call as unknown as ServerWritableStream<unknown, unknown>);
  return { call, ended: await ended };
}

describe('serveServerStream behind a guard', () => {
  it('runs the implementation of an admitted call as the caller the guard named, then ends the stream', async () => {
    const g = guard();
    const { call, ended } = await serveOne(g, async (c, principal) => {
      c.write({ from: principal.subject, n: 1 });
      c.write({ from: principal.subject, n: 2 });
    });
    expect(call.written).toEqual([
      { from: 'alice', n: 1 },
      { from: 'alice', n: 2 },
    ]);
    expect(ended).toBe('ok');
  });

  it('tells the guard how a failed call ended, and sends the caller its status', async () => {
    const g = guard();
    const failure = new NotFoundError('no such topic');
    const { ended } = await serveOne(g, () => Promise.reject(failure));
    expect(ended).toEqual({ code: Status.NOT_FOUND, details: 'no such topic' });
    expect(g.settled).toEqual([[PATH, alice, { topic: 'otters' }, { error: failure }]]);
  });

  it('never runs the implementation of a refused call', async () => {
    const g = guard(true);
    let ran = false;
    const { ended } = await serveOne(g, async () => {
      ran = true;
    });
    expect(ended).toEqual({ code: Status.UNAUTHENTICATED, details: 'no credential' });
    expect(ran).toBe(false);
    expect(g.settled).toEqual([]);
  });
});

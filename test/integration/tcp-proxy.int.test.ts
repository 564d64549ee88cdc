/**
 * The fault-injection proxy against a loopback echo server: it forwards, and
 * each fault (pause, delay, drop, cut, refuse) does what it says and is undone.
 */
import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../src/sdk/testing/index.js';

let echo: Server;
let echoPort: number;

beforeAll(async () => {
  echo = createServer((s) => s.pipe(s));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));

async function dial(proxy: TcpProxy): Promise<{ socket: Socket; received: () => string; next: (text: string) => Promise<void> }> {
  const socket = connect(proxy.port, '127.0.0.1');
  await once(socket, 'connect');
  let buffer = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  socket.on('data', (d: Buffer) => {
    buffer += d.toString();
    for (const w of [...waiters]) {
      if (!buffer.includes(w.text)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  socket.on('error', () => undefined);
  return {
    socket,
    received: () => buffer,
    next: (text) => (buffer.includes(text) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ text, resolve }))),
  };
}

/** Lets the event loop and the loopback round trip run; only used to assert that nothing arrived. */
const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('startTcpProxy', () => {
  it('forwards both ways and counts connections', async () => {
    await using proxy = await startTcpProxy({ target: `127.0.0.1:${echoPort}` });
    const c = await dial(proxy);
    c.socket.write('hello');
    await c.next('hello');
    expect(proxy.connections).toBe(1);
    expect(proxy.url()).toBe(`nats://127.0.0.1:${proxy.port}`);
    c.socket.destroy();
  });

  it('pause holds bytes with the socket open; resume delivers them in order', async () => {
    await using proxy = await startTcpProxy({ target: echoPort });
    const c = await dial(proxy);
    proxy.pause();
    c.socket.write('one,');
    c.socket.write('two');
    await settle(150);
    expect(c.received()).toBe('');
    expect(c.socket.destroyed).toBe(false);
    proxy.resume();
    await c.next('one,two');
    c.socket.destroy();
  });

  it('delay holds each chunk for the given time', async () => {
    await using proxy = await startTcpProxy({ target: echoPort });
    const c = await dial(proxy);
    proxy.delay(200);
    const t0 = performance.now();
    c.socket.write('slow');
    await c.next('slow');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(390); // delayed on the way out and back
    proxy.delay(0);
    c.socket.destroy();
  });

  it('drop black-holes data until undone; the connection survives', async () => {
    await using proxy = await startTcpProxy({ target: echoPort });
    const c = await dial(proxy);
    proxy.drop();
    c.socket.write('lost');
    await settle(150);
    proxy.drop(false);
    c.socket.write('kept');
    await c.next('kept');
    expect(c.received()).toBe('kept');
    c.socket.destroy();
  });

  it('cut resets every connection; new ones go through', async () => {
    await using proxy = await startTcpProxy({ target: echoPort });
    const c = await dial(proxy);
    const closed = once(c.socket, 'close');
    proxy.cut();
    await closed;
    const d = await dial(proxy);
    d.socket.write('again');
    await d.next('again');
    d.socket.destroy();
  });

  it('refuse makes new connections fail with ECONNREFUSED, keeps open ones, and is undone on the same port', async () => {
    await using proxy = await startTcpProxy({ target: echoPort });
    const open = await dial(proxy);
    await proxy.refuse();
    const refused = connect(proxy.port, '127.0.0.1');
    const [err] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
    expect(err.code).toBe('ECONNREFUSED');
    open.socket.write('still');
    await open.next('still');
    await proxy.heal();
    const d = await dial(proxy);
    d.socket.write('back');
    await d.next('back');
    open.socket.destroy();
    d.socket.destroy();
  });
});

import { getEventListeners } from 'node:events';
import { createServer, IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookSender, type DeliveryState } from '../../src/orchestrator/webhooks/sender.js';
import { startTelemetry } from '../../src/sdk/telemetry/index.js';
import { freePort } from '../helpers/free-port.js';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const fresh = (): DeliveryState => ({ attempts: 0, delivered: false, done: false });

/** The sender against real sockets: timeouts, refused connections, the pending bound, close(). */
describe('WebhookSender', () => {
  const servers: Server[] = [];
  const senders: WebhookSender[] = [];
  afterEach(async () => {
    senders.splice(0).forEach((s) => s.close());
    await Promise.all(
      servers.splice(0).map((s) => {
        s.closeAllConnections(); // requests held on purpose would keep close() waiting
        return new Promise((resolve) => s.close(resolve));
      }),
    );
  });
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<URL> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  }
  const sender = (settings: Partial<ConstructorParameters<typeof WebhookSender>[0]> = {}) => {
    const s = new WebhookSender({ secrets: new Map([['default', secret]]), baseDelayMs: 1, random: () => 0.5, ...settings });
    senders.push(s);
    return s;
  };

  it('times out a receiver that never answers, retries, and reports the timeout', async () => {
    let hits = 0;
    const url = await serve(() => {
      hits++; // never answers
    });
    const state = fresh();
    await sender({ timeoutMs: 150, maxAttempts: 2 }).deliver(url, { a: 1 }, state);
    expect(state).toEqual({ attempts: 2, delivered: false, done: true, lastError: 'timeout after 150 ms' });
    expect(hits).toBe(2);
  });

  it('retries a refused connection up to maxAttempts, naming the error', async () => {
    const url = new URL(`http://127.0.0.1:${await freePort()}/hook`);
    const state = fresh();
    await sender({ maxAttempts: 3 }).deliver(url, {}, state);
    expect(state).toMatchObject({ attempts: 3, delivered: false, done: true });
    expect(state.lastError).toMatch(/ECONNREFUSED/);
  });

  it('leaves nothing behind on its stop signal once the retries are over (a long-lived sender does not grow)', async () => {
    const url = new URL(`http://127.0.0.1:${await freePort()}/hook`);
    const s = sender({ maxAttempts: 4 });
    for (let i = 0; i < 3; i++) await s.deliver(url, {}, fresh()); // 3 retry pauses each
    const stop = (s as unknown as { stop: AbortController }).stop.signal;
    expect(getEventListeners(stop, 'abort')).toHaveLength(0);
  });

  it('does not follow redirects (a 3xx is a final failure)', async () => {
    let hits = 0;
    const url = await serve((_req, res) => {
      hits++;
      res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    });
    const state = fresh();
    await sender().deliver(url, {}, state);
    expect(state).toEqual({ attempts: 1, delivered: false, done: true, lastError: 'HTTP 302' });
    expect(hits).toBe(1);
  });

  it('refuses a callback beyond maxPending at once, and close() ends pending ones', async () => {
    const url = await serve(() => undefined); // holds every request
    const s = sender({ maxPending: 1, timeoutMs: 60_000 });
    const first = fresh();
    const held = s.deliver(url, {}, first);
    const second = fresh();
    await s.deliver(url, {}, second);
    expect(second).toEqual({ attempts: 0, delivered: false, done: true, lastError: 'over 1 callbacks pending; not sent' });
    s.close();
    await held;
    expect(first.delivered).toBe(false);
  });

  it('counts finished callbacks in troupe_webhook_deliveries_total{outcome}', async () => {
    const telemetry = await startTelemetry({ serviceName: 'webhook-metrics', env: {}, prometheus: true });
    try {
      let answer = 500;
      const url = await serve((_req, res) => res.writeHead(answer).end());
      await sender({ maxAttempts: 2 }).deliver(url, {}, fresh());
      answer = 200;
      await sender().deliver(url, {}, fresh());
      await sender().deliver(url, {}, fresh());
      const text = await new Promise<string>((resolve) => {
        const res = { statusCode: 200, setHeader: () => undefined, writeHead() { return this; }, end: (body?: string) => resolve(body ?? '') };
        telemetry.metricsHandler(new IncomingMessage(new net.Socket()), res as unknown as ServerResponse);
      });
      expect(text).toMatch(/^troupe_webhook_deliveries_total\{outcome="failed"[^}]*\} 1$/m);
      expect(text).toMatch(/^troupe_webhook_deliveries_total\{outcome="delivered"[^}]*\} 2$/m);
    } finally {
      await telemetry.shutdown();
    }
  });
});

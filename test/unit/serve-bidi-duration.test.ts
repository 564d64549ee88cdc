// When a bidirectional stream is counted in rpc_server_duration_seconds: by default once it
// ends; never when it records its own units of work (`recordDuration: false`, SubmitTasks),
// unless it was refused before its implementation ran.
import type { ServerDuplexStream } from '@grpc/grpc-js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Status, UnauthenticatedError } from '../../src/sdk/errors.js';
import { serveBidiStream, type BidiServeOptions, type ServeGuard, type ServeOptions } from '../../src/sdk/grpc/serve.js';
import { ANONYMOUS } from '../../src/sdk/security/scopes.js';
import { startTelemetry, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { scrapeMetrics } from '../helpers/scrape-metrics.js';
import { FakeServerCall } from '../helpers/fake-server-call.js';

const logger = pino({ level: 'silent' });
const admitAll: ServeGuard = { admit: () => Promise.resolve(ANONYMOUS) };
const refuseAll: ServeGuard = { admit: () => Promise.reject(new UnauthenticatedError('no credential')) };

/** Serves one call of `/test.v1.Chat/<method>` whose implementation resolves (or rejects with `fails`); resolves once the wrapper ended it. */
async function serveOne(method: string, options: Omit<ServeOptions, 'logger'>, bidi?: BidiServeOptions, fails?: Error): Promise<void> {
  const call = new FakeServerCall();
  // Ended with OK (`end()`), or with an error status (the 'error' event).
  const ended = new Promise((resolve) => call.once('ended', resolve).once('error', resolve));
  const handler = serveBidiStream(`/test.v1.Chat/${method}`, { logger, ...options }, () => (fails ? Promise.reject(fails) : Promise.resolve()), bidi);
  handler(call as unknown as ServerDuplexStream<unknown, unknown>);
  await ended;
}

/** `rpc_server_duration_seconds_count` of one method of test.v1.Chat, by status code (absent: never recorded). */
async function durationCounts(telemetry: Telemetry, method: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const line of (await scrapeMetrics(telemetry)).split('\n')) {
    if (!line.startsWith('rpc_server_duration_seconds_count{') || !line.includes(`rpc_service="test.v1.Chat",rpc_method="${method}"`)) continue;
    const code = /rpc_grpc_status_code="(\d+)"/.exec(line)?.[1] ?? '?';
    out[code] = Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return out;
}

describe('serveBidiStream and rpc_server_duration_seconds', () => {
  let telemetry: Telemetry;
  beforeAll(async () => {
    telemetry = await startTelemetry({ serviceName: 'bidi-duration', env: {}, prometheus: true });
  });
  afterAll(() => telemetry.shutdown());

  it('records a stream when it ends, by default', async () => {
    await serveOne('Plain', {});
    await serveOne('Guarded', { guard: admitAll });
    expect(await durationCounts(telemetry, 'Plain')).toEqual({ [Status.OK]: 1 });
    expect(await durationCounts(telemetry, 'Guarded')).toEqual({ [Status.OK]: 1 });
  });

  it('leaves a stream that records its own work out, however it ends', async () => {
    await serveOne('SelfRecorded', { guard: admitAll }, { recordDuration: false });
    await serveOne('SelfRecorded', { guard: admitAll }, { recordDuration: false }, new Error('boom'));
    await serveOne('SelfRecordedUnguarded', {}, { recordDuration: false });
    expect(await durationCounts(telemetry, 'SelfRecorded')).toEqual({});
    expect(await durationCounts(telemetry, 'SelfRecordedUnguarded')).toEqual({});
  });

  it('records a stream refused before its implementation ran, even one that records its own work', async () => {
    await serveOne('Refused', { guard: refuseAll }, { recordDuration: false });
    await serveOne('RefusedPlain', { guard: refuseAll });
    expect(await durationCounts(telemetry, 'Refused')).toEqual({ [Status.UNAUTHENTICATED]: 1 });
    expect(await durationCounts(telemetry, 'RefusedPlain')).toEqual({ [Status.UNAUTHENTICATED]: 1 });
  });

  it('a stream the client cancelled gets no status of its own, and is counted as CANCELLED', async () => {
    for (const fails of [undefined, new Error('the implementation saw the cancel')]) {
      const call = Object.assign(new FakeServerCall(), { cancelled: true });
      const heard: string[] = [];
      call.on('error', () => heard.push('error')).on('ended', () => heard.push('ended'));
      let implemented!: () => void;
      const ran = new Promise<void>((resolve) => (implemented = resolve));
      const handler = serveBidiStream('/test.v1.Chat/Cancelled', { logger, guard: admitAll }, () => {
        implemented();
        return fails ? Promise.reject(fails) : Promise.resolve();
      });
      handler(call as unknown as ServerDuplexStream<unknown, unknown>);
      await ran;
      await new Promise((resolve) => setImmediate(resolve)); // after every continuation the wrapper chained on it
      expect(heard).toEqual([]);
    }
    expect(await durationCounts(telemetry, 'Cancelled')).toEqual({ [Status.CANCELLED]: 2 });
  });
});

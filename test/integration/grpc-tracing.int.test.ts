import * as grpc from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Status } from '../../src/sdk/errors.js';
import { ATTR, createTracingInterceptor, instrument, startTelemetry, tracingInterceptor, type Telemetry } from '../../src/sdk/telemetry/index.js';
import { waitFor } from '../helpers/wait-for.js';

// A tiny JSON-encoded service: real grpc-js on the wire, no .proto needed.
const json = {
  serialize: (value: unknown): Buffer => Buffer.from(JSON.stringify(value)),
  // Buffers (a chunk's data) travel as Buffer.toJSON and come back as Buffers.
  deserialize: (bytes: Buffer): unknown =>
    JSON.parse(bytes.toString('utf8'), (_key, value: unknown) => {
      const v = value as { type?: unknown; data?: unknown } | null;
      return v?.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data as number[]) : value;
    }),
};
function method(path: string, responseStream: boolean): grpc.MethodDefinition<unknown, unknown> {
  return {
    path,
    requestStream: false,
    responseStream,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  };
}
const ECHO: grpc.ServiceDefinition = {
  Unary: method('/test.v1.Echo/Unary', false),
  Stream: method('/test.v1.Echo/Stream', true),
};
const EchoClient = grpc.makeGenericClientConstructor(ECHO, 'Echo');
interface Request { fail?: boolean; giveUp?: boolean; count?: number; forever?: boolean; chunks?: boolean }

const seenTraceparents: string[] = [];
const cancelledOnServer: boolean[] = [];
const server = new grpc.Server();
server.addService(ECHO, {
  Unary(call: grpc.ServerUnaryCall<Request, unknown>, callback: grpc.sendUnaryData<unknown>) {
    seenTraceparents.push(String(call.metadata.get('traceparent')[0] ?? ''));
    if (call.request.fail) callback({ code: Status.NOT_FOUND, details: 'no such thing' });
    else if (call.request.giveUp) callback({ code: Status.CANCELLED, details: 'the server gave up' });
    else callback(null, { ok: true });
  },
  Stream(call: grpc.ServerWritableStream<Request, unknown>) {
    seenTraceparents.push(String(call.metadata.get('traceparent')[0] ?? ''));
    call.on('cancelled', () => cancelledOnServer.push(true));
    for (let i = 0; i < (call.request.count ?? 0); i++) {
      // With `chunks`, every other message is a chunk of i+1 bytes and 20 ms of audio.
      call.write(call.request.chunks && i % 2 === 1 ? { chunk: { sequence: String(i >> 1), data: Buffer.alloc(i + 1), durationMs: 20 } } : { i });
    }
    if (call.request.forever) call.write({ i: 0 }); // then wait for the client to cancel
    else call.end();
  },
});

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let address: string;
type EchoClientType = grpc.Client & {
  Unary(request: Request, callback: (err: grpc.ServiceError | null, response?: unknown) => void): grpc.ClientUnaryCall;
  Stream(request: Request): grpc.ClientReadableStream<unknown>;
};
let client: EchoClientType;

beforeAll(async () => {
  telemetry = await startTelemetry({ serviceName: 'grpc-test', env: {}, spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  address = `127.0.0.1:${port}`;
  client = new EchoClient(address, grpc.credentials.createInsecure(), {
    interceptors: [createTracingInterceptor({ target: address })],
  }) as unknown as EchoClientType;
});
afterAll(async () => {
  client.close();
  await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  await telemetry.shutdown();
});
beforeEach(() => {
  exporter.reset();
  seenTraceparents.length = 0;
});

function clientSpans(): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
}

function unary(c: EchoClientType, request: Request): Promise<grpc.ServiceError | null> {
  return new Promise((resolve) => c.Unary(request, (err: grpc.ServiceError | null) => resolve(err)));
}

/** The one CLIENT span, once it ended, and the traceparent the server saw. */
async function oneClientSpan(): Promise<ReadableSpan> {
  const [span] = await waitFor(() => (clientSpans().length > 0 ? clientSpans() : undefined), { timeoutMs: 5000, what: 'the client span' });
  expect(clientSpans()).toHaveLength(1);
  expect(seenTraceparents).toHaveLength(1);
  expect(seenTraceparents[0]).toContain(span!.spanContext().traceId);
  expect(seenTraceparents[0]).toContain(span!.spanContext().spanId);
  return span!;
}

describe('tracing client interceptor', () => {
  it('unary OK: one CLIENT span, child of the active span, status code 0', async () => {
    await instrument('caller', {}, () => unary(client, {}));
    const span = await oneClientSpan();
    const caller = exporter.getFinishedSpans().find((s) => s.name === 'caller');
    expect(span.name).toBe('test.v1.Echo/Unary');
    expect(span.parentSpanContext?.spanId).toBe(caller?.spanContext().spanId);
    expect(span.attributes).toMatchObject({
      [ATTR.RPC_SYSTEM]: 'grpc',
      [ATTR.RPC_SERVICE]: 'test.v1.Echo',
      [ATTR.RPC_METHOD]: 'Unary',
      [ATTR.RPC_GRPC_STATUS_CODE]: Status.OK,
      [ATTR.SERVER_ADDRESS]: '127.0.0.1',
      [ATTR.SERVER_PORT]: Number(address.split(':')[1]),
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('unary error: ERROR with the server status code', async () => {
    const err = await unary(client, { fail: true });
    expect(err?.code).toBe(Status.NOT_FOUND);
    const span = await oneClientSpan();
    expect(span.attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(Status.NOT_FOUND);
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'no such thing' });
  });

  it('CANCELLED that this side did not ask for (the server gave up) is an ERROR like any other code', async () => {
    const err = await unary(client, { giveUp: true });
    expect(err?.code).toBe(Status.CANCELLED);
    const span = await oneClientSpan();
    expect(span.attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(Status.CANCELLED);
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'the server gave up' });
  });

  it('server stream completed: one RECEIVED event per message, status 0', async () => {
    const call = client.Stream({ count: 3 });
    const received: unknown[] = [];
    call.on('data', (m) => received.push(m));
    await new Promise((resolve) => call.on('status', resolve));
    expect(received).toHaveLength(3);
    const span = await oneClientSpan();
    expect(span.attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(Status.OK);
    expect(span.events.map((e) => [e.name, e.attributes?.[ATTR.RPC_MESSAGE_TYPE], e.attributes?.[ATTR.RPC_MESSAGE_ID]])).toEqual([
      ['rpc.message', 'RECEIVED', 1],
      ['rpc.message', 'RECEIVED', 2],
      ['rpc.message', 'RECEIVED', 3],
    ]);
  });

  it('a chunk\'s event carries troupe.chunk.* (sequence, bytes, audio ms); ids count every message from 1', async () => {
    const call = client.Stream({ count: 5, chunks: true });
    call.on('data', () => undefined);
    await new Promise((resolve) => call.on('status', resolve));
    const span = await oneClientSpan();
    expect(span.events.map((e) => [e.attributes?.[ATTR.RPC_MESSAGE_ID], e.attributes?.[ATTR.CHUNK_SEQUENCE], e.attributes?.[ATTR.CHUNK_BYTES], e.attributes?.[ATTR.CHUNK_AUDIO_MS]])).toEqual([
      [1, undefined, undefined, undefined],
      [2, 0, 2, 20],
      [3, undefined, undefined, undefined],
      [4, 1, 4, 20],
      [5, undefined, undefined, undefined],
    ]);
  });

  it('chunkOf reads chunks the default cannot see (a relay that keeps messages as bytes)', async () => {
    const relaying = new EchoClient(address, grpc.credentials.createInsecure(), {
      interceptors: [createTracingInterceptor({ chunkOf: (m) => ((m as { i?: number }).i === 2 ? { sequence: 7, bytes: 3 } : undefined) })],
    }) as unknown as EchoClientType;
    try {
      const call = relaying.Stream({ count: 3 });
      call.on('data', () => undefined);
      await new Promise((resolve) => call.on('status', resolve));
      const span = await oneClientSpan();
      expect(span.events.map((e) => e.attributes?.[ATTR.CHUNK_SEQUENCE])).toEqual([undefined, undefined, 7]);
    } finally {
      relaying.close();
    }
  });

  it('ownTrace: the call is the root of a trace of its own, linked to the span that opened it', async () => {
    const longLived = new EchoClient(address, grpc.credentials.createInsecure(), {
      interceptors: [createTracingInterceptor({ ownTrace: true, messageEvents: false })],
    }) as unknown as EchoClientType;
    try {
      await instrument('a run that happens to open it', {}, () => unary(longLived, {}));
      const span = await oneClientSpan();
      const opener = exporter.getFinishedSpans().find((s) => s.name === 'a run that happens to open it')!;
      expect(span.parentSpanContext).toBeUndefined();
      expect(span.spanContext().traceId).not.toBe(opener.spanContext().traceId);
      expect(span.links.map((l) => l.context.spanId)).toEqual([opener.spanContext().spanId]);
      // Without an active span there is nothing to link.
      exporter.reset();
      seenTraceparents.length = 0;
      await unary(longLived, {});
      expect((await oneClientSpan()).links).toEqual([]);
    } finally {
      longLived.close();
    }
  });

  it('messageEvents: false keeps the span and its status but adds no event per message', async () => {
    const quiet = new EchoClient(address, grpc.credentials.createInsecure(), {
      interceptors: [createTracingInterceptor({ target: address, messageEvents: false })],
    }) as unknown as EchoClientType;
    try {
      const call = quiet.Stream({ count: 3 });
      call.on('data', () => undefined);
      await new Promise((resolve) => call.on('status', resolve));
      const span = await oneClientSpan();
      expect(span.attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(Status.OK);
      expect(span.events).toEqual([]);
    } finally {
      quiet.close();
    }
  });

  it('server stream cancelled by the client: ends once with CANCELLED', async () => {
    const call = client.Stream({ forever: true });
    call.on('data', () => call.cancel());
    const error = await new Promise<grpc.ServiceError>((resolve) => call.on('error', resolve));
    expect(error.code).toBe(Status.CANCELLED);
    const span = await oneClientSpan();
    expect(span.attributes[ATTR.RPC_GRPC_STATUS_CODE]).toBe(Status.CANCELLED);
    // The caller cancelled: its choice, not a failure.
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes[ATTR.ERROR_CODE]).toBe('CANCELLED');
    expect(span.events).toHaveLength(1);
    await waitFor(() => cancelledOnServer.length > 0, { timeoutMs: 5000, what: 'the server to see the cancel' });
  });

  it('without a target, server.address comes from the connected peer', async () => {
    const plain = new EchoClient(address, grpc.credentials.createInsecure(), { interceptors: [tracingInterceptor] }) as unknown as EchoClientType;
    try {
      await unary(plain, {});
      const span = await oneClientSpan();
      expect(span.attributes[ATTR.SERVER_ADDRESS]).toBe('127.0.0.1');
    } finally {
      plain.close();
    }
  });
});

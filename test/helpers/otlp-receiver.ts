import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { TRACE_SERVICE, decodeExportTraceRequest, otlpTraceDefinition } from './otlp-schema.js';
import { normaliseExportRequest, type ReceivedSpan } from './otlp-spans.js';

export type { ReceivedSpan, ReceivedValue } from './otlp-spans.js';

/** One export request the receiver answered. */
export interface ReceivedRequest {
  /** `/v1/traces` etc. for HTTP, the method path for gRPC. */
  path: string;
  /** `application/x-protobuf`, `application/json` or `application/grpc`. */
  contentType: string;
  spans: number;
}

/** A running in-process OTLP trace receiver (HTTP and gRPC). */
export interface OtlpReceiver extends AsyncDisposable {
  /** `http://127.0.0.1:PORT`, for `OTEL_EXPORTER_OTLP_ENDPOINT` with the HTTP protocols. */
  readonly endpoint: string;
  /** `http://127.0.0.1:PORT` of the OTLP/gRPC receiver, for `OTEL_EXPORTER_OTLP_PROTOCOL=grpc`. */
  readonly grpcEndpoint: string;
  /** Every span received so far, in arrival order. */
  spans(): ReceivedSpan[];
  /** Every export request received so far. */
  requests(): ReceivedRequest[];
  /** The spans of one trace. */
  trace(traceId: string): ReceivedSpan[];
  /** Resolves with all spans once `predicate(all spans)` holds, checked on every arrival (not by sleeping). */
  waitForSpans(predicate: (spans: ReceivedSpan[]) => boolean, options?: { timeoutMs?: number }): Promise<ReceivedSpan[]>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}

async function listenHttp(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(String(err));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function listenGrpc(onExport: (request: unknown) => void): Promise<{ port: number; close(): Promise<void> }> {
  const server = new grpc.Server();
  const service = otlpTraceDefinition()[TRACE_SERVICE] as grpc.ServiceDefinition;
  server.addService(service, {
    Export(call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) {
      onExport(call.request);
      callback(null, {});
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return { port, close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) };
}

/**
 * Starts an OTLP trace receiver on 127.0.0.1 (random ports): HTTP `POST /v1/traces`
 * as `application/x-protobuf` or `application/json`, answered 200 with an empty
 * ExportTraceServiceResponse, and the gRPC `TraceService/Export`. Every span is kept,
 * normalised. HTTP metrics and logs requests are answered 200 and ignored.
 *
 * @example
 * await using otlp = await startOtlpReceiver();
 * const env = { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint };
 * const spans = await otlp.waitForSpans((s) => s.some((x) => x.name === 'troupe.run'));
 */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const received: ReceivedSpan[] = [];
  const requests: ReceivedRequest[] = [];
  const arrivals = new EventEmitter();
  const record = (path: string, contentType: string, spans: ReceivedSpan[]): void => {
    requests.push({ path, contentType, spans: spans.length });
    received.push(...spans);
    if (spans.length > 0) arrivals.emit('spans');
  };

  const http = await listenHttp(async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    const json = contentType === 'application/json';
    if (req.method !== 'POST' || !['/v1/traces', '/v1/metrics', '/v1/logs'].includes(path)) {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req);
    const spans = path === '/v1/traces' ? normaliseExportRequest(json ? JSON.parse(body.toString('utf8')) : decodeExportTraceRequest(body)) : [];
    res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
    res.end(json ? '{}' : Buffer.alloc(0));
    record(path, contentType, spans);
  });
  const rpc = await listenGrpc((request) => record(`/${TRACE_SERVICE}/Export`, 'application/grpc', normaliseExportRequest(request)));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= Promise.all([http.close(), rpc.close()]).then(() => undefined);
    return closing;
  };

  return {
    endpoint: `http://127.0.0.1:${http.port}`,
    grpcEndpoint: `http://127.0.0.1:${rpc.port}`,
    spans: () => [...received],
    requests: () => [...requests],
    trace: (traceId) => received.filter((s) => s.traceId === traceId),
    waitForSpans(predicate, options = {}) {
      const timeoutMs = options.timeoutMs ?? 10_000;
      return new Promise<ReceivedSpan[]>((resolve, reject) => {
        const check = (): void => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          arrivals.off('spans', check);
          resolve([...received]);
        };
        const timer = setTimeout(() => {
          arrivals.off('spans', check);
          const names = received.map((s) => `${s.serviceName}:${s.name}`).join(', ') || 'none';
          reject(new Error(`timed out after ${timeoutMs}ms waiting for spans; received: ${names}`));
        }, timeoutMs);
        arrivals.on('spans', check);
        check();
      });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

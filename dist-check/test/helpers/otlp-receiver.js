import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { gunzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { TRACE_SERVICE, decodeExportTraceRequest, otlpTraceDefinition } from './otlp-schema.js';
import { normaliseExportRequest } from './otlp-spans.js';
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    const body = Buffer.concat(chunks);
    return req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}
async function listenHttp(handle) {
    const server = createServer((req, res) => {
        handle(req, res).catch((err) => {
            res.writeHead(400, { 'content-type': 'text/plain' }).end(String(err));
        });
    });
    server.listen(0, '127.0.0.1');
    await new Promise((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
    });
    return {
        port: server.address().port,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
async function listenGrpc(onExport) {
    const server = new grpc.Server();
    const service = otlpTraceDefinition()[TRACE_SERVICE];
    server.addService(service, {
        Export(call, callback) {
            onExport(call.request);
            callback(null, {});
        },
    });
    const port = await new Promise((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    return { port, close: () => new Promise((resolve) => server.tryShutdown(() => resolve())) };
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
export async function startOtlpReceiver() {
    const received = [];
    const requests = [];
    const arrivals = new EventEmitter();
    const record = (path, contentType, spans) => {
        requests.push({ path, contentType, spans: spans.length });
        received.push(...spans);
        if (spans.length > 0)
            arrivals.emit('spans');
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
    let closing;
    const close = () => {
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
            return new Promise((resolve, reject) => {
                const check = () => {
                    if (!predicate(received))
                        return;
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
//# sourceMappingURL=otlp-receiver.js.map
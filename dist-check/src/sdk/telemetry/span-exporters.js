import { createRequire } from 'node:module';
import { Metadata } from '@grpc/grpc-js';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
const SDK_NODE_DEPENDENCY = {
    'http/json': '@opentelemetry/exporter-trace-otlp-http',
    grpc: '@opentelemetry/exporter-trace-otlp-grpc',
};
/**
 * Loads an OTLP exporter that `@opentelemetry/sdk-node` itself depends on (same
 * version as ours), resolved from sdk-node's own location so it is found however
 * npm laid out node_modules. Only `http/protobuf` is a direct dependency of Troupe.
 */
function loadSdkNodeExporter(protocol) {
    const local = createRequire(import.meta.url);
    const fromSdkNode = createRequire(local.resolve('@opentelemetry/sdk-node'));
    const loaded = fromSdkNode(SDK_NODE_DEPENDENCY[protocol]);
    if (typeof loaded.OTLPTraceExporter !== 'function') {
        throw new Error(`${SDK_NODE_DEPENDENCY[protocol]} does not export OTLPTraceExporter`);
    }
    return loaded.OTLPTraceExporter;
}
/**
 * Creates the OTLP span exporter for a protocol. The URL and headers are passed
 * explicitly so the exporter does not fall back to its own reading of `process.env`.
 * @internal
 */
export function createOtlpSpanExporter(protocol, url, headers) {
    if (protocol === 'http/protobuf')
        return new ProtoTraceExporter({ url, headers });
    const Exporter = loadSdkNodeExporter(protocol);
    if (protocol === 'http/json')
        return new Exporter({ url, headers });
    const metadata = new Metadata();
    for (const [key, value] of Object.entries(headers))
        metadata.set(key, value);
    return new Exporter({ url, metadata });
}
//# sourceMappingURL=span-exporters.js.map
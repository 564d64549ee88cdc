import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { OtlpProtocol } from './export-config.js';
/**
 * Creates the OTLP span exporter for a protocol. The URL and headers are passed
 * explicitly so the exporter does not fall back to its own reading of `process.env`.
 * @internal
 */
export declare function createOtlpSpanExporter(protocol: OtlpProtocol, url: string, headers: Record<string, string>): SpanExporter;

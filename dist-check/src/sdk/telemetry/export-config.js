import { parseKeyPairsIntoRecord } from '@opentelemetry/core';
/** Default batch delay: short, so short-lived processes (CLI, tests) flush quickly. */
export const DEFAULT_SCHEDULE_DELAY_MS = 200;
const DEFAULT_HTTP_ENDPOINT = 'http://localhost:4318';
const DEFAULT_GRPC_ENDPOINT = 'http://localhost:4317';
const PROTOCOLS = ['http/protobuf', 'http/json', 'grpc'];
function read(env, key) {
    const value = env[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
function list(env, key) {
    return (read(env, key) ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '' && s !== 'null');
}
function joinPath(base, path) {
    return base.endsWith('/') ? base + path : `${base}/${path}`;
}
/**
 * Decides where spans are exported, from the standard OTel variables only.
 *
 * Unlike NodeSDK's own env handling, nothing is exported unless asked for:
 * an OTLP exporter is set up when `OTEL_EXPORTER_OTLP_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set, or when `OTEL_TRACES_EXPORTER`
 * names `otlp` (then the spec default `localhost:4318`/`4317` applies).
 * `OTEL_TRACES_EXPORTER=none` turns export off even when an endpoint is set.
 *
 * @example
 * resolveTraceExport({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' }).otlp?.url
 * // 'http://jaeger:4318/v1/traces'
 */
export function resolveTraceExport(env) {
    const warnings = [];
    const rawDelay = read(env, 'OTEL_BSP_SCHEDULE_DELAY');
    const delay = rawDelay === undefined ? Number.NaN : Number(rawDelay);
    const scheduledDelayMillis = Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_SCHEDULE_DELAY_MS;
    if (rawDelay !== undefined && scheduledDelayMillis !== delay)
        warnings.push(`invalid OTEL_BSP_SCHEDULE_DELAY "${rawDelay}" ignored`);
    const tracesEndpoint = read(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
    const endpoint = read(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    const names = list(env, 'OTEL_TRACES_EXPORTER');
    for (const name of names) {
        if (name !== 'otlp' && name !== 'console' && name !== 'none')
            warnings.push(`unsupported OTEL_TRACES_EXPORTER value "${name}" ignored`);
    }
    const off = names.includes('none');
    const wantsOtlp = !off && (names.includes('otlp') || (names.length === 0 && (tracesEndpoint !== undefined || endpoint !== undefined)));
    const toConsole = !off && names.includes('console');
    if (!wantsOtlp)
        return { console: toConsole, scheduledDelayMillis, warnings };
    const rawProtocol = (read(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? read(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf').toLowerCase();
    let protocol = 'http/protobuf';
    if (PROTOCOLS.includes(rawProtocol))
        protocol = rawProtocol;
    else
        warnings.push(`unsupported OTLP protocol "${rawProtocol}"; using http/protobuf`);
    let url;
    if (protocol === 'grpc')
        url = tracesEndpoint ?? endpoint ?? DEFAULT_GRPC_ENDPOINT;
    else
        url = tracesEndpoint ?? joinPath(endpoint ?? DEFAULT_HTTP_ENDPOINT, 'v1/traces');
    const headers = {
        ...parseKeyPairsIntoRecord(read(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
        ...parseKeyPairsIntoRecord(read(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS')),
    };
    return { otlp: { protocol, url, headers }, console: toConsole, scheduledDelayMillis, warnings };
}
//# sourceMappingURL=export-config.js.map
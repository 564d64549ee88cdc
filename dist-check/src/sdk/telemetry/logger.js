import { hostname } from 'node:os';
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, stdSerializers, stdTimeFunctions } from 'pino';
/** Field names that hold secrets; their values are never written, at the top level or one level down. */
const SECRET_FIELDS = ['password', 'pass', 'passwd', 'token', 'auth_token', 'authToken', 'seed', 'nkeySeed', 'creds', 'credentials', 'jwt', 'sig', 'secret', 'authorization', 'Authorization', 'privateKey', 'private_key', 'key', 'apiKey', 'api_key'];
/**
 * pino `redact` paths for {@link SECRET_FIELDS}: `password`, `*.password`, plus request headers.
 * A logged secret shows as `[redacted]`.
 */
export const REDACT_PATHS = [
    ...SECRET_FIELDS,
    ...SECRET_FIELDS.map((field) => `*.${field}`),
    'headers.authorization',
    'headers.cookie',
    'metadata.authorization',
    '*.headers.authorization',
];
/**
 * `{ trace_id, span_id }` of the span in `ctx`, for code that holds an explicit
 * context, e.g. inside an async generator where the active context is unreliable.
 * Pass it as the log call's object, which takes precedence over the mixin:
 * `log.info({ ...withTraceIds(ctx), sequence }, 'chunk sent')`.
 */
export function withTraceIds(ctx) {
    const spanContext = trace.getSpanContext(ctx);
    if (!spanContext || !isSpanContextValid(spanContext))
        return {};
    return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
/** Whether a (child) logger's bindings hold `trace_id` already; read once per logger. */
const boundTraceIds = new WeakMap();
/**
 * The mixin that adds the active span's ids to a line, unless the line or the logger's
 * bindings carry ids already: pino writes bindings and the line's fields side by side,
 * so a second `trace_id` would be a repeated key in the JSON.
 */
function traceIdsMixin(line, _level, logger) {
    if ('trace_id' in line)
        return {};
    let bound = boundTraceIds.get(logger);
    if (bound === undefined) {
        bound = 'trace_id' in logger.bindings();
        boundTraceIds.set(logger, bound);
    }
    return bound ? {} : withTraceIds(context.active());
}
/**
 * Creates a JSON logger: ISO `time`, `level` as a label, `service`, `pid` and
 * `hostname` on every line, the standard `err` serializer, and `trace_id`/`span_id`
 * of the active span when there is one. Message strings should be constant; put
 * data in fields. Levels come from the caller (read `LOG_LEVEL` in main.ts, not here).
 * Fields named like secrets (`password`, `token`, `seed`, `creds`, `authorization`, `key`…,
 * see {@link REDACT_PATHS}) are written as `[redacted]`.
 *
 * @example
 * const log = createLogger({ name: 'troupe-orchestrator', level: options.logLevel });
 * log.child({ run_id: run.id }).info({ step: step.id }, 'step dispatched');
 */
export function createLogger(options) {
    const logger = pino({
        level: options.level ?? 'info',
        base: { service: options.name, pid: process.pid, hostname: hostname(), ...options.bindings },
        timestamp: stdTimeFunctions.isoTime,
        serializers: { err: stdSerializers.err },
        redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
        formatters: { level: (label) => ({ level: label }) },
        mixin: traceIdsMixin,
    }, options.destination);
    return logger;
}
//# sourceMappingURL=logger.js.map
import { type Context } from '@opentelemetry/api';
import { type DestinationStream, type Logger as PinoLogger } from 'pino';
/** Troupe's logger: pino. Bind `run_id`, `task_id`, `agent` with `logger.child({...})`. */
export type Logger = PinoLogger;
/** Options of {@link createLogger}. */
export interface LoggerOptions {
    /** The service name, written as `service` on every line. */
    name: string;
    /** Minimum level. @default 'info' */
    level?: string;
    /** Fields on every line, e.g. `{ agent: 'voice-forge', instance_id }`. */
    bindings?: Record<string, unknown>;
    /** Where lines go. @default stdout */
    destination?: DestinationStream;
}
/**
 * pino `redact` paths for {@link SECRET_FIELDS}: `password`, `*.password`, plus request headers.
 * A logged secret shows as `[redacted]`.
 */
export declare const REDACT_PATHS: readonly string[];
/** Trace ids for a log line; empty when the context holds no valid span. */
export interface TraceIds {
    trace_id?: string;
    span_id?: string;
}
/**
 * `{ trace_id, span_id }` of the span in `ctx`, for code that holds an explicit
 * context, e.g. inside an async generator where the active context is unreliable.
 * Pass it as the log call's object, which takes precedence over the mixin:
 * `log.info({ ...withTraceIds(ctx), sequence }, 'chunk sent')`.
 */
export declare function withTraceIds(ctx: Context): TraceIds;
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
export declare function createLogger(options: LoggerOptions): Logger;

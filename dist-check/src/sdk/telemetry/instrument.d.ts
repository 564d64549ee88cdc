import { SpanKind, type Attributes, type Context, type Span } from '@opentelemetry/api';
/** Options of {@link instrument}. */
export interface InstrumentOptions {
    /** @default SpanKind.INTERNAL */
    kind?: SpanKind;
    /** Attributes set when the span starts. */
    attributes?: Attributes;
    /** The parent context. @default context.active() — pass it explicitly inside iterators */
    parent?: Context;
}
/**
 * Ends `span` unless this function already ended it; returns whether it did.
 * Streaming code calls it from every exit path (completion, error, cancel) so
 * the span ends exactly once whichever comes first.
 */
export declare function endSpanOnce(span: Span, endTime?: number): boolean;
/**
 * Records a failure on `span`: always an `exception` event; status ERROR with
 * `error.type` only when the error is unexpected for this kind of span (see
 * `isErrorStatus`), otherwise `troupe.error.code` names the expected code.
 * Errors are mapped to a gRPC code by `toGrpcStatus` (TroupeError → its code,
 * abort → CANCELLED, anything unknown → UNKNOWN).
 */
export declare function recordFailure(span: Span, kind: SpanKind, err: unknown): void;
/**
 * Runs `fn` inside a new span and returns its result. The span is a child of
 * `options.parent` (or the active context), `fn` runs with it active and also
 * receives the context explicitly, failures are recorded with
 * {@link recordFailure} and rethrown, and the span ends exactly once in `finally`.
 *
 * @example
 * const audio = await instrument(SPAN.TTS_SYNTHESIZE, { attributes: { [ATTR.TASK_ID]: id }, parent: ctx },
 *   (span) => synthesize(text));
 */
export declare function instrument<T>(name: string, options: InstrumentOptions, fn: (span: Span, ctx: Context) => Promise<T> | T): Promise<T>;

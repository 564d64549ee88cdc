import type { TraceSpan } from '../../sdk/telemetry/otlp-json.js';
/** Options of {@link formatWaterfall}. */
export interface WaterfallOptions {
    /** Width of the duration bar in characters. @default 30 */
    barWidth?: number;
    /** Colour errors red with ANSI escapes (for a terminal). @default false */
    color?: boolean;
}
/** How many chunks a span's message events record, by direction. */
export interface ChunkCounts {
    sent: number;
    received: number;
    /** Message events the span did not record (over the per-span cap), from `troupe.rpc.message_events_dropped`. */
    unrecorded: number;
}
/** Counts the chunk events (`rpc.message` with `troupe.chunk.sequence`) of a span. */
export declare function chunkCounts(span: TraceSpan): ChunkCounts;
/** A trace's spans as a tree: roots (no parent, or a parent not in the trace) and each span's children, by start time. */
export interface SpanTree {
    roots: TraceSpan[];
    children: Map<string, TraceSpan[]>;
    /** Spans whose parent is not in the trace. */
    orphans: TraceSpan[];
}
/** Builds the parent/child tree of one trace's spans. */
export declare function spanTree(spans: readonly TraceSpan[]): SpanTree;
/** `1.23 s`, `45.6 ms`, `789 µs`. */
export declare function formatDuration(ns: bigint): string;
/**
 * The trace as a terminal waterfall: one line per span, indented by depth, with
 * its service, a bar placed on the trace's time line, its duration, its chunk
 * counts (↑ sent, ↓ received) and its status; ERROR spans are marked `✗` with their
 * message (red with `color`). A header sums the trace up: spans, services, duration,
 * errors and spans whose parent is missing.
 *
 * @example
 * troupe-cli          troupe run                       [██████████████████████████████] 6.12 s
 *   troupe-cli        OrchestratorService/WatchRun     [  ████████████████████████████] 5.80 s  ↓412 chunks
 */
export declare function formatWaterfall(spans: readonly TraceSpan[], options?: WaterfallOptions): string;

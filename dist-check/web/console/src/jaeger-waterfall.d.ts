/**
 * A run's trace as a waterfall drawn from its real spans (`GET /api/runs/{id}/trace`, read from
 * Jaeger by the orchestrator), pure: one bar per span, in tree order (each span under its parent,
 * siblings by start), indented by depth, as an offset and a length in milliseconds from the
 * trace's first span.
 */
import type { Bar } from './waterfall.js';
/** One span as the orchestrator answers it (src/orchestrator/traces/run-trace.ts). */
export interface TraceSpanJson {
    readonly spanId: string;
    readonly parentSpanId: string;
    readonly name: string;
    readonly service: string;
    readonly kind?: string;
    readonly startUs: number;
    readonly durationUs: number;
    readonly status: 'ok' | 'error';
    readonly attributes?: Readonly<Record<string, unknown>>;
}
/** `GET /api/runs/{id}/trace`. */
export interface RunTraceJson {
    readonly source: 'jaeger';
    readonly traceId: string;
    readonly spans: readonly TraceSpanJson[];
    readonly spanCount: number;
    readonly truncated: boolean;
}
/** Deeper spans are drawn at this depth (the label still says what they are). */
export declare const MAX_DEPTH = 12;
export declare function traceWaterfall(trace: Pick<RunTraceJson, 'spans'>): {
    bars: Bar[];
    totalMs: number;
};

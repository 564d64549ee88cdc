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
export const MAX_DEPTH = 12;

/** Who did the work, for the bar's detail: the agent (agent spans), else the task's capability or the run's step. */
function detailOf(s: TraceSpanJson): string {
  const a = s.attributes ?? {};
  const named = [a['troupe.agent.name'], a['troupe.step.id'], a['troupe.capability']].find((v): v is string => typeof v === 'string' && v !== '');
  return named ? `${s.service} · ${named}` : s.service;
}

export function traceWaterfall(trace: Pick<RunTraceJson, 'spans'>): { bars: Bar[]; totalMs: number } {
  const spans = trace.spans;
  if (spans.length === 0) return { bars: [], totalMs: 0 };
  const origin = Math.min(...spans.map((s) => s.startUs));
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, TraceSpanJson[]>();
  const roots: TraceSpanJson[] = [];
  for (const s of spans) {
    // A span whose parent is missing (not exported, or cut by the span limit) is drawn as a root.
    if (s.parentSpanId && s.parentSpanId !== s.spanId && ids.has(s.parentSpanId)) {
      const list = children.get(s.parentSpanId) ?? [];
      list.push(s);
      children.set(s.parentSpanId, list);
    } else {
      roots.push(s);
    }
  }
  const byStart = (a: TraceSpanJson, b: TraceSpanJson): number => a.startUs - b.startUs;
  const bars: Bar[] = [];
  const seen = new Set<string>();
  // Iterative depth-first walk: a deep or cyclic parent chain cannot overflow the stack or loop.
  const visit = (start: TraceSpanJson): void => {
    const stack: [TraceSpanJson, number][] = [[start, 0]];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const [s, depth] = top;
      if (seen.has(s.spanId)) continue;
      seen.add(s.spanId);
      bars.push({
        label: s.name,
        kind: 'span',
        status: s.status,
        startMs: Math.max(0, (s.startUs - origin) / 1000),
        durationMs: Math.max(0, s.durationUs / 1000),
        detail: detailOf(s),
        depth: Math.min(depth, MAX_DEPTH),
      });
      const kids = [...(children.get(s.spanId) ?? [])].sort(byStart).reverse();
      for (const k of kids) stack.push([k, depth + 1]);
    }
  };
  for (const r of [...roots].sort(byStart)) visit(r);
  // Spans only reachable through a cycle of parents (a broken trace) are drawn last, as roots.
  for (const s of [...spans].sort(byStart)) visit(s);
  const totalMs = Math.max(1, ...bars.map((b) => b.startMs + b.durationMs));
  return { bars, totalMs };
}

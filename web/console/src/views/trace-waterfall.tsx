import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describe, get } from '../api.js';
import { traceWaterfall, type RunTraceJson } from '../jaeger-waterfall.js';
import type { Bar } from '../waterfall.js';
import { WaterfallView } from './waterfall-view.js';

/** What `/api/config`'s `traceSource` says: 'jaeger' when the orchestrator reads traces from Jaeger. */
export type TraceSource = 'jaeger' | 'run';

interface Props {
  readonly runId: string;
  readonly source: TraceSource;
  /** False when the run has no trace (started with tracing off). */
  readonly traced: boolean;
  /** True once the run has ended: its trace is read again then (spans reach Jaeger when they end). */
  readonly finished: boolean;
  /** The waterfall from the run's own timings (waterfall.ts), shown when there is no real trace. */
  readonly own: { bars: Bar[]; totalMs: number };
  /** Set when the run detail links to the Jaeger UI. */
  readonly linked: boolean;
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ok'; trace: RunTraceJson } | { kind: 'failed'; message: string };

/**
 * The run's trace waterfall: its real spans from `GET /api/runs/{id}/trace` (the orchestrator
 * reads Jaeger) when the orchestrator has a Jaeger query URL, else (or when Jaeger has no trace
 * to give) the run's own timings, with a note saying why and a button to ask again. A label
 * always says which source is shown.
 */
export function TraceWaterfall({ runId, source, traced, finished, own, linked }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const wanted = source === 'jaeger' && traced;
  const load = useCallback(() => {
    if (!wanted) return;
    // What is shown stays until the answer comes (no flicker while reading again).
    setState((s) => (s.kind === 'idle' ? { kind: 'loading' } : s));
    get<RunTraceJson>(`/api/runs/${encodeURIComponent(runId)}/trace`).then(
      (trace) => setState({ kind: 'ok', trace }),
      (err: unknown) => setState({ kind: 'failed', message: describe(err) }),
    );
  }, [runId, wanted]);
  useEffect(load, [load, finished]);
  // Spans reach Jaeger in batches (every few seconds by default): once the run has ended, its trace is
  // read again every 2 s while its run span is missing (or Jaeger has none of it yet), at most 5 times.
  const rereads = useRef(0);
  const incomplete = finished && state.kind === 'ok' && !state.trace.spans.some((s) => s.name === 'troupe.run');
  const missing = finished && state.kind === 'failed' && state.message.startsWith('NOT_FOUND');
  useEffect(() => {
    if (!(incomplete || missing) || rereads.current >= 5) return undefined;
    rereads.current += 1;
    const timer = setTimeout(load, 2000);
    return () => clearTimeout(timer);
  }, [incomplete, missing, state, load]);

  const real = state.kind === 'ok' && state.trace.spans.length > 0 ? state.trace : undefined;
  const shown = real ? traceWaterfall(real) : own;
  const retry = (
    <button type="button" onClick={load}>
      {state.kind === 'failed' ? 'Retry Jaeger' : 'Reload from Jaeger'}
    </button>
  );
  return (
    <>
      <h2>Trace waterfall</h2>
      <p class="trace-source" data-testid="trace-source" data-source={real ? 'jaeger' : 'run'}>
        {real ? (
          <span>
            Source: Jaeger — {real.spans.length} span{real.spans.length === 1 ? '' : 's'}
            {real.truncated ? ` (the first ${real.spans.length} of ${real.spanCount})` : ''} of trace <code>{real.traceId}</code>
            {incomplete ? '; the rest is on its way (spans reach Jaeger in batches)' : ''}.
          </span>
        ) : (
          <span class="dim">
            Source: the run's own timings{!wanted && linked ? '; the full trace is in Jaeger (link above)' : ''}
            {wanted && state.kind === 'loading' ? '; reading the trace from Jaeger…' : ''}.
          </span>
        )}
        {wanted && state.kind !== 'loading' && retry}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="trace-unavailable">
          Trace unavailable from Jaeger: {state.message}; showing the run's own timings.
        </p>
      )}
      <WaterfallView bars={shown.bars} totalMs={shown.totalMs} label={real ? 'Trace waterfall (Jaeger)' : 'Trace waterfall (run timings)'} />
    </>
  );
}

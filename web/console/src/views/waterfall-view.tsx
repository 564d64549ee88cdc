import { duration } from '../format.js';
import type { Bar } from '../waterfall.js';

/** A waterfall as a table: one row per run, step and attempt (waterfall.ts) or per span of the real trace, indented by depth (jaeger-waterfall.ts), with its bar. */
export function WaterfallView({ bars, totalMs, label = 'Trace waterfall' }: { bars: readonly Bar[]; totalMs: number; label?: string }) {
  if (bars.length === 0) return <p class="dim">The run has not started.</p>;
  return (
    <table class="waterfall" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Span</th>
          <th scope="col">Start</th>
          <th scope="col">Duration</th>
          <th scope="col" class="bar-col">
            0 … {duration(totalMs)}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b, i) => (
          <tr key={i} data-kind={b.kind}>
            <td class={`span-${b.kind}`} style={b.depth === undefined ? undefined : { paddingLeft: `${0.3 + b.depth * 0.9}rem` }}>
              {b.label} {b.detail && <span class="dim">{b.detail}</span>}
            </td>
            <td>+{duration(b.startMs)}</td>
            <td>{duration(b.durationMs)}</td>
            <td class="bar-col">
              <div class="bar" data-status={b.status} style={{ marginLeft: `${(b.startMs / totalMs) * 100}%`, width: `${Math.max(0.5, (b.durationMs / totalMs) * 100)}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

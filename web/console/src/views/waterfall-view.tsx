import { duration } from '../format.js';
import type { Bar } from '../waterfall.js';

/** The run's waterfall (waterfall.ts) as a table: one row per run, step and attempt, with its bar. */
export function WaterfallView({ bars, totalMs }: { bars: readonly Bar[]; totalMs: number }) {
  if (bars.length === 0) return <p class="dim">The run has not started.</p>;
  return (
    <table class="waterfall" aria-label="Trace waterfall">
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
            <td class={`span-${b.kind}`}>
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

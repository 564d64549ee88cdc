import { BOX, layout, type DagStep } from '../dag.js';

/**
 * The workflow's steps as an SVG DAG, each box coloured by its step's state (`data-status`,
 * see style.css); edges run from a step to the steps that depend on it.
 */
export function DagView({ steps, status, label }: { steps: readonly DagStep[]; status: (id: string) => string; label: string }) {
  const g = layout(steps);
  if (g.nodes.length === 0) return <p class="dim">No steps to draw.</p>;
  const at = new Map(g.nodes.map((n) => [n.id, n]));
  return (
    <svg class="dag" role="group" aria-label={label} viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" class="arrow" />
        </marker>
      </defs>
      {g.edges.map((e) => {
        const a = at.get(e.from);
        const b = at.get(e.to);
        if (!a || !b) return null;
        const x1 = a.x + BOX.width;
        const y1 = a.y + BOX.height / 2;
        const x2 = b.x;
        const y2 = b.y + BOX.height / 2;
        const mid = (x1 + x2) / 2;
        return <path key={`${e.from}-${e.to}`} class="edge" d={`M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`} marker-end="url(#arrow)" />;
      })}
      {g.nodes.map((n) => {
        const s = status(n.id);
        return (
          <g key={n.id} class="node" data-step={n.id} data-status={s} role="img" aria-label={`step ${n.id}: ${s}`} transform={`translate(${n.x} ${n.y})`}>
            <rect width={BOX.width} height={BOX.height} rx="6" />
            <text x={BOX.width / 2} y={16} text-anchor="middle" class="node-id">
              {n.id.length > 20 ? `${n.id.slice(0, 19)}…` : n.id}
            </text>
            <text x={BOX.width / 2} y={32} text-anchor="middle" class="node-status">
              {s}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

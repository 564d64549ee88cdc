import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { ago, clock, duration, inputValue, localInputToMs } from '../format.js';
import { nestRuns } from '../nesting.js';
import { Badge, ErrorNote, useLoad } from './common.js';

/** A line of `GET /api/runs`. */
export interface RunSummary {
  runId: string;
  workflow: string;
  status: string;
  createdAt: number;
  updatedAt?: number;
  endedAt?: number | null;
  error?: string | null;
  /** A child run's parent (a `workflow:` step's run). */
  parentRunId?: string;
}

/** How deep the table indents a child run (deeper ones are indented as much). */
const MAX_INDENT = 4;

const STATUSES = ['', 'pending', 'running', 'completed', 'failed', 'cancelled'];

/** The filters, as they are kept in the fragment (`#/runs?workflow=…&status=…&after=…&before=…&limit=…`; times as local input values or epoch ms). */
function filtersOf(query: URLSearchParams): { workflow: string; status: string; after: string; before: string; limit: number } {
  const limit = Number(query.get('limit') ?? '20');
  return {
    workflow: query.get('workflow') ?? '',
    status: query.get('status') ?? '',
    after: query.get('after') ?? '',
    before: query.get('before') ?? '',
    limit: Number.isInteger(limit) && limit > 0 && limit <= 500 ? limit : 20,
  };
}

export function RunsView({ query }: { query: URLSearchParams }) {
  const filters = filtersOf(query);
  /** Page tokens of the pages before this one (the first page's is ''). */
  const [pages, setPages] = useState<string[]>([]);
  const [pageToken, setPageToken] = useState('');
  const workflows = useLoad(() => get<{ workflows: { name: string }[] }>('/api/workflows'));
  const runs = useLoad(() => {
    const q = new URLSearchParams({ limit: String(filters.limit) });
    if (filters.workflow) q.set('workflow', filters.workflow);
    if (filters.status) q.set('status', filters.status);
    const after = localInputToMs(filters.after);
    const before = localInputToMs(filters.before);
    if (after !== undefined) q.set('created_after', String(after));
    if (before !== undefined) q.set('created_before', String(before));
    if (pageToken) q.set('page_token', pageToken);
    return get<{ runs: RunSummary[]; next_page_token?: string }>(`/api/runs?${q.toString()}`);
  }, undefined, pageToken);
  const [draft, setDraft] = useState(filters);
  const apply = (e: Event): void => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v !== '' && !(k === 'limit' && v === 20)) q.set(k, String(v));
    location.hash = `#/runs${q.size ? `?${q.toString()}` : ''}`;
  };
  const go = (token: string, back: boolean): void => {
    setPages((p) => (back ? p.slice(0, -1) : [...p, pageToken]));
    setPageToken(token);
  };
  const next = runs.data?.next_page_token ?? '';
  const now = Date.now();
  return (
    <section aria-labelledby="runs-title">
      <h1 id="runs-title">Runs</h1>
      <form class="filters" onSubmit={apply} aria-label="Filter runs">
        <label>
          Workflow
          <select value={draft.workflow} onChange={(e) => setDraft({ ...draft, workflow: e.currentTarget.value })}>
            <option value="">any</option>
            {(workflows.data?.workflows ?? []).map((w) => (
              <option key={w.name} value={w.name}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s || 'any'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Created after
          <input type="datetime-local" step="0.001" value={inputValue(draft.after)} onInput={(e) => setDraft({ ...draft, after: e.currentTarget.value })} />
        </label>
        <label>
          Created before
          <input type="datetime-local" step="0.001" value={inputValue(draft.before)} onInput={(e) => setDraft({ ...draft, before: e.currentTarget.value })} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <ErrorNote error={runs.error} />
      <table>
        <caption class="meta">
          Page {pages.length + 1}
          {runs.data ? ` · ${runs.data.runs.length} run(s)` : ' · loading'} · child runs follow their parent when it is on this page (↳), else name it
        </caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Workflow</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          {nestRuns(runs.data?.runs ?? []).map(({ run: r, depth, parentElsewhere }) => (
            <tr key={r.runId} data-run={r.runId} data-depth={depth} data-parent={r.parentRunId}>
              <td class={depth > 0 ? `nested depth-${Math.min(depth, MAX_INDENT)}` : undefined}>
                {depth > 0 && (
                  <span class="nest-mark" aria-hidden="true">
                    ↳{' '}
                  </span>
                )}
                <a href={`#/runs/${encodeURIComponent(r.runId)}`} aria-label={r.parentRunId ? `${r.runId}, child of ${r.parentRunId}` : undefined}>
                  <code>{r.runId}</code>
                </a>
                {parentElsewhere && (
                  <div class="dim">
                    child of{' '}
                    <a href={`#/runs/${encodeURIComponent(parentElsewhere)}`} aria-label={`parent run ${parentElsewhere}`}>
                      <code>{parentElsewhere}</code>
                    </a>
                  </div>
                )}
              </td>
              <td>{r.workflow}</td>
              <td>
                <Badge state={r.status} />
              </td>
              <td title={clock(r.createdAt)}>{ago(r.createdAt, now)}</td>
              <td>{r.endedAt ? duration(r.endedAt - r.createdAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages of runs">
        <button type="button" disabled={pages.length === 0} onClick={() => go(pages.at(-1) ?? '', true)}>
          Previous page
        </button>
        <button type="button" disabled={!next} onClick={() => go(next, false)}>
          Next page
        </button>
      </nav>
    </section>
  );
}

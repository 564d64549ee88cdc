import { get } from '../api.js';
import { ago, clock } from '../format.js';
import { Badge, ErrorNote, useLoad } from './common.js';

/** A line of `GET /api/webhooks` (the orchestrator's delivery log; docs/http-api.md#callbacks). */
interface Delivery {
  kind: 'run' | 'task';
  id: string;
  url: string;
  workflow?: string;
  capability?: string;
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: number;
  lastError?: string;
  registeredAt: string;
  updatedAt: string;
}

const STATES = ['failed', 'retrying', 'pending', 'delivered'] as const;

/**
 * Completion-webhook deliveries of runs and tasks made by the orchestrator this console talks to,
 * newest first, with a state filter kept in the fragment (`#/webhooks?state=failed`), read again every 3 s.
 */
export function WebhooksView({ query }: { query: URLSearchParams }) {
  const raw = query.get('state') ?? '';
  const state = (STATES as readonly string[]).includes(raw) ? raw : '';
  const list = useLoad(() => get<{ deliveries: Delivery[] }>(`/api/webhooks?limit=500${state ? `&state=${state}` : ''}`), 3000);
  const deliveries = list.data?.deliveries ?? [];
  const now = Date.now();
  return (
    <section aria-labelledby="hooks-title">
      <h1 id="hooks-title">Webhooks</h1>
      <p class="meta">
        Completion callbacks of runs and tasks (<code>callback_url</code>) this orchestrator sent or will send, newest first ({deliveries.length}). Kept in its memory: another
        orchestrator lists its own.
      </p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          State{' '}
          <select
            value={state}
            onChange={(e) => {
              const next = e.currentTarget.value;
              location.hash = next ? `#/webhooks?state=${next}` : '#/webhooks';
            }}
          >
            <option value="">all</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {s === 'failed' ? 'failed only' : s}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ErrorNote error={list.error} />
      <table aria-label="Webhook deliveries">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Run / task</th>
            <th scope="col">URL</th>
            <th scope="col">State</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={`${d.kind}:${d.id}`} data-delivery={d.id} data-state={d.state}>
              <td>{d.kind}</td>
              <td>
                {d.kind === 'run' ? <a href={`#/runs/${encodeURIComponent(d.id)}`}>{d.id}</a> : <code>{d.id}</code>}{' '}
                <span class="dim">{d.workflow ?? d.capability ?? ''}</span>
              </td>
              <td>
                <code>{d.url}</code>
              </td>
              <td>
                <Badge state={d.state} />
              </td>
              <td>{d.attempts}</td>
              <td class={d.lastError && d.state !== 'delivered' ? 'error' : undefined}>{d.state !== 'delivered' && d.lastError ? d.lastError : '—'}</td>
              <td title={clock(d.updatedAt)}>{ago(d.updatedAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliveries.length === 0 && !list.error && list.data && <p class="dim">{state ? `No ${state} deliveries.` : 'No deliveries yet.'}</p>}
    </section>
  );
}

import { get, post } from '../api.js';
import { ago, clock, preview } from '../format.js';
import { ErrorNote, useLoad, useNotice } from './common.js';

/** A record of `GET /api/dead-letters` (ListDeadLetters). */
interface DeadLetter {
  taskId: string;
  runId?: string;
  stepId?: string;
  capability: string;
  attempts: { instanceId: string; code: number; message: string; at: number }[];
  input: unknown;
  failedAt: number;
  reason: string;
}

export function DeadLettersView() {
  const list = useLoad(() => get<{ records: DeadLetter[] }>('/api/dead-letters?limit=200'), 5000);
  const { notice, act } = useNotice();
  const records = list.data?.records ?? [];
  const now = Date.now();
  const what = { step: 'Replay step', run: 'Replay run of', from_step: 'Replay run from step' } as const;
  const replay = (d: DeadLetter, mode: 'step' | 'run' | 'from_step'): Promise<void> =>
    act(`${what[mode]} ${d.stepId ?? d.taskId}`, async () => {
      const result = await post<{ runId?: string }>(`/api/dead-letters/${encodeURIComponent(d.taskId)}/replay`, { mode });
      list.reload();
      if (result.runId) location.hash = `#/runs/${encodeURIComponent(result.runId)}`;
    });
  const discard = (d: DeadLetter): Promise<void> =>
    act(`Discard ${d.taskId}`, async () => {
      await post(`/api/dead-letters/${encodeURIComponent(d.taskId)}/discard`);
      list.reload();
    });
  return (
    <section aria-labelledby="dl-title">
      <h1 id="dl-title">Dead letters</h1>
      <p class="meta">Tasks that failed every attempt and their fallback, newest first ({records.length}).</p>
      <ErrorNote error={list.error} />
      {notice}
      <table>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Run / step</th>
            <th scope="col">Capability</th>
            <th scope="col">Attempts</th>
            <th scope="col">Failed</th>
            <th scope="col">Why</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {records.map((d) => (
            <tr key={d.taskId} data-task={d.taskId}>
              <td>
                <details>
                  <summary>
                    <code>{d.taskId}</code>
                  </summary>
                  <h3>Input</h3>
                  <pre>{preview(d.input, 4000)}</pre>
                  <h3>Attempts</h3>
                  <ol>
                    {d.attempts.map((a, i) => (
                      <li key={i}>
                        {clock(a.at)} <code>{a.instanceId}</code> code {a.code}: {a.message}
                      </li>
                    ))}
                  </ol>
                </details>
              </td>
              <td>
                {d.runId ? <a href={`#/runs/${encodeURIComponent(d.runId)}`}>{d.runId}</a> : '—'} {d.stepId && <span class="dim">/ {d.stepId}</span>}
              </td>
              <td>{d.capability}</td>
              <td>{d.attempts.length}</td>
              <td title={clock(d.failedAt)}>{ago(d.failedAt, now)}</td>
              <td>{d.reason}</td>
              <td class="actions">
                <button type="button" onClick={() => void replay(d, 'step')} aria-label={`Replay step of ${d.taskId}`}>
                  Replay step
                </button>
                <button type="button" disabled={!d.runId} onClick={() => void replay(d, 'run')} aria-label={`Replay run of ${d.taskId}`}>
                  Replay run
                </button>
                <button type="button" disabled={!d.runId} onClick={() => void replay(d, 'from_step')} aria-label={`Replay run from step of ${d.taskId}`} title="A new run in which the steps that succeeded before this one keep their outputs">
                  Replay run from step
                </button>
                <button type="button" onClick={() => void discard(d)} aria-label={`Discard ${d.taskId}`}>
                  Discard
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {records.length === 0 && !list.error && <p class="dim">No dead letters.</p>}
    </section>
  );
}

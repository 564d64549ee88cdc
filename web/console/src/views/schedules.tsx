import { get } from '../api.js';
import { clock } from '../format.js';
import { Badge, ErrorNote, useLoad } from './common.js';

/** A schedule of `GET /api/schedules` (ListSchedules, docs/schedules.md). */
interface Schedule {
  name: string;
  workflow: string;
  cron: string;
  at: string;
  timezone: string;
  state: string;
  nextTick: string;
  lastTick: string;
  lastRunId: string;
  firedCount: string;
  missedCount: string;
  failedCount: string;
  lastError: string;
}

export function SchedulesView() {
  const list = useLoad(() => get<{ schedules: Schedule[] }>('/api/schedules'), 5000);
  return (
    <section aria-labelledby="sched-title">
      <h1 id="sched-title">Schedules</h1>
      <ErrorNote error={list.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Schedule</th>
            <th scope="col">Workflow</th>
            <th scope="col">When</th>
            <th scope="col">State</th>
            <th scope="col">Next tick</th>
            <th scope="col">Last run</th>
            <th scope="col">Fired / missed / failed</th>
          </tr>
        </thead>
        <tbody>
          {(list.data?.schedules ?? []).map((s) => (
            <tr key={s.name} data-schedule={s.name}>
              <td>{s.name}</td>
              <td>{s.workflow}</td>
              <td>
                {s.cron ? <code>{s.cron}</code> : `at ${clock(s.at)}`} <span class="dim">{s.timezone}</span>
              </td>
              <td>
                <Badge state={s.state} />
                {s.lastError && <span class="dim"> {s.lastError}</span>}
              </td>
              <td>{clock(s.nextTick)}</td>
              <td>{s.lastRunId ? <a href={`#/runs/${encodeURIComponent(s.lastRunId)}`}>{s.lastRunId}</a> : '—'}</td>
              <td>
                {s.firedCount} / {s.missedCount} / {s.failedCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.schedules.length === 0 && <p class="dim">No schedules.</p>}
    </section>
  );
}

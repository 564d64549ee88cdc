import { useEffect, useRef, useState } from 'preact/hooks';
import { follow, get, post, withToken } from '../api.js';
import { stepsOf, type DagStep } from '../dag.js';
import { clock, duration, preview } from '../format.js';
import { waterfall } from '../waterfall.js';
import type { CallbackState } from '../callback.js';
import { CallbackNote } from './callback-note.js';
import { ChildRuns, ParentNote, type ParentLink } from './child-runs.js';
import { Badge, ErrorNote, useLoad, useNotice } from './common.js';
import { DagView } from './dag-view.js';
import { ReplayNote, type ReplayOf } from './replay-note.js';
import { TraceWaterfall, type TraceSource } from './trace-waterfall.js';

interface Attempt {
  attempt: number;
  instanceId: string;
  capability: string;
  startedAt: number;
  endedAt?: number;
  outcome?: string;
  code?: number;
  message?: string;
}

interface StepReport {
  id: string;
  status: string;
  startedAt?: number;
  endedAt?: number;
  error?: string;
  tasks?: { taskId: string; attempts: Attempt[] }[];
  /** A `workflow:` step: its child runs (child-runs.tsx). */
  childRunIds?: string[];
  /** Completed with the output of run `reusedFrom` (a replay from a failed step), not run again. */
  reused?: boolean;
  reusedFrom?: string;
}

/** `GET /api/runs/{id}` (GetRun's report). */
interface RunReport {
  runId: string;
  workflow: string;
  status: string;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  output?: unknown;
  error?: string;
  explanation?: string;
  traceId: string;
  steps: StepReport[];
  /** A child run: its parent run and step (child-runs.tsx). */
  parent?: ParentLink;
  /** A replay of run `runId` from its failed step `stepId`. */
  replayOf?: ReplayOf;
  /** Started with `callback_url`: where its completion webhook stands (callback-note.tsx). */
  callback?: CallbackState;
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);
/** Every event type of a run's stream: any of them may change what the report says. */
const EVENTS = ['run.queued', 'run.started', 'step.started', 'step.retrying', 'step.waiting', 'step.signalled', 'step.progress', 'step.completed', 'step.failed', 'step.skipped', 'step.recovered', 'step.cancelled', 'step.item_done', 'step.reused', 'attempt.started', 'attempt.failed', 'task.dead_lettered', 'stream.restarted', 'chunk', 'run.completed', 'run.failed', 'run.cancelled'];

export function RunDetailView({ runId }: { runId: string }) {
  const path = `/api/runs/${encodeURIComponent(runId)}`;
  const report = useLoad(() => get<RunReport>(path));
  const config = useLoad(() => get<{ jaegerUiUrl: string | null; traceSource?: TraceSource }>('/api/config'));
  const [steps, setSteps] = useState<DagStep[]>();
  const [audio, setAudio] = useState(false);
  const [live, setLive] = useState(false);
  const { notice, act } = useNotice();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const workflow = report.data?.workflow;

  // The run's events, live: each one (coalesced over 150 ms) reloads the report, so the DAG recolours as steps change.
  useEffect(() => {
    const close = follow(`${path}/events`, EVENTS, (type) => {
      setLive(true);
      if (type === 'chunk') setAudio(true);
      pending.current ??= setTimeout(() => {
        pending.current = undefined;
        report.reload();
      }, 150);
      if (type.startsWith('run.') && type !== 'run.started' && type !== 'run.queued') setLive(false);
    }, () => setLive(false));
    return () => {
      close();
      clearTimeout(pending.current);
    };
  }, [path, report.reload]);

  // The definition, for the DAG's edges (without workflows:read the steps are drawn unconnected).
  useEffect(() => {
    if (!workflow) return;
    get<{ versions: { definition: unknown }[] }>(`/api/workflows/${encodeURIComponent(workflow)}/versions`).then(
      (v) => setSteps(stepsOf(v.versions[0]?.definition)),
      () => setSteps(undefined),
    );
  }, [workflow]);

  const r = report.data;
  if (!r) {
    return (
      <section>
        <h1>Run {runId}</h1>
        <ErrorNote error={report.error} />
        {!report.error && <p class="dim">Loading…</p>}
      </section>
    );
  }
  // A reused step is drawn in its own state: it succeeded, but in the run it replays.
  const statusOf = (id: string): string => {
    const step = r.steps.find((s) => s.id === id);
    return step?.reused ? 'reused' : (step?.status ?? 'pending');
  };
  // The latest definition gives the edges when it has the run's steps (a run of an older, different version: its steps, unconnected).
  const same = steps?.length === r.steps.length && steps.every((s) => r.steps.some((x) => x.id === s.id));
  const drawn = same ? steps : r.steps.map((s) => ({ id: s.id, dependsOn: [] }));
  const jaeger = config.data?.jaegerUiUrl;
  // A run started with tracing off has the all-zero trace id: there is nothing to link to.
  const traced = /^[0-9a-f]{32}$/.test(r.traceId) && !/^0+$/.test(r.traceId);
  const waiting = r.steps.filter((s) => s.status === 'waiting');
  const signal = (step: string, reject: boolean): Promise<void> =>
    act(`${reject ? 'Reject' : 'Approve'} ${step}`, async () => {
      await post(`${path}/signal/${encodeURIComponent(step)}`, reject ? { reject: true } : { payload: { approvedBy: 'console' } });
      report.reload();
    });
  return (
    <section aria-labelledby="run-title">
      <h1 id="run-title">
        Run <code>{r.runId}</code>
      </h1>
      <p class="meta">
        <Badge state={r.status} /> {r.workflow} · created {clock(r.createdAt)} · took {duration(r.endedAt && r.startedAt ? r.endedAt - r.startedAt : null)} · {live ? 'live' : 'not live'} · {traced ? <>trace <code>{r.traceId}</code> </> : 'not traced '}
        {jaeger && traced && (
          <a href={`${jaeger}/trace/${r.traceId}`} target="_blank" rel="noopener noreferrer">
            Open in Jaeger
          </a>
        )}
      </p>
      <ParentNote parent={r.parent} />
      <ReplayNote replayOf={r.replayOf} steps={r.steps} />
      <ErrorNote error={report.error} />
      {notice}
      <div class="actions">
        {!FINISHED.has(r.status) && (
          <button type="button" onClick={() =>
              void act('Cancel run', async () => {
                await post(`${path}/cancel`, { reason: 'cancelled from the console' });
                report.reload();
              })
            }>
            Cancel run
          </button>
        )}
        {waiting.map((s) => (
          <span key={s.id} class="signal">
            Step {s.id} waits:{' '}
            <button type="button" onClick={() => void signal(s.id, false)}>
              Approve {s.id}
            </button>{' '}
            <button type="button" onClick={() => void signal(s.id, true)}>
              Reject {s.id}
            </button>
          </span>
        ))}
      </div>
      {(r.error ?? r.explanation) && <p class="error">{r.explanation ?? r.error}</p>}
      <h2>Steps</h2>
      <DagView steps={drawn} status={statusOf} label={`Steps of run ${r.runId}`} />
      <ChildRuns steps={r.steps} version={r} />
      {audio && (
        <>
          <h2>Audio</h2>
          <audio controls preload="none" src={withToken(`/runs/${encodeURIComponent(r.runId)}/audio`)} aria-label="Audio of the run" />
        </>
      )}
      <h2>Attempts</h2>
      <table aria-label="Attempts">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">#</th>
            <th scope="col">Agent instance</th>
            <th scope="col">Capability</th>
            <th scope="col">Outcome</th>
            <th scope="col">Started</th>
            <th scope="col">Took</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {r.steps.flatMap((s) =>
            (s.tasks ?? []).flatMap((t) =>
              t.attempts.map((a) => (
                <tr key={`${t.taskId}-${a.attempt}`} data-step={s.id}>
                  <td>{s.id}</td>
                  <td>{a.attempt}</td>
                  <td>
                    <code>{a.instanceId}</code>
                  </td>
                  <td>{a.capability}</td>
                  <td>
                    <Badge state={a.outcome ?? 'running'} />
                  </td>
                  <td>{clock(a.startedAt)}</td>
                  <td>{duration(a.endedAt !== undefined ? a.endedAt - a.startedAt : null)}</td>
                  <td>{a.message ?? ''}</td>
                </tr>
              )),
            ),
          )}
        </tbody>
      </table>
      <h2>Output</h2>
      <pre class="output" aria-label="Run output">
        {r.output !== undefined ? preview(r.output) : FINISHED.has(r.status) ? '(none)' : '(none yet)'}
      </pre>
      <CallbackNote callback={r.callback} reload={report.reload} />
      <TraceWaterfall key={r.runId} runId={r.runId} source={config.data?.traceSource ?? 'run'} traced={traced} finished={FINISHED.has(r.status)} own={waterfall(r, Date.now())} linked={Boolean(jaeger && traced)} />
    </section>
  );
}

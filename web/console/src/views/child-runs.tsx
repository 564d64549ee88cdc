import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../api.js';
import { Badge } from './common.js';

/** A child run's link to its parent (`parent` of GetRun's report; docs/workflows.md). */
export interface ParentLink {
  runId: string;
  stepId: string;
  index?: number;
  depth?: number;
}

/** What the child-run section needs of a step. */
export interface StepWithChildren {
  id: string;
  childRunIds?: string[];
}

/** What the section shows of each child: its report's workflow and status, or why it could not be read. */
interface ChildState {
  workflow?: string;
  status?: string;
  error?: string;
}

const FINISHED = new Set(['completed', 'failed', 'cancelled']);
/** Children read at most per view (a for_each step may start hundreds; the rest are listed by id). */
const MAX_READ = 50;
/** How often unfinished children are re-read (their events are on their own streams, not the parent's). */
const POLL_MS = 2000;

const runHref = (id: string): string => `#/runs/${encodeURIComponent(id)}`;

/** "child of <parent> (step X, item i)", linking back, on a child run's detail. */
export function ParentNote({ parent }: { parent: ParentLink | undefined }) {
  if (!parent) return null;
  return (
    <p class="meta" data-testid="parent-run">
      child of{' '}
      <a href={runHref(parent.runId)} aria-label={`parent run ${parent.runId}`}>
        <code>{parent.runId}</code>
      </a>{' '}
      (step <code>{parent.stepId}</code>
      {parent.index === undefined ? '' : `, item ${parent.index}`})
    </p>
  );
}

/**
 * The child runs of a run's `workflow:` steps: each with its workflow and status, linking to its
 * detail. Re-read whenever the parent's report is (every parent event: `version`), and every
 * {@link POLL_MS} while a child is unfinished.
 */
export function ChildRuns({ steps, version }: { steps: readonly StepWithChildren[]; version: unknown }) {
  const withChildren = steps.filter((s) => (s.childRunIds ?? []).length > 0);
  const ids = withChildren.flatMap((s) => s.childRunIds ?? []);
  const key = ids.join(' ');
  const [states, setStates] = useState(new Map<string, ChildState>());
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let gone = false;
    const read = ids.slice(0, MAX_READ);
    void Promise.all(
      read.map((id) =>
        get<{ workflow?: string; status?: string }>(`/api/runs/${encodeURIComponent(id)}`).then(
          (r): [string, ChildState] => [id, { workflow: r.workflow ?? '', status: r.status ?? 'unknown' }],
          (err: unknown): [string, ChildState] => [id, { error: describe(err) }],
        ),
      ),
    ).then((entries) => {
      if (!gone) setStates(new Map(entries));
    });
    return () => {
      gone = true;
    };
    // `version` changes with every reload of the parent's report; `tick` with the poll.
  }, [key, version, tick]);
  const unfinished = ids.slice(0, MAX_READ).some((id) => {
    const s = states.get(id);
    return s === undefined || (s.error === undefined && !FINISHED.has(s.status ?? ''));
  });
  useEffect(() => {
    if (!unfinished) return undefined;
    const timer = setTimeout(() => setTick((t) => t + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [unfinished, states]);
  if (withChildren.length === 0) return null;
  return (
    <>
      <h2 id="child-runs-title">Child runs</h2>
      <table aria-labelledby="child-runs-title" class="children">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Child run</th>
            <th scope="col">Workflow</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {withChildren.flatMap((s) =>
            (s.childRunIds ?? []).map((id, i) => {
              const c = i < MAX_READ ? states.get(id) : undefined;
              return (
                <tr key={id} data-step={s.id} data-child={id} data-status={c?.status ?? ''}>
                  <td>
                    {s.id}
                    {(s.childRunIds ?? []).length > 1 ? <span class="dim"> item {i}</span> : null}
                  </td>
                  <td>
                    <a href={runHref(id)} aria-label={`child run ${id} of step ${s.id}`}>
                      <code>{id}</code>
                    </a>
                  </td>
                  <td>{c?.workflow ?? ''}</td>
                  <td>{c?.error ? <span class="error">{c.error}</span> : c?.status ? <Badge state={c.status} /> : <span class="dim">{i < MAX_READ ? 'loading' : 'open it for its status'}</span>}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </>
  );
}

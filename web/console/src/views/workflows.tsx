import { get } from '../api.js';
import { stepsOf } from '../dag.js';
import { clock, preview } from '../format.js';
import { DagView } from './dag-view.js';
import { ErrorNote, useLoad } from './common.js';

interface Workflow {
  name: string;
  version: number;
  registeredAt: number;
  definition: unknown;
}

/** Workflows: the latest version of each; a selected one (`#/workflows/<name>`) with every version kept and its diagram. */
export function WorkflowsView({ selected }: { selected: string | undefined }) {
  const list = useLoad(() => get<{ workflows: Workflow[] }>('/api/workflows'));
  return (
    <section aria-labelledby="wf-title">
      <h1 id="wf-title">Workflows</h1>
      <ErrorNote error={list.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Workflow</th>
            <th scope="col">Latest version</th>
            <th scope="col">Steps</th>
            <th scope="col">Registered</th>
          </tr>
        </thead>
        <tbody>
          {(list.data?.workflows ?? []).map((w) => (
            <tr key={w.name} data-workflow={w.name} aria-current={w.name === selected ? 'true' : undefined}>
              <td>
                <a href={`#/workflows/${encodeURIComponent(w.name)}`}>{w.name}</a>
              </td>
              <td>v{w.version}</td>
              <td>{stepsOf(w.definition).length}</td>
              <td>{clock(w.registeredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected && <WorkflowVersions key={selected} name={selected} />}
    </section>
  );
}

function WorkflowVersions({ name }: { name: string }) {
  const versions = useLoad(() => get<{ versions: Workflow[] }>(`/api/workflows/${encodeURIComponent(name)}/versions`));
  const latest = versions.data?.versions[0];
  return (
    <section aria-labelledby="wf-detail">
      <h2 id="wf-detail">{name}</h2>
      <ErrorNote error={versions.error} />
      {latest && <DagView steps={stepsOf(latest.definition)} status={() => 'defined'} label={`Diagram of ${name} v${latest.version}`} />}
      {(versions.data?.versions ?? []).map((v) => (
        <details key={v.version} open={v === latest}>
          <summary>
            v{v.version} · registered {clock(v.registeredAt)}
          </summary>
          <pre aria-label={`Definition of ${name} v${v.version}`}>{preview(v.definition)}</pre>
        </details>
      ))}
    </section>
  );
}

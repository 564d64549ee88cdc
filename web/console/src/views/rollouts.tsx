import { get } from '../api.js';
import { clock, percent } from '../format.js';
import { capabilityVersions, type VersionedInstance } from '../versions.js';
import { Badge, ErrorNote, useLoad } from './common.js';

/** One rollout as `GET /api/rollouts` gives it (ListRollouts' Rollout; docs/rollouts.md). */
interface Rollout {
  capability: string;
  canary: string;
  stable: string;
  weight: number;
  state: string;
  reason: string;
  canaryStats: { samples: number; successRate: number; latencyP50Ms: number };
  stableStats: { samples: number; successRate: number; latencyP50Ms: number };
  decisions: { at: string; decision: string; reason: string; actor: string }[];
  updatedAt: string;
  updatedBy: string;
}

/** How often both lists are re-read (rollouts change by operators and by automatic rollback). */
const REFRESH_MS = 3000;

const side = (s: Rollout['canaryStats']): string => (s.samples > 0 ? `${percent(s.successRate)} ok of ${s.samples}${s.latencyP50Ms > 0 ? `, p50 ${Math.round(s.latencyP50Ms)} ms` : ''}` : 'no tasks yet');

/** Capability versions (from the agent instances) and the canary rollouts, with their last decision. */
export function RolloutsView() {
  const agents = useLoad(() => get<{ agents: VersionedInstance[] }>('/api/agents'), REFRESH_MS);
  const rollouts = useLoad(() => get<{ rollouts: Rollout[] }>('/api/rollouts'), REFRESH_MS);
  const versions = capabilityVersions(agents.data?.agents ?? []);
  const list = rollouts.data?.rollouts ?? [];
  return (
    <section aria-labelledby="rollouts-title">
      <h1 id="rollouts-title">Versions &amp; rollouts</h1>
      <p class="meta">re-read every {REFRESH_MS / 1000} s · measurements are this orchestrator's, since the rollout was last set</p>
      <h2 id="rollout-list-title">Rollouts</h2>
      <ErrorNote error={rollouts.error} />
      {rollouts.data && list.length === 0 && <p class="dim">No rollouts. Start one with <code>troupe rollout set CAPABILITY --canary VERSION --weight 10</code>.</p>}
      {list.length > 0 && (
        <table aria-labelledby="rollout-list-title">
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Stable</th>
              <th scope="col">Canary</th>
              <th scope="col">Weights</th>
              <th scope="col">State</th>
              <th scope="col">Measured</th>
              <th scope="col">Last decision</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => {
              const last = r.decisions.at(-1);
              return (
                <tr key={r.capability} data-rollout={r.capability} data-state={r.state}>
                  <td>
                    <code>{r.capability}</code>
                  </td>
                  <td>{r.stable || <span class="dim">every version but {r.canary}</span>}</td>
                  <td>{r.canary}</td>
                  <td data-testid="weights">
                    stable {100 - r.weight} % · canary {r.weight} %
                  </td>
                  <td>
                    <Badge state={r.state.replace('_', ' ')} />
                  </td>
                  <td>
                    <div>canary: {side(r.canaryStats)}</div>
                    <div>stable: {side(r.stableStats)}</div>
                  </td>
                  <td>
                    {last ? (
                      <details>
                        <summary aria-label={`decisions of the ${r.capability} rollout`}>
                          {last.decision.replace('_', ' ')} {clock(last.at)} <span class="dim">by {last.actor}</span>
                        </summary>
                        <p data-testid="last-reason">{last.reason}</p>
                        <ol class="history" aria-label={`decisions of the ${r.capability} rollout`}>
                          {r.decisions.map((d, i) => (
                            <li key={i}>
                              {clock(d.at)} {d.decision.replace('_', ' ')} <span class="dim">by {d.actor}</span>: {d.reason}
                            </li>
                          ))}
                        </ol>
                      </details>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2 id="versions-title">Capability versions</h2>
      <ErrorNote error={agents.error} />
      <table aria-labelledby="versions-title">
        <thead>
          <tr>
            <th scope="col">Capability</th>
            <th scope="col">Version</th>
            <th scope="col">Instances</th>
            <th scope="col">Agents</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={`${v.capability}@${v.version}`} data-capability={v.capability} data-version={v.version}>
              <td>
                <code>{v.capability}</code>
              </td>
              <td>{v.version || <span class="dim">none</span>}</td>
              <td>
                {v.instances.length}: <span class="dim">{v.instances.join(', ')}</span>
              </td>
              <td>{v.agents.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

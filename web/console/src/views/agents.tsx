import { useEffect, useState } from 'preact/hooks';
import { follow, get, post } from '../api.js';
import { ago, clock, duration, enumName, percent } from '../format.js';
import { Badge, ErrorNote, useLoad, useNotice } from './common.js';

/** One instance as `GET /api/agents` and `GET /api/agents/events` give it (ListAgents' AgentStatus). */
export interface AgentStatus {
  agent: { name: string; version: string; instanceId: string; maxConcurrency?: number; capabilities?: { name: string; version?: string }[] };
  address: string;
  state: string;
  inFlight: number;
  reportedInFlight: number;
  lastHeartbeatUnixMs: string;
  breaker: string;
  succeeded: string;
  failed: string;
  latencyEwmaMs: number;
  successRate: number;
  refusedReason?: string;
  history: { state: string; atUnixMs: string; reason: string; actor: string }[];
}

/** How often the load and latency columns are refreshed (state changes arrive live over SSE). */
const REFRESH_MS = 3000;

export function AgentsView() {
  const list = useLoad(() => get<{ agents: AgentStatus[] }>('/api/agents?include_left=true'), REFRESH_MS);
  const [live, setLive] = useState(new Map<string, AgentStatus>());
  const [streaming, setStreaming] = useState(false);
  const { notice, act } = useNotice();
  useEffect(
    () =>
      follow(
        '/api/agents/events',
        ['agent'],
        (_type, data) => {
          const status = (data as { agent?: AgentStatus } | null)?.agent;
          if (!status) return;
          setStreaming(true);
          setLive((m) => new Map(m).set(status.agent.instanceId, status));
        },
        () => setStreaming(false),
      ),
    [],
  );
  // The newest view of each instance: a polled list, with live state changes on top when newer.
  const merged = new Map<string, AgentStatus>();
  for (const a of list.data?.agents ?? []) merged.set(a.agent.instanceId, a);
  for (const [id, a] of live) {
    const known = merged.get(id);
    if (!known || a.history.length >= known.history.length) merged.set(id, known ? { ...known, state: a.state, breaker: a.breaker, history: a.history } : a);
  }
  const agents = [...merged.values()].sort((a, b) => a.agent.name.localeCompare(b.agent.name) || a.agent.instanceId.localeCompare(b.agent.instanceId));
  const now = Date.now();
  const setMode = (a: AgentStatus, mode: string, label: string): Promise<void> =>
    act(`${label} ${a.agent.name} (${a.agent.instanceId})`, async () => {
      await post(`/api/agents/${encodeURIComponent(a.agent.instanceId)}/mode`, { mode });
      list.reload();
    });
  return (
    <section aria-labelledby="agents-title">
      <h1 id="agents-title">Agents</h1>
      <p class="meta">
        {agents.length} instance(s) · state changes {streaming ? 'live' : 'not live'} · load refreshed every {REFRESH_MS / 1000} s
      </p>
      <ErrorNote error={list.error} />
      {notice}
      <table>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Instance</th>
            <th scope="col">State</th>
            <th scope="col">Breaker</th>
            <th scope="col">Load</th>
            <th scope="col">Latency</th>
            <th scope="col">Success</th>
            <th scope="col">Heartbeat</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((a) => {
            const state = enumName(a.state);
            return (
              <tr key={a.agent.instanceId} data-instance={a.agent.instanceId} data-state={state}>
                <td>
                  {a.agent.name} <span class="dim">{a.agent.version}</span>
                </td>
                <td>
                  <details>
                    <summary>
                      <code>{a.agent.instanceId}</code>
                    </summary>
                    <p class="dim">{a.address}</p>
                    <p class="dim">capabilities: {(a.agent.capabilities ?? []).map((c) => `${c.name}@${c.version || a.agent.version}`).join(', ')}</p>
                    <h3>State history</h3>
                    <ol class="history" aria-label={`state history of ${a.agent.instanceId}`}>
                      {a.history.map((h, i) => (
                        <li key={i}>
                          {clock(h.atUnixMs)} <Badge state={enumName(h.state)} /> {h.reason} {h.actor && <span class="dim">by {h.actor}</span>}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
                <td>
                  <Badge state={state} />
                  {a.refusedReason && <span class="dim"> {a.refusedReason}</span>}
                </td>
                <td>
                  <Badge state={enumName(a.breaker)} />
                </td>
                <td>
                  {a.inFlight}
                  {a.agent.maxConcurrency ? ` / ${a.agent.maxConcurrency}` : ''}
                </td>
                <td>{duration(a.latencyEwmaMs)}</td>
                <td>
                  {percent(a.successRate)} <span class="dim">({a.succeeded} ok, {a.failed} failed)</span>
                </td>
                <td>{ago(a.lastHeartbeatUnixMs, now)}</td>
                <td class="actions">
                  <button type="button" disabled={state === 'left'} onClick={() => void setMode(a, 'drain', 'Drain')} aria-label={`Drain ${a.agent.instanceId}`}>
                    Drain
                  </button>
                  <button type="button" disabled={state === 'left'} onClick={() => void setMode(a, 'maintenance', 'Maintenance')} aria-label={`Maintenance ${a.agent.instanceId}`}>
                    Maintenance
                  </button>
                  <button type="button" disabled={state === 'left'} onClick={() => void setMode(a, 'active', 'Activate')} aria-label={`Activate ${a.agent.instanceId}`}>
                    Activate
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

import { METRIC, observeGauge } from '../../sdk/telemetry/index.js';
import type { Registry } from './registry.js';

/**
 * Prometheus gauges of agent health: instances per agent and lifecycle state
 * (`troupe_agents`), and instances per breaker state (`troupe_breaker_state`).
 * Observed on scrape, so they cost nothing between scrapes. Returns a stop function.
 */
export function observeRegistry(registry: Registry): () => void {
  const stopAgents = observeGauge(METRIC.AGENTS, 'Agent instances by agent and lifecycle state', (record) => {
    const counts = new Map<string, { agent: string; state: string; n: number }>();
    for (const e of registry.list({ includeLeft: true })) {
      const key = `${e.descriptor.name}\u0000${e.state}`;
      const c = counts.get(key) ?? { agent: e.descriptor.name ?? '', state: e.state, n: 0 };
      c.n++;
      counts.set(key, c);
    }
    for (const c of counts.values()) record(c.n, { 'troupe.agent.name': c.agent, state: c.state });
  });
  const stopBreakers = observeGauge(METRIC.BREAKER_STATE, 'Agent instances by circuit-breaker state', (record) => {
    const counts = new Map<string, number>();
    for (const e of registry.list()) counts.set(e.breaker, (counts.get(e.breaker) ?? 0) + 1);
    for (const [state, n] of counts) record(n, { state });
  });
  return () => {
    stopAgents();
    stopBreakers();
  };
}

import type { Registry } from './registry.js';
/**
 * Prometheus gauges of agent health, observed on scrape (they cost nothing between scrapes):
 * - `troupe_agents{troupe_agent_name, state}`: instances per agent and lifecycle state;
 * - `troupe_breakers{troupe_agent_name, state}`: instances per agent and breaker state;
 * - `troupe_capability_instances{troupe_capability}`: instances serving (active or saturated) each capability.
 *
 * An agent or capability seen once keeps its series, at 0, for the life of the process,
 * even after its last instance is forgotten: "no instance of X" is then a value an alert
 * can see, not a missing series. Returns a stop function.
 */
export declare function observeRegistry(registry: Registry): () => void;

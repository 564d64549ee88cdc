import { type AgentOptions } from '../options.js';
import { type AgentHandle } from './agent-server.js';
import type { AgentDefinition } from './define-agent.js';
/**
 * The process entry for an agent: starts telemetry (OTLP when `OTEL_*` is set; a
 * Prometheus reader when the metrics endpoint is on, `TROUPE_AGENT_METRICS_PORT` or
 * `metricsPort`, which then serves it), the agent with options from the environment
 * (overridden by `options`), and drains
 * cleanly on SIGTERM/SIGINT before the process exits: within the drain timeout
 * (plus at most a 1 s grace if something still holds the event loop), NATS
 * reachable or not.
 *
 * @example
 * ```ts
 * import { defineAgent, runAgent } from 'troupe/sdk';
 * const agent = defineAgent({ ... });
 * await runAgent(agent); // NATS_URL=nats://127.0.0.1:4222 node my-agent.js
 * ```
 */
export declare function runAgent(definition: AgentDefinition, options?: AgentOptions, env?: Record<string, string | undefined>): Promise<AgentHandle>;

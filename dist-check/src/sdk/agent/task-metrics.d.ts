import type { BegunTask } from './begin-task.js';
import type { AgentDefinition } from './define-agent.js';
import type { AgentRuntime } from './runtime.js';
/** Counts one finished task (outcome `ok` or the lower-case status name of its error) and records its duration, in the metrics and the NATS micro stats. @internal */
export declare function countTask(runtime: AgentRuntime, capability: string, started: number, err?: unknown): void;
/**
 * Runs an admitted task's work and settles it: counts it (ok, or the status of the
 * error, with a cancel/deadline reason winning over what the handler threw), releases
 * its slot and timers, and rethrows the error for the gRPC wrapper. @internal
 */
export declare function settleTask<T>(runtime: AgentRuntime, task: BegunTask<unknown>, work: () => Promise<T>): Promise<T>;
/**
 * Makes an agent's series whose labels are known at start-up exist at 0, so the first
 * scrape of its metrics endpoint has them (Prometheus conventions, docs/metrics.md; the
 * orchestrator does the same in prime-counters.ts): successful tasks per capability,
 * cache lookups (hit and miss) per cached capability, tasks in flight, refusals per
 * reason and, when the agent checks control messages' signatures, rejections per reason.
 * Failed outcomes (one per gRPC status) appear when they happen. @internal
 */
export declare function primeAgentSeries(definition: AgentDefinition, options: {
    verifiesControl: boolean;
}): void;

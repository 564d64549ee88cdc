import { statusName, toGrpcStatus } from '../errors.js';
import { ATTR, instruments } from '../telemetry/index.js';
import type { BegunTask } from './begin-task.js';
import { failureOf } from './results.js';
import type { AgentRuntime } from './runtime.js';

/** Counts one finished task (outcome `ok` or the lower-case status name of its error) and records its duration, in the metrics and the NATS micro stats. @internal */
export function countTask(runtime: AgentRuntime, capability: string, started: number, err?: unknown): void {
  const failedWith = err === undefined ? undefined : statusName(toGrpcStatus(err).code);
  const outcome = failedWith?.toLowerCase() ?? 'ok';
  const attrs = { [ATTR.AGENT_NAME]: runtime.definition.name, [ATTR.CAPABILITY]: capability, outcome };
  const durationMs = performance.now() - started;
  instruments().agentTasks.add(1, attrs);
  instruments().agentTaskDuration.record(durationMs / 1000, attrs);
  runtime.taskStats.record(capability, durationMs, failedWith);
}

/**
 * Runs an admitted task's work and settles it: counts it (ok, or the status of the
 * error, with a cancel/deadline reason winning over what the handler threw), releases
 * its slot and timers, and rethrows the error for the gRPC wrapper. @internal
 */
export async function settleTask<T>(runtime: AgentRuntime, task: BegunTask<unknown>, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const value = await work();
    countTask(runtime, task.ctx.capability, started);
    return value;
  } catch (raw) {
    const err = failureOf(raw, task.ctx.signal);
    countTask(runtime, task.ctx.capability, started, err);
    throw err;
  } finally {
    task.finish();
  }
}

import { statusName, toGrpcStatus } from '../errors.js';
import { ATTR, instruments } from '../telemetry/index.js';
import type { AgentRuntime } from './runtime.js';

/** Counts one finished task (outcome `ok` or the lower-case status name of its error) and records its duration. @internal */
export function countTask(runtime: AgentRuntime, capability: string, started: number, err?: unknown): void {
  const outcome = err === undefined ? 'ok' : statusName(toGrpcStatus(err).code).toLowerCase();
  const attrs = { [ATTR.AGENT_NAME]: runtime.definition.name, [ATTR.CAPABILITY]: capability, outcome };
  instruments().agentTasks.add(1, attrs);
  instruments().agentTaskDuration.record(performance.now() - started, attrs);
}

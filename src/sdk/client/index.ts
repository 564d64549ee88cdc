/**
 * The typed client of `troupe.v1.OrchestratorService`: plain JSON in and out, promises
 * for unary calls, async iterators for streams, AbortSignal for cancellation.
 * @packageDocumentation
 */
export { createOrchestratorClient } from './orchestrator-client.js';
export type { OrchestratorClient, OrchestratorClientOptions } from './orchestrator-client.js';
export { bearerTokenInterceptor, type TokenSource } from './bearer-token.js';
export type { ReplayResult, RunsClient } from './runs-client.js';
export type { CreateScheduleRequest, ScheduleInfo, SchedulesClient } from './schedules-client.js';
export type { TriggerInfo, TriggersClient } from './triggers-client.js';
export type { RolloutInfo, RolloutPolicyInfo, RolloutSideInfo, RolloutsClient, SetRolloutRequest } from './rollouts-client.js';
export type { TaskStream, TaskStreamSubmitOptions } from './task-stream.js';
export { DEFAULT_SUBMIT_MANY_CONCURRENCY, type TaskStreamOutcome } from './submit-many.js';
export type { ListRunsFilter, RunsPage, RunWatchEvent, StartedRun, StartRunRequest, StartRunsResult, StreamRestartInfo } from './run-types.js';
export { agentStateName, breakerStateName, isAgentModeName } from './map-agent-status.js';
export type {
  AgentChange,
  AgentInfo,
  AgentModeName,
  AgentStateName,
  BreakerStateName,
  CallOptions,
  CapabilityInfo,
  CapabilityQueueInfo,
  ListAgentsFilter,
  PlanChainsRequest,
  PlannedChainInfo,
  StreamTaskEvent,
  SubmitTaskResult,
  TaskOutcome,
  TaskRequest,
  WatchAgentsFilter,
  WatchRunOptions,
} from './types.js';
export type { EscalationInfo, EscalationsClient } from './escalations-client.js';

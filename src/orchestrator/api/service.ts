import type * as grpc from '@grpc/grpc-js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { listAuditEventsHandler } from './audit-events.js';
import { listAgentsHandler, setAgentModeHandler, watchAgentsHandler } from './agents.js';
import { planChainsHandler } from './plan-chains.js';
import type { ApiDeps } from './deps.js';
import { streamTaskHandler } from './stream-task.js';
import { submitTaskHandler } from './submit-task.js';
import { submitTasksHandler } from './bulk/submit-tasks.js';
import { runHandlers } from './runs.js';
import { deadLetterHandlers, DeadLetterOps } from './dead-letters.js';
import { startRunsHandler } from './start-runs.js';
import { getQueuesHandler } from './queues.js';
import { scheduleHandlers } from './schedules.js';
import { escalationHandlers } from './escalations.js';
import type { ScheduleService } from '../schedules/schedule-service.js';
import { triggerHandlers, type TriggerSource } from './triggers.js';
import { rolloutHandlers } from './rollouts.js';
import type { RolloutHandle } from '../rollouts/setup.js';

/** The implementation of `troupe.v1.OrchestratorService`. */
export function orchestratorService(deps: ApiDeps, engine: RunEngine, schedules?: ScheduleService, triggers?: TriggerSource, rollouts?: RolloutHandle): grpc.UntypedServiceImplementation {
  return {
    ...runHandlers(deps, engine),
    ...scheduleHandlers(deps, schedules),
    ...escalationHandlers(deps, deps.escalations),
    ...deadLetterHandlers(deps, new DeadLetterOps(deps, engine, deps.deadLetters)),
    ...triggerHandlers(deps, triggers),
    ...rolloutHandlers(deps, rollouts),
    StartRuns: startRunsHandler(deps, engine),
    SubmitTask: submitTaskHandler(deps),
    SubmitTasks: submitTasksHandler(deps),
    StreamTask: streamTaskHandler(deps),
    ListAgents: listAgentsHandler(deps),
    PlanChains: planChainsHandler(deps),
    WatchAgents: watchAgentsHandler(deps),
    SetAgentMode: setAgentModeHandler(deps),
    ListAuditEvents: listAuditEventsHandler(deps),
    GetQueues: getQueuesHandler(deps),
  };
}

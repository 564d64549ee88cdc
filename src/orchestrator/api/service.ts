import type * as grpc from '@grpc/grpc-js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import { listAuditEventsHandler } from './audit-events.js';
import { listAgentsHandler, setAgentModeHandler, watchAgentsHandler } from './agents.js';
import type { ApiDeps } from './deps.js';
import { streamTaskHandler } from './stream-task.js';
import { submitTaskHandler } from './submit-task.js';
import { submitTasksHandler } from './bulk/submit-tasks.js';
import { runHandlers } from './runs.js';
import { getQueuesHandler } from './queues.js';
import { scheduleHandlers } from './schedules.js';
import type { ScheduleService } from '../schedules/schedule-service.js';

/** The implementation of `troupe.v1.OrchestratorService`. */
export function orchestratorService(deps: ApiDeps, engine: RunEngine, schedules?: ScheduleService): grpc.UntypedServiceImplementation {
  return {
    ...runHandlers(deps, engine),
    ...scheduleHandlers(deps, schedules),
    SubmitTask: submitTaskHandler(deps),
    SubmitTasks: submitTasksHandler(deps),
    StreamTask: streamTaskHandler(deps),
    ListAgents: listAgentsHandler(deps),
    WatchAgents: watchAgentsHandler(deps),
    SetAgentMode: setAgentModeHandler(deps),
    ListAuditEvents: listAuditEventsHandler(deps),
    GetQueues: getQueuesHandler(deps),
  };
}

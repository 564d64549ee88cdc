import { listAuditEventsHandler } from './audit-events.js';
import { listAgentsHandler, setAgentModeHandler, watchAgentsHandler } from './agents.js';
import { planChainsHandler } from './plan-chains.js';
import { streamTaskHandler } from './stream-task.js';
import { submitTaskHandler } from './submit-task.js';
import { submitTasksHandler } from './bulk/submit-tasks.js';
import { runHandlers } from './runs.js';
import { deadLetterHandlers, DeadLetterOps } from './dead-letters.js';
import { startRunsHandler } from './start-runs.js';
import { getQueuesHandler } from './queues.js';
import { scheduleHandlers } from './schedules.js';
import { escalationHandlers } from './escalations.js';
import { triggerHandlers } from './triggers.js';
import { rolloutHandlers } from './rollouts.js';
/** The implementation of `troupe.v1.OrchestratorService`. */
export function orchestratorService(deps, engine, schedules, triggers, rollouts) {
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
//# sourceMappingURL=service.js.map
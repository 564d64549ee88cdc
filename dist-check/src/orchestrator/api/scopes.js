const str = (v) => (typeof v === 'string' && v ? v : undefined);
/**
 * The one table of required scopes, per RPC. A method missing here is refused
 * to everyone when auth is on (fail closed); a unit test checks the table covers
 * every method of the service.
 */
export const METHOD_RULES = {
    SubmitTask: { scope: 'tasks:submit' },
    SubmitTasks: { scope: 'tasks:submit' },
    StreamTask: { scope: 'tasks:submit' },
    StartRun: { scope: 'runs:start', audit: (req, res) => [str(req.workflow), str(res?.runId)].filter(Boolean).join('/') || undefined },
    // Each item is audited by the handler (start-runs.ts), as a StartRun would be.
    StartRuns: { scope: 'runs:start' },
    GetRun: { scope: 'runs:read' },
    WatchRun: { scope: 'runs:read' },
    ListRuns: { scope: 'runs:read' },
    ListDeadLetters: { scope: 'runs:read' },
    ReplayDeadLetter: { scope: 'runs:start', audit: (req) => str(req.taskId) },
    DiscardDeadLetter: { scope: 'runs:cancel', audit: (req) => str(req.taskId) },
    CancelRun: { scope: 'runs:cancel', audit: (req) => str(req.runId) },
    SignalRun: { scope: 'runs:signal', audit: (req) => [str(req.runId), str(req.stepId)].filter(Boolean).join('/') || undefined },
    RegisterWorkflow: { scope: 'workflows:write', audit: (_req, res) => str(res?.name) },
    ListWorkflows: { scope: 'workflows:read' },
    ListWorkflowVersions: { scope: 'workflows:read' },
    ListAgents: { scope: 'agents:read' },
    PlanChains: { scope: 'agents:read' },
    WatchAgents: { scope: 'agents:read' },
    GetQueues: { scope: 'agents:read' },
    SetAgentMode: { scope: 'agents:admin', audit: (req) => str(req.instanceId) },
    ListAuditEvents: { scope: 'audit:read' },
    ListEscalations: { scope: 'alerts:read' },
    AcknowledgeEscalation: { scope: 'alerts:write', audit: (req) => str(req.id) },
    ResolveEscalation: { scope: 'alerts:write', audit: (req) => str(req.id) },
    // CreateSchedule also needs runs:start for the workflow (checked in api/schedules.ts).
    CreateSchedule: { scope: 'schedules:write', audit: (req) => [str(req.name), str(req.workflow)].filter(Boolean).join('/') || undefined },
    ListSchedules: { scope: 'schedules:read' },
    GetSchedule: { scope: 'schedules:read' },
    PauseSchedule: { scope: 'schedules:write', audit: (req) => str(req.name) },
    ResumeSchedule: { scope: 'schedules:write', audit: (req) => str(req.name) },
    DeleteSchedule: { scope: 'schedules:write', audit: (req) => str(req.name) },
    // Triggers are part of workflow definitions (RegisterWorkflow with triggers also needs runs:start, api/runs.ts).
    ListTriggers: { scope: 'workflows:read' },
    // Rollouts change where agents' traffic goes: agent administration (docs/rollouts.md).
    SetRollout: { scope: 'agents:admin', audit: (req) => [str(req.capability), str(req.canary)].filter(Boolean).join('@') || undefined },
    GetRollout: { scope: 'agents:read' },
    ListRollouts: { scope: 'agents:read' },
    PromoteRollout: { scope: 'agents:admin', audit: (req) => str(req.capability) },
    AbortRollout: { scope: 'agents:admin', audit: (req) => str(req.capability) },
};
/**
 * The HTTP routes' scopes (`/health`, `/healthz`, `/readyz`, `/metrics`, `/api/openapi.json`, the page `/` and the
 * console's files `/console…` are open: they hold no data; the console asks the API with a token).
 * Returns undefined for an open route.
 */
export function httpRouteScope(method, pathname) {
    if (pathname === '/api/config')
        return undefined; // what the page needs before it has a token; no secrets
    if (pathname === '/api/openapi.json')
        return undefined; // the API's description; no secrets
    if ((pathname === '/api/runs' || pathname === '/api/runs:bulk') && method === 'POST')
        return 'runs:start';
    if (pathname === '/api/runs')
        return 'runs:read';
    if (method === 'POST' && /^\/api\/runs\/[^/]+\/signal\/[^/]+$/.test(pathname))
        return 'runs:signal';
    // Tasks are read by who submitted them (http-tasks.ts), so one scope covers the task API.
    if (pathname === '/api/tasks' || pathname.startsWith('/api/tasks/'))
        return 'tasks:submit';
    if (pathname === '/api/schedules')
        return 'schedules:read';
    // The console's routes: each the scope of the RPC it mirrors (http-console.ts).
    if (pathname === '/api/agents' || pathname === '/api/agents/events')
        return 'agents:read';
    if (/^\/api\/agents\/[^/]+\/mode$/.test(pathname))
        return 'agents:admin';
    if (/^\/api\/rollouts(\/[^/]+)?$/.test(pathname))
        return 'agents:read'; // ListRollouts, GetRollout
    if (pathname === '/api/workflows' || /^\/api\/workflows\/[^/]+\/versions$/.test(pathname))
        return 'workflows:read';
    if (pathname === '/api/dead-letters')
        return 'runs:read';
    if (/^\/api\/dead-letters\/[^/]+\/replay$/.test(pathname))
        return 'runs:start';
    if (/^\/api\/dead-letters\/[^/]+\/discard$/.test(pathname))
        return 'runs:cancel';
    if (method === 'POST' && /^\/api\/runs\/[^/]+\/cancel$/.test(pathname))
        return 'runs:cancel';
    if (pathname === '/api/triggers')
        return 'workflows:read';
    // Callback deliveries: runs' need runs:read (and their workflow); tasks' are filtered by owner (http-webhooks.ts).
    if (pathname === '/api/webhooks')
        return 'runs:read';
    if (pathname.startsWith('/api/runs/') || /^\/runs\/[^/]+\/audio$/.test(pathname))
        return 'runs:read';
    if (pathname.startsWith('/api/'))
        return 'runs:read';
    return undefined;
}
//# sourceMappingURL=scopes.js.map
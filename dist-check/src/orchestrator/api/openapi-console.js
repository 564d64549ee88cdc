import { AUTH, error, id, json } from './openapi-parts.js';
const named = (name, description) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const stream = { 'text/event-stream': { schema: { type: 'string' } } };
const AGENT_STATUS = {
    type: 'object',
    required: ['agent', 'state', 'breaker', 'history'],
    description: 'ListAgents’ AgentStatus as JSON (enums by name, 64-bit counts as decimal strings)',
    properties: {
        agent: { type: 'object', required: ['name', 'instanceId'], properties: { name: { type: 'string' }, version: { type: 'string' }, instanceId: { type: 'string' } } },
        address: { type: 'string' },
        state: { type: 'string' },
        breaker: { type: 'string' },
        inFlight: { type: 'integer' },
        reportedInFlight: { type: 'integer' },
        lastHeartbeatUnixMs: { type: 'string' },
        joinedUnixMs: { type: 'string' },
        succeeded: { type: 'string' },
        failed: { type: 'string' },
        latencyEwmaMs: { type: 'number' },
        successRate: { type: 'number' },
        uptimeRatio: { type: 'number' },
        refusedReason: { type: 'string' },
        history: { type: 'array', items: { type: 'object', required: ['state', 'atUnixMs'], properties: { state: { type: 'string' }, atUnixMs: { type: 'string' }, reason: { type: 'string' }, actor: { type: 'string' } } } },
    },
};
const SIDE = { type: 'object', required: ['samples', 'successRate', 'latencyP50Ms'], properties: { samples: { type: 'integer' }, successRate: { type: 'number' }, latencyP50Ms: { type: 'number' } } };
const ROLLOUT = {
    type: 'object',
    required: ['capability', 'canary', 'stable', 'weight', 'state', 'reason', 'policy', 'canaryStats', 'stableStats', 'decisions', 'updatedAt', 'updatedBy'],
    description: 'ListRollouts’ Rollout as JSON (docs/rollouts.md); the stats are what the answering orchestrator measured since the rollout was last set',
    properties: {
        capability: { type: 'string' },
        canary: { type: 'string', description: 'A version or range' },
        stable: { type: 'string', description: 'A version or range; empty: every version the canary does not match' },
        weight: { type: 'integer', description: 'Percent of the tasks naming no range sent to the canary' },
        state: { type: 'string', enum: ['active', 'promoted', 'aborted', 'rolled_back'] },
        reason: { type: 'string' },
        policy: { type: 'object', required: ['maxSuccessDrop', 'maxLatencyRatio', 'minSamples', 'window'], properties: { maxSuccessDrop: { type: 'number' }, maxLatencyRatio: { type: 'number' }, minSamples: { type: 'integer' }, window: { type: 'integer' } } },
        canaryStats: SIDE,
        stableStats: SIDE,
        decisions: { type: 'array', items: { type: 'object', required: ['at', 'decision', 'reason', 'actor'], properties: { at: { type: 'string' }, decision: { type: 'string', enum: ['set', 'promoted', 'aborted', 'rolled_back'] }, reason: { type: 'string' }, actor: { type: 'string' } } } },
        updatedAt: { type: 'string' },
        updatedBy: { type: 'string' },
    },
};
const WORKFLOW = {
    type: 'object',
    required: ['name', 'version', 'registeredAt', 'definition'],
    properties: { name: { type: 'string' }, version: { type: 'integer' }, registeredAt: { type: 'integer' }, definition: { type: 'object' } },
};
const DEAD_LETTER = {
    type: 'object',
    required: ['taskId', 'capability', 'attempts', 'failedAt', 'reason'],
    properties: {
        taskId: { type: 'string' },
        runId: { type: 'string' },
        stepId: { type: 'string' },
        capability: { type: 'string' },
        attempts: { type: 'array', items: { type: 'object', required: ['instanceId', 'code', 'message', 'at'], properties: { instanceId: { type: 'string' }, code: { type: 'integer' }, message: { type: 'string' }, at: { type: 'integer' } } } },
        input: {},
        failedAt: { type: 'integer' },
        reason: { type: 'string' },
    },
};
/**
 * The routes the console uses beyond the run routes: each mirrors an RPC, with its scope
 * (docs/http-api.md, docs/console.md).
 */
export function consolePaths() {
    return {
        '/console': {
            get: {
                summary: 'The operator console (open: it holds no data; it asks the API with the operator’s token)',
                responses: { '200': { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } }, '503': { description: 'The console was not built (`npm run build`)', content: { 'text/plain': { schema: { type: 'string' } } } } },
            },
        },
        '/api/agents': {
            get: {
                summary: 'Agent instances, as ListAgents (scope agents:read)',
                security: [{ bearer: [] }],
                parameters: [
                    { name: 'capability', in: 'query', required: false, description: 'Only instances offering it', schema: { type: 'string' } },
                    { name: 'include_left', in: 'query', required: false, description: '`true` also lists instances that left', schema: { type: 'string', enum: ['true', 'false'] } },
                ],
                responses: { '200': { description: 'The instances', content: json({ type: 'object', required: ['agents'], properties: { agents: { type: 'array', items: AGENT_STATUS } } }) }, ...AUTH },
            },
        },
        '/api/agents/events': {
            get: {
                summary: 'WatchAgents as Server-Sent Events: every instance, then each lifecycle or breaker change (`event: agent`, data `{ agent, previousState }`; scope agents:read; also `?access_token=`)',
                security: [{ bearer: [] }],
                responses: { '200': { description: 'Event stream', content: stream }, ...AUTH },
            },
        },
        '/api/agents/{id}/mode': {
            post: {
                summary: 'SetAgentMode: `active`, `maintenance` or `drain` (scope agents:admin; audited as SetAgentMode)',
                security: [{ bearer: [] }],
                parameters: [id('Agent instance id')],
                requestBody: { required: true, content: json({ type: 'object', required: ['mode'], properties: { mode: { type: 'string', enum: ['active', 'maintenance', 'drain'] } }, additionalProperties: false }) },
                responses: {
                    '200': { description: 'The instance after the change', content: json({ type: 'object', required: ['agent'], properties: { agent: AGENT_STATUS } }) },
                    '400': error('Bad body or mode'),
                    ...AUTH,
                    '404': error('No such instance'),
                    '409': error('The instance cannot take that mode now (it left, or was refused)'),
                },
            },
        },
        '/api/rollouts': {
            get: {
                summary: 'Canary rollouts, as ListRollouts (scope agents:read)',
                security: [{ bearer: [] }],
                responses: {
                    '200': { description: 'The rollouts', content: json({ type: 'object', required: ['rollouts'], properties: { rollouts: { type: 'array', items: ROLLOUT } } }) },
                    ...AUTH,
                    '409': error('Rollouts need durable state (TROUPE_DURABLE=true)'),
                    '503': error('NATS is unreachable'),
                },
            },
        },
        '/api/rollouts/{capability}': {
            get: {
                summary: 'One capability’s rollout, as GetRollout (scope agents:read)',
                security: [{ bearer: [] }],
                parameters: [named('capability', 'The capability, e.g. tts.synthesize')],
                responses: {
                    '200': { description: 'The rollout', content: json({ type: 'object', required: ['rollout'], properties: { rollout: ROLLOUT } }) },
                    '400': error('Not a capability name'),
                    ...AUTH,
                    '404': error('The capability has no rollout'),
                    '409': error('Rollouts need durable state (TROUPE_DURABLE=true)'),
                    '503': error('NATS is unreachable'),
                },
            },
        },
        '/api/workflows': {
            get: {
                summary: 'Registered workflows, latest version of each, as ListWorkflows (scope workflows:read)',
                security: [{ bearer: [] }],
                responses: { '200': { description: 'The workflows', content: json({ type: 'object', required: ['workflows'], properties: { workflows: { type: 'array', items: WORKFLOW } } }) }, ...AUTH },
            },
        },
        '/api/workflows/{name}/versions': {
            get: {
                summary: 'The versions of a workflow still kept, newest first, as ListWorkflowVersions (scope workflows:read)',
                security: [{ bearer: [] }],
                parameters: [named('name', 'Workflow name')],
                responses: { '200': { description: 'The versions', content: json({ type: 'object', required: ['versions'], properties: { versions: { type: 'array', items: WORKFLOW } } }) }, ...AUTH, '404': error('No such workflow') },
            },
        },
        '/api/dead-letters': {
            get: {
                summary: 'Dead letters, newest first, as ListDeadLetters (scope runs:read)',
                security: [{ bearer: [] }],
                parameters: [
                    { name: 'run', in: 'query', required: false, description: 'Only this run’s', schema: { type: 'string' } },
                    { name: 'limit', in: 'query', required: false, description: '1 … 10000; default 100', schema: { type: 'integer' } },
                ],
                responses: { '200': { description: 'The records', content: json({ type: 'object', required: ['records'], properties: { records: { type: 'array', items: DEAD_LETTER } } }) }, '400': error('Bad limit'), ...AUTH },
            },
        },
        '/api/dead-letters/{task}/replay': {
            post: {
                summary: 'ReplayDeadLetter: `{"mode": "step"}` (default) re-runs the task alone, `{"mode": "run"}` starts a new run of its workflow with its run’s input, `{"mode": "from_step"}` starts one of the same workflow version from the failed step (the steps that succeeded before it keep their outputs and do not run again); success removes the record (scope runs:start; audited)',
                security: [{ bearer: [] }],
                parameters: [named('task', 'The dead-lettered task’s id')],
                requestBody: { required: false, content: json({ type: 'object', properties: { mode: { type: 'string', enum: ['step', 'run', 'from_step'] } }, additionalProperties: false }) },
                responses: {
                    '200': {
                        description: 'What the replay started',
                        content: json({
                            type: 'object',
                            required: ['mode'],
                            properties: {
                                mode: { type: 'string', enum: ['step', 'run', 'from_step'] },
                                taskId: { type: 'string' },
                                output: {},
                                runId: { type: 'string' },
                                reused: { type: 'array', items: { type: 'string' }, description: 'from_step: the original run’s steps the new run reused' },
                                replayOf: { type: 'object', required: ['runId', 'stepId'], properties: { runId: { type: 'string' }, stepId: { type: 'string' } }, description: 'from_step: the run and step replayed' },
                            },
                        }),
                    },
                    '400': error('Bad body, or the task failed again with INVALID_ARGUMENT'),
                    ...AUTH,
                    '404': error('No such dead letter, or its run is no longer kept (mode run)'),
                    '409': error('A streaming task (replay its run), a task of no run (mode run, from_step), or (from_step) its run or workflow version is no longer kept'),
                    '429': error('No capacity for the task now'),
                    '500': error('The task failed again (its gRPC status in `error`)'),
                    '503': error('No agent offers the capability now, or NATS is unreachable'),
                },
            },
        },
        '/api/dead-letters/{task}/discard': {
            post: {
                summary: 'DiscardDeadLetter: gives the task up for good (scope runs:cancel; audited)',
                security: [{ bearer: [] }],
                parameters: [named('task', 'The dead-lettered task’s id')],
                responses: { '200': { description: 'The record as it was', content: json({ type: 'object', required: ['record'], properties: { record: DEAD_LETTER } }) }, '400': error('Bad body'), ...AUTH, '404': error('No such dead letter') },
            },
        },
        '/api/runs/{id}/cancel': {
            post: {
                summary: 'CancelRun (scope runs:cancel; audited)',
                security: [{ bearer: [] }],
                parameters: [id('Run id')],
                requestBody: { required: false, content: json({ type: 'object', properties: { reason: { type: 'string' } }, additionalProperties: false }) },
                responses: { '200': { description: 'The run’s status after the request', content: json({ type: 'object', required: ['status'], properties: { status: { type: 'string' } } }) }, '400': error('Bad body'), ...AUTH, '404': error('No such run') },
            },
        },
    };
}
//# sourceMappingURL=openapi-console.js.map
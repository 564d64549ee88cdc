/**
 * The paths the orchestrator's HTTP endpoint knows and the methods each accepts, so that
 * an unknown path answers 404 and a known path asked with another method answers 405
 * with `Allow`. Every GET route also answers HEAD (same status and headers, no body).
 */
/** The methods `pathname` accepts, or undefined when no route has that path. */
export declare function allowedMethods(pathname: string): readonly string[] | undefined;
/** The paths listed in a 404's body. */
export declare const KNOWN_PATHS = "/, /health, /healthz, /readyz, /metrics, /api/config, /api/openapi.json, /api/runs, /api/runs:bulk, /api/runs/{id}, /api/schedules, /api/rollouts, /api/rollouts/{capability}, /api/triggers, /api/webhooks, /api/runs/{id}/events, /api/runs/{id}/trace, /api/runs/{id}/signal/{step}, /runs/{id}/audio, /api/tasks, /api/tasks/{id}, /api/tasks/aggregate, /console, /api/agents, /api/agents/events, /api/agents/{id}/mode, /api/workflows, /api/workflows/{name}/versions, /api/dead-letters, /api/dead-letters/{task}/replay, /api/dead-letters/{task}/discard, /api/runs/{id}/cancel";

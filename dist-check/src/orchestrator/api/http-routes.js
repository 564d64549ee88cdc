/**
 * The paths the orchestrator's HTTP endpoint knows and the methods each accepts, so that
 * an unknown path answers 404 and a known path asked with another method answers 405
 * with `Allow`. Every GET route also answers HEAD (same status and headers, no body).
 */
const READ = ['GET', 'HEAD'];
const ROUTES = [
    { pattern: /^\/(index\.html)?$/, methods: READ },
    { pattern: /^\/(health|healthz|readyz|metrics)$/, methods: READ },
    { pattern: /^\/api\/(config|openapi\.json)$/, methods: READ },
    { pattern: /^\/api\/runs$/, methods: ['GET', 'HEAD', 'POST'] },
    { pattern: /^\/api\/runs:bulk$/, methods: ['POST'] },
    { pattern: /^\/api\/schedules$/, methods: READ },
    { pattern: /^\/api\/rollouts(\/[^/]+)?$/, methods: READ },
    { pattern: /^\/api\/triggers$/, methods: READ },
    { pattern: /^\/api\/webhooks$/, methods: READ },
    { pattern: /^\/api\/runs\/[^/]+$/, methods: READ },
    { pattern: /^\/api\/runs\/[^/]+\/events$/, methods: READ },
    { pattern: /^\/api\/runs\/[^/]+\/trace$/, methods: READ },
    { pattern: /^\/api\/runs\/[^/]+\/signal\/[^/]+$/, methods: ['POST'] },
    { pattern: /^\/runs\/[^/]+\/audio$/, methods: READ },
    { pattern: /^\/api\/tasks$/, methods: ['POST'] },
    { pattern: /^\/api\/tasks\/aggregate$/, methods: ['POST'] },
    { pattern: /^\/api\/tasks\/[^/]+$/, methods: READ },
    { pattern: /^\/console(\/[^/]*)?$/, methods: READ },
    { pattern: /^\/api\/(agents|agents\/events|workflows|dead-letters)$/, methods: READ },
    { pattern: /^\/api\/agents\/[^/]+\/mode$/, methods: ['POST'] },
    { pattern: /^\/api\/workflows\/[^/]+\/versions$/, methods: READ },
    { pattern: /^\/api\/dead-letters\/[^/]+\/(replay|discard)$/, methods: ['POST'] },
    { pattern: /^\/api\/runs\/[^/]+\/cancel$/, methods: ['POST'] },
];
/** The methods `pathname` accepts, or undefined when no route has that path. */
export function allowedMethods(pathname) {
    return ROUTES.find((route) => route.pattern.test(pathname))?.methods;
}
/** The paths listed in a 404's body. */
export const KNOWN_PATHS = '/, /health, /healthz, /readyz, /metrics, /api/config, /api/openapi.json, /api/runs, /api/runs:bulk, /api/runs/{id}, /api/schedules, /api/rollouts, /api/rollouts/{capability}, /api/triggers, /api/webhooks, /api/runs/{id}/events, /api/runs/{id}/trace, /api/runs/{id}/signal/{step}, /runs/{id}/audio, /api/tasks, /api/tasks/{id}, /api/tasks/aggregate, /console, /api/agents, /api/agents/events, /api/agents/{id}/mode, /api/workflows, /api/workflows/{name}/versions, /api/dead-letters, /api/dead-letters/{task}/replay, /api/dead-letters/{task}/discard, /api/runs/{id}/cancel';
//# sourceMappingURL=http-routes.js.map
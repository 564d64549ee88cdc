/**
 * The typed client of `troupe.v1.OrchestratorService`: plain JSON in and out, promises
 * for unary calls, async iterators for streams, AbortSignal for cancellation.
 * @packageDocumentation
 */
export { createOrchestratorClient } from './orchestrator-client.js';
export { bearerTokenInterceptor } from './bearer-token.js';
export { DEFAULT_SUBMIT_MANY_CONCURRENCY } from './submit-many.js';
export { agentStateName, breakerStateName, isAgentModeName } from './map-agent-status.js';
//# sourceMappingURL=index.js.map
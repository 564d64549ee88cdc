/**
 * Troupe orchestrator — the public entry.
 * @packageDocumentation
 */
export { startOrchestrator } from './orchestrator.js';
export { compileOrchestratorOptions, ConfigError } from './options.js';
export { orchestratorOptionsFromEnv, ORCHESTRATOR_ENV } from './env.js';
//# sourceMappingURL=index.js.map
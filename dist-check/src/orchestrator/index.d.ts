/**
 * Troupe orchestrator — the public entry.
 * @packageDocumentation
 */
export { startOrchestrator, type OrchestratorHandle, type OrchestratorServices } from './orchestrator.js';
export { compileOrchestratorOptions, ConfigError, type OrchestratorOptions, type SelectionStrategy } from './options.js';
export { orchestratorOptionsFromEnv, ORCHESTRATOR_ENV } from './env.js';
export type { Registry } from './registry/registry.js';

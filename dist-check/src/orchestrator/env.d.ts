import { type OrchestratorOptions } from './options.js';
/** The environment variables the orchestrator reads, for docs and `--help`. */
export declare const ORCHESTRATOR_ENV: string[];
/**
 * Reads options from an optional JSON config file (`TROUPE_CONFIG`) and then the
 * environment (which wins). Called only from process entries (main.ts, the CLI).
 */
export declare function orchestratorOptionsFromEnv(env: Record<string, string | undefined>): OrchestratorOptions;

import { type OrchestratorHandle } from './orchestrator.js';
import type { OrchestratorServices } from './orchestrator.js';
import type { OrchestratorOptions } from './options.js';
/**
 * The orchestrator process: the only place its environment is read. Starts
 * telemetry (OTLP when `OTEL_*` is set, Prometheus on /metrics), the orchestrator,
 * and stops cleanly on SIGTERM/SIGINT.
 */
export declare function runOrchestrator(env?: Record<string, string | undefined>, overrides?: Partial<OrchestratorOptions>, services?: Pick<OrchestratorServices, 'seedWorkflows'>): Promise<{
    handle: OrchestratorHandle;
    stopped: Promise<void>;
}>;

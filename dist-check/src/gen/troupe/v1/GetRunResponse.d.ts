import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.GetRun.
 */
export interface GetRunResponse {
    /**
     * The run's report as JSON (steps, attempts, timings, status, warnings, output).
     */
    'report'?: (_google_protobuf_Struct | null);
}
/**
 * Response of OrchestratorService.GetRun.
 */
export interface GetRunResponse__Output {
    /**
     * The run's report as JSON (steps, attempts, timings, status, warnings, output).
     */
    'report': (_google_protobuf_Struct__Output | null);
}

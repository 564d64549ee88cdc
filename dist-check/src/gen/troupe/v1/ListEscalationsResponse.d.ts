import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ListEscalations.
 */
export interface ListEscalationsResponse {
    /**
     * The escalations as JSON (id, state, run, workflow, step, capability, task, reason, history), newest first.
     */
    'escalations'?: (_google_protobuf_Struct)[];
}
/**
 * Response of OrchestratorService.ListEscalations.
 */
export interface ListEscalationsResponse__Output {
    /**
     * The escalations as JSON (id, state, run, workflow, step, capability, task, reason, history), newest first.
     */
    'escalations': (_google_protobuf_Struct__Output)[];
}

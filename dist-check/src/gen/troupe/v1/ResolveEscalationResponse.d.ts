import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ResolveEscalation.
 */
export interface ResolveEscalationResponse {
    /**
     * The escalation after the change.
     */
    'escalation'?: (_google_protobuf_Struct | null);
}
/**
 * Response of OrchestratorService.ResolveEscalation.
 */
export interface ResolveEscalationResponse__Output {
    /**
     * The escalation after the change.
     */
    'escalation': (_google_protobuf_Struct__Output | null);
}

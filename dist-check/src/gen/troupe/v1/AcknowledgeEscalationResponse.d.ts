import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.AcknowledgeEscalation.
 */
export interface AcknowledgeEscalationResponse {
    /**
     * The escalation after the change.
     */
    'escalation'?: (_google_protobuf_Struct | null);
}
/**
 * Response of OrchestratorService.AcknowledgeEscalation.
 */
export interface AcknowledgeEscalationResponse__Output {
    /**
     * The escalation after the change.
     */
    'escalation': (_google_protobuf_Struct__Output | null);
}

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.DiscardDeadLetter.
 */
export interface DiscardDeadLetterResponse {
    /**
     * The record as it was when discarded.
     */
    'record'?: (_google_protobuf_Struct | null);
}
/**
 * Response of OrchestratorService.DiscardDeadLetter.
 */
export interface DiscardDeadLetterResponse__Output {
    /**
     * The record as it was when discarded.
     */
    'record': (_google_protobuf_Struct__Output | null);
}

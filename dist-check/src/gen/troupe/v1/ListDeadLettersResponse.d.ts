import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ListDeadLetters.
 */
export interface ListDeadLettersResponse {
    /**
     * The records as JSON: task, run, step, capability, attempts (instance, code, message, time), input, reason.
     */
    'records'?: (_google_protobuf_Struct)[];
}
/**
 * Response of OrchestratorService.ListDeadLetters.
 */
export interface ListDeadLettersResponse__Output {
    /**
     * The records as JSON: task, run, step, capability, attempts (instance, code, message, time), input, reason.
     */
    'records': (_google_protobuf_Struct__Output)[];
}

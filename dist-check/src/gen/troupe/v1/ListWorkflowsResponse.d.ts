import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ListWorkflows.
 */
export interface ListWorkflowsResponse {
    /**
     * The definitions as JSON.
     */
    'workflows'?: (_google_protobuf_Struct)[];
}
/**
 * Response of OrchestratorService.ListWorkflows.
 */
export interface ListWorkflowsResponse__Output {
    /**
     * The definitions as JSON.
     */
    'workflows': (_google_protobuf_Struct__Output)[];
}

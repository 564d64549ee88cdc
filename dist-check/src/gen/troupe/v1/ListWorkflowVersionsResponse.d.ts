import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct.js';
/**
 * Response of OrchestratorService.ListWorkflowVersions.
 */
export interface ListWorkflowVersionsResponse {
    /**
     * Each kept version as JSON (name, version, registeredAt, definition), newest first.
     */
    'versions'?: (_google_protobuf_Struct)[];
}
/**
 * Response of OrchestratorService.ListWorkflowVersions.
 */
export interface ListWorkflowVersionsResponse__Output {
    /**
     * Each kept version as JSON (name, version, registeredAt, definition), newest first.
     */
    'versions': (_google_protobuf_Struct__Output)[];
}

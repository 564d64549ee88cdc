import type { CapabilityQueue as _troupe_v1_CapabilityQueue, CapabilityQueue__Output as _troupe_v1_CapabilityQueue__Output } from '../../troupe/v1/CapabilityQueue.js';
/**
 * Response of OrchestratorService.GetQueues.
 */
export interface GetQueuesResponse {
    /**
     * The capabilities, sorted by name.
     */
    'queues'?: (_troupe_v1_CapabilityQueue)[];
}
/**
 * Response of OrchestratorService.GetQueues.
 */
export interface GetQueuesResponse__Output {
    /**
     * The capabilities, sorted by name.
     */
    'queues': (_troupe_v1_CapabilityQueue__Output)[];
}

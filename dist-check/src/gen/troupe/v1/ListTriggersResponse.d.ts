import type { Trigger as _troupe_v1_Trigger, Trigger__Output as _troupe_v1_Trigger__Output } from '../../troupe/v1/Trigger.js';
/**
 * Response of OrchestratorService.ListTriggers.
 */
export interface ListTriggersResponse {
    /**
     * The triggers, by workflow and name.
     */
    'triggers'?: (_troupe_v1_Trigger)[];
}
/**
 * Response of OrchestratorService.ListTriggers.
 */
export interface ListTriggersResponse__Output {
    /**
     * The triggers, by workflow and name.
     */
    'triggers': (_troupe_v1_Trigger__Output)[];
}

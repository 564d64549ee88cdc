import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import { type GrpcCallArgs } from './calls.js';
import type { CallOptions } from './types.js';
/** An event trigger of a registered workflow, with its JetStream consumer's counts (docs/triggers.md). */
export interface TriggerInfo {
    workflow: string;
    workflowVersion: number;
    /** Its name, or its subject when it has none. */
    name: string;
    subject: string;
    stream: string;
    consumer: string;
    /** The answering orchestrator's view: 'active', 'binding' or 'error'. */
    state: string;
    error: string;
    /** Events not yet delivered. */
    pending: number;
    /** Events delivered and not yet acknowledged. */
    ackPending: number;
    /** Events delivered more than once. */
    redelivered: number;
}
/** Trigger methods of the orchestrator client. */
export interface TriggersClient {
    /** The triggers of the registered workflows (of `workflow` when given). */
    listTriggers(filter?: {
        workflow?: string;
    }, call?: CallOptions): Promise<TriggerInfo[]>;
}
/** Builds the trigger methods over a raw grpc client. @internal */
export declare function triggersClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): TriggersClient;

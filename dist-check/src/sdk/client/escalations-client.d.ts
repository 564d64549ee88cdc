import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import { type GrpcCallArgs } from './calls.js';
import type { CallOptions } from './types.js';
/** An escalation of a dead letter (`on_dead_letter: escalate`); times are ms since the epoch. */
export interface EscalationInfo {
    id: string;
    state: 'open' | 'acknowledged' | 'resolved';
    runId: string;
    workflow: string;
    stepId: string;
    capability: string;
    taskId: string;
    reason: string;
    traceId?: string;
    createdAt: number;
    updatedAt: number;
    history: {
        state: string;
        at: number;
        by: string;
        note?: string;
    }[];
}
/** The escalation methods of the orchestrator client (`troupe alerts`). */
export interface EscalationsClient {
    /** Escalations, newest first, optionally of one state. */
    listEscalations(state?: EscalationInfo['state'], call?: CallOptions): Promise<EscalationInfo[]>;
    /** Marks an escalation as seen; NOT_FOUND for an unknown id, FAILED_PRECONDITION once resolved. */
    acknowledgeEscalation(id: string, note?: string, call?: CallOptions): Promise<EscalationInfo>;
    /** Marks an escalation as dealt with. */
    resolveEscalation(id: string, note?: string, call?: CallOptions): Promise<EscalationInfo>;
}
/** Builds the escalation methods over a raw grpc client. @internal */
export declare function escalationsClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): EscalationsClient;

import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { Struct__Output } from '../../gen/google/protobuf/Struct.js';
import { fromValue } from '../grpc/struct.js';
import { unaryCall, type GrpcCallArgs } from './calls.js';
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
  history: { state: string; at: number; by: string; note?: string }[];
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

const asInfo = (s: Struct__Output | null | undefined): EscalationInfo => fromValue({ structValue: s ?? { fields: {} }, kind: 'structValue' }) as unknown as EscalationInfo;

/** Builds the escalation methods over a raw grpc client. @internal */
export function escalationsClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): EscalationsClient {
  return {
    async listEscalations(state, call) {
      const res = await unaryCall<{ escalations: Struct__Output[] }>((md, o, cb) => raw.listEscalations({ state: state ?? '' }, md, o, cb), unaryArgs(call), call?.signal);
      return res.escalations.map(asInfo);
    },
    async acknowledgeEscalation(id, note = '', call) {
      const res = await unaryCall<{ escalation: Struct__Output | null }>((md, o, cb) => raw.acknowledgeEscalation({ id, note }, md, o, cb), unaryArgs(call), call?.signal);
      return asInfo(res.escalation);
    },
    async resolveEscalation(id, note = '', call) {
      const res = await unaryCall<{ escalation: Struct__Output | null }>((md, o, cb) => raw.resolveEscalation({ id, note }, md, o, cb), unaryArgs(call), call?.signal);
      return asInfo(res.escalation);
    },
  };
}

import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { Trigger__Output } from '../../gen/troupe/v1/Trigger.js';
import { unaryCall, type GrpcCallArgs } from './calls.js';
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
  listTriggers(filter?: { workflow?: string }, call?: CallOptions): Promise<TriggerInfo[]>;
}

function toTriggerInfo(t: Trigger__Output): TriggerInfo {
  return {
    workflow: t.workflow,
    workflowVersion: t.workflowVersion,
    name: t.name,
    subject: t.subject,
    stream: t.stream,
    consumer: t.consumer,
    state: t.state,
    error: t.error,
    pending: Number(t.pending),
    ackPending: Number(t.ackPending),
    redelivered: Number(t.redelivered),
  };
}

/** Builds the trigger methods over a raw grpc client. @internal */
export function triggersClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): TriggersClient {
  return {
    async listTriggers(filter = {}, call) {
      const res = await unaryCall<{ triggers: Trigger__Output[] }>((md, o, cb) => raw.listTriggers({ workflow: filter.workflow ?? '' }, md, o, cb), unaryArgs(call), call?.signal);
      return res.triggers.map(toTriggerInfo);
    },
  };
}

import type * as grpc from '@grpc/grpc-js';
import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { toStruct } from '../../sdk/grpc/struct.js';
import { allowsWorkflow } from '../../sdk/security/scopes.js';
import type { EscalationState } from '../escalations/escalation-record.js';
import type { EscalationService } from '../escalations/escalation-service.js';
import { type ApiDeps, methodPath, serveOptions } from './deps.js';

const struct = (value: object): ReturnType<typeof toStruct> => toStruct(JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

/** ListEscalations, AcknowledgeEscalation and ResolveEscalation (docs/workflows.md#escalation). */
export function escalationHandlers(deps: ApiDeps, service: EscalationService | undefined): grpc.UntypedServiceImplementation {
  const o = serveOptions(deps);
  const need = (): EscalationService => {
    if (!service) throw new FailedPreconditionError('escalations are not set up on this orchestrator');
    return service;
  };
  const change = (name: string, state: EscalationState) =>
    serveUnary(methodPath(name), o, async (call: grpc.ServerUnaryCall<{ id: string; note: string }, unknown>, { principal }) => {
      const id = call.request.id.trim();
      if (!id) throw new InvalidArgumentError('id is required: an escalation id such as esc-<task id> (troupe alerts list)');
      // A workflow-limited caller may act only on its workflows' escalations (others look unknown).
      const visible = (record: { workflow: string }): boolean => allowsWorkflow(principal, record.workflow);
      return { escalation: struct(await need().change(id, state, principal.subject, call.request.note, visible)) };
    });
  return {
    ListEscalations: serveUnary(methodPath('ListEscalations'), o, async (call: grpc.ServerUnaryCall<{ state: string }, unknown>, { principal }) => ({
      escalations: (await need().list(call.request.state)).filter((r) => allowsWorkflow(principal, r.workflow)).map(struct),
    })),
    AcknowledgeEscalation: change('AcknowledgeEscalation', 'acknowledged'),
    ResolveEscalation: change('ResolveEscalation', 'resolved'),
  };
}

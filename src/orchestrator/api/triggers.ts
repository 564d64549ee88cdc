import type * as grpc from '@grpc/grpc-js';
import { FailedPreconditionError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { allowsWorkflow, type Principal } from '../../sdk/security/scopes.js';
import type { TriggerManager, TriggerView } from '../triggers/trigger-manager.js';
import { storeCall } from './store-call.js';
import { type ApiDeps, methodPath, serveOptions } from './deps.js';

/** What ListTriggers and `GET /api/triggers` read. */
export type TriggerSource = Pick<TriggerManager, 'list'>;

/** Throws FAILED_PRECONDITION when triggers are off (no durable state). */
export function needTriggers(triggers: TriggerSource | undefined): TriggerSource {
  if (!triggers) throw new FailedPreconditionError('triggers need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)');
  return triggers;
}

/** The triggers `principal` may see, of `workflow` when given. */
export async function visibleTriggers(triggers: TriggerSource, principal: Principal, workflow: string | undefined): Promise<TriggerView[]> {
  return (await triggers.list()).filter((t) => (!workflow || t.workflow === workflow) && allowsWorkflow(principal, t.workflow));
}

/** ListTriggers (docs/triggers.md). */
export function triggerHandlers(deps: ApiDeps, triggers: TriggerSource | undefined): grpc.UntypedServiceImplementation {
  return {
    ListTriggers: serveUnary(methodPath('ListTriggers'), serveOptions(deps), async (call: grpc.ServerUnaryCall<{ workflow: string }, unknown>, { principal }) => {
      const source = needTriggers(triggers);
      const all = await storeCall(deps.storeLink, 'read', () => visibleTriggers(source, principal, call.request.workflow || undefined));
      return { triggers: all.map((t) => ({ ...t, workflowVersion: t.version, pending: String(t.pending), ackPending: String(t.ackPending), redelivered: String(t.redelivered) })) };
    }),
  };
}

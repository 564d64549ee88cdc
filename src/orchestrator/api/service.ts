import type * as grpc from '@grpc/grpc-js';
import { TroupeError, Status } from '../../sdk/errors.js';
import { ORCHESTRATOR_SERVICE } from '../../sdk/grpc/load-protos.js';
import { serveServerStream, serveUnary } from '../../sdk/grpc/serve.js';
import { listAgentsHandler, setAgentModeHandler, watchAgentsHandler } from './agents.js';
import type { ApiDeps } from './deps.js';
import { streamTaskHandler } from './stream-task.js';
import { submitTaskHandler } from './submit-task.js';

/** Methods whose issue has not landed yet answer UNIMPLEMENTED with a pointer. */
function notYet(method: string, what: string): never {
  throw new TroupeError(Status.UNIMPLEMENTED, `${method}: ${what} are not available in this version of Troupe yet; use SubmitTask/StreamTask`);
}

/** The implementation of `troupe.v1.OrchestratorService`. */
export function orchestratorService(deps: ApiDeps): grpc.UntypedServiceImplementation {
  const unary = (method: string, what: string): grpc.handleUnaryCall<unknown, unknown> =>
    serveUnary(`/${ORCHESTRATOR_SERVICE}/${method}`, { logger: deps.logger }, async () => notYet(method, what));
  return {
    SubmitTask: submitTaskHandler(deps),
    StreamTask: streamTaskHandler(deps),
    ListAgents: listAgentsHandler(deps),
    WatchAgents: watchAgentsHandler(deps),
    SetAgentMode: setAgentModeHandler(deps),
    StartRun: unary('StartRun', 'workflow runs'),
    GetRun: unary('GetRun', 'workflow runs'),
    CancelRun: unary('CancelRun', 'workflow runs'),
    ListRuns: unary('ListRuns', 'workflow runs'),
    RegisterWorkflow: unary('RegisterWorkflow', 'workflow definitions'),
    ListWorkflows: unary('ListWorkflows', 'workflow definitions'),
    WatchRun: serveServerStream(`/${ORCHESTRATOR_SERVICE}/WatchRun`, { logger: deps.logger }, async () => notYet('WatchRun', 'workflow runs')),
  };
}

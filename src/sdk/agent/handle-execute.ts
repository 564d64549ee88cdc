import type * as grpc from '@grpc/grpc-js';
import type { ExecuteRequest__Output } from '../../gen/troupe/v1/ExecuteRequest.js';
import type { ExecuteResponse } from '../../gen/troupe/v1/ExecuteResponse.js';
import { AGENT_SERVICE } from '../grpc/load-protos.js';
import { serveUnary } from '../grpc/serve.js';
import { beginTask } from './begin-task.js';
import { toWireResult } from './results.js';
import type { AgentRuntime } from './runtime.js';
import { settleTask } from './task-metrics.js';

const PATH = `/${AGENT_SERVICE}/Execute`;

/** gRPC handler of AgentService.Execute. @internal */
export function executeHandler(runtime: AgentRuntime): grpc.handleUnaryCall<ExecuteRequest__Output, ExecuteResponse> {
  return serveUnary(PATH, { logger: runtime.logger, attributes: runtime.spanAttributes }, async (call, served) => {
    const task = beginTask(runtime, call, served, false);
    return settleTask(runtime, task, async () => {
      const value = await task.handler(task.input, task.ctx);
      if (task.ctx.signal.aborted) throw task.ctx.signal.reason;
      return { result: toWireResult(value) };
    });
  });
}

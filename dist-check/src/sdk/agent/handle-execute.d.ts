import type * as grpc from '@grpc/grpc-js';
import type { ExecuteRequest__Output } from '../../gen/troupe/v1/ExecuteRequest.js';
import type { ExecuteResponse } from '../../gen/troupe/v1/ExecuteResponse.js';
import type { AgentRuntime } from './runtime.js';
/** gRPC handler of AgentService.Execute. @internal */
export declare function executeHandler(runtime: AgentRuntime): grpc.handleUnaryCall<ExecuteRequest__Output, ExecuteResponse>;

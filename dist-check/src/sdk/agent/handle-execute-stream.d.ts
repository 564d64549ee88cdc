import type * as grpc from '@grpc/grpc-js';
import type { ExecuteStreamRequest__Output } from '../../gen/troupe/v1/ExecuteStreamRequest.js';
import type { ExecuteStreamResponse } from '../../gen/troupe/v1/ExecuteStreamResponse.js';
import type { AgentRuntime } from './runtime.js';
/** Bytes of a chunk's data in an outgoing ExecuteStreamResponse (0 for other messages), for the write-ahead window. @internal */
export declare function chunkBytes(message: unknown): number;
/** gRPC handler of AgentService.ExecuteStream. @internal */
export declare function executeStreamHandler(runtime: AgentRuntime): grpc.handleServerStreamingCall<ExecuteStreamRequest__Output, ExecuteStreamResponse>;

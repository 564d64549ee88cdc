import * as grpc from '@grpc/grpc-js';
import type { ChannelRequest__Output } from '../../gen/troupe/v1/ChannelRequest.js';
import type { ChannelResponse } from '../../gen/troupe/v1/ChannelResponse.js';
import type { ExecuteRequest__Output } from '../../gen/troupe/v1/ExecuteRequest.js';
import type { ExecuteResponse } from '../../gen/troupe/v1/ExecuteResponse.js';
import type { AgentRuntime } from './runtime.js';
type Channel = grpc.ServerDuplexStream<ChannelRequest__Output, ChannelResponse>;
/**
 * gRPC handler of AgentService.Channel: runs each ChannelStart through the Execute
 * handler and writes one ChannelResponse per task, in completion order. Cancels
 * reach the task's AbortSignal; if the orchestrator goes away, every task of the
 * channel is cancelled. `channels` tracks open channels so a drain can close them.
 * @internal
 */
export declare function channelHandler(runtime: AgentRuntime, execute: grpc.handleUnaryCall<ExecuteRequest__Output, ExecuteResponse>, channels: Set<Channel>): grpc.handleBidiStreamingCall<ChannelRequest__Output, ChannelResponse>;
export {};

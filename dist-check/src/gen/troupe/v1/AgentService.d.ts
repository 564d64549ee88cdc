import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { ChannelRequest as _troupe_v1_ChannelRequest, ChannelRequest__Output as _troupe_v1_ChannelRequest__Output } from '../../troupe/v1/ChannelRequest.js';
import type { ChannelResponse as _troupe_v1_ChannelResponse, ChannelResponse__Output as _troupe_v1_ChannelResponse__Output } from '../../troupe/v1/ChannelResponse.js';
import type { DescribeRequest as _troupe_v1_DescribeRequest, DescribeRequest__Output as _troupe_v1_DescribeRequest__Output } from '../../troupe/v1/DescribeRequest.js';
import type { DescribeResponse as _troupe_v1_DescribeResponse, DescribeResponse__Output as _troupe_v1_DescribeResponse__Output } from '../../troupe/v1/DescribeResponse.js';
import type { ExecuteRequest as _troupe_v1_ExecuteRequest, ExecuteRequest__Output as _troupe_v1_ExecuteRequest__Output } from '../../troupe/v1/ExecuteRequest.js';
import type { ExecuteResponse as _troupe_v1_ExecuteResponse, ExecuteResponse__Output as _troupe_v1_ExecuteResponse__Output } from '../../troupe/v1/ExecuteResponse.js';
import type { ExecuteStreamRequest as _troupe_v1_ExecuteStreamRequest, ExecuteStreamRequest__Output as _troupe_v1_ExecuteStreamRequest__Output } from '../../troupe/v1/ExecuteStreamRequest.js';
import type { ExecuteStreamResponse as _troupe_v1_ExecuteStreamResponse, ExecuteStreamResponse__Output as _troupe_v1_ExecuteStreamResponse__Output } from '../../troupe/v1/ExecuteStreamResponse.js';
/**
 * The one contract every Troupe agent implements, in any language.
 * Agents also serve grpc.health.v1.Health and server reflection.
 *
 * Errors are gRPC status codes: INVALID_ARGUMENT for input that does not fit the
 * capability, NOT_FOUND for an unknown capability, RESOURCE_EXHAUSTED when the
 * agent is at max_concurrency, UNAVAILABLE while draining, DEADLINE_EXCEEDED and
 * CANCELLED as usual. The orchestrator retries only UNAVAILABLE and
 * RESOURCE_EXHAUSTED on another instance.
 */
export interface AgentServiceClient extends grpc.Client {
    /**
     * Optional: runs many unary tasks over one long-lived stream. Offered when the
     * descriptor's supports_channel is true; the orchestrator then sends unary tasks
     * here instead of calling Execute once per task (stream messages cost a fraction
     * of a unary call). Each ChannelStart begins one task, each ChannelResponse ends
     * one; the semantics (errors, deadlines, cancellation) are Execute's.
     */
    Channel(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_ChannelRequest, _troupe_v1_ChannelResponse__Output>;
    Channel(options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_ChannelRequest, _troupe_v1_ChannelResponse__Output>;
    /**
     * Optional: runs many unary tasks over one long-lived stream. Offered when the
     * descriptor's supports_channel is true; the orchestrator then sends unary tasks
     * here instead of calling Execute once per task (stream messages cost a fraction
     * of a unary call). Each ChannelStart begins one task, each ChannelResponse ends
     * one; the semantics (errors, deadlines, cancellation) are Execute's.
     */
    channel(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_ChannelRequest, _troupe_v1_ChannelResponse__Output>;
    channel(options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_ChannelRequest, _troupe_v1_ChannelResponse__Output>;
    /**
     * Returns the agent's descriptor: name, version, instance id and capabilities.
     */
    Describe(argument: _troupe_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    Describe(argument: _troupe_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    Describe(argument: _troupe_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    Describe(argument: _troupe_v1_DescribeRequest, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns the agent's descriptor: name, version, instance id and capabilities.
     */
    describe(argument: _troupe_v1_DescribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    describe(argument: _troupe_v1_DescribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    describe(argument: _troupe_v1_DescribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    describe(argument: _troupe_v1_DescribeRequest, callback: grpc.requestCallback<_troupe_v1_DescribeResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs one task of a unary capability and returns its result.
     */
    Execute(argument: _troupe_v1_ExecuteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    Execute(argument: _troupe_v1_ExecuteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    Execute(argument: _troupe_v1_ExecuteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    Execute(argument: _troupe_v1_ExecuteRequest, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs one task of a unary capability and returns its result.
     */
    execute(argument: _troupe_v1_ExecuteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    execute(argument: _troupe_v1_ExecuteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    execute(argument: _troupe_v1_ExecuteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    execute(argument: _troupe_v1_ExecuteRequest, callback: grpc.requestCallback<_troupe_v1_ExecuteResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs one task and streams progress and chunks, ending with exactly one result.
     */
    ExecuteStream(argument: _troupe_v1_ExecuteStreamRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_ExecuteStreamResponse__Output>;
    ExecuteStream(argument: _troupe_v1_ExecuteStreamRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_ExecuteStreamResponse__Output>;
    /**
     * Runs one task and streams progress and chunks, ending with exactly one result.
     */
    executeStream(argument: _troupe_v1_ExecuteStreamRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_ExecuteStreamResponse__Output>;
    executeStream(argument: _troupe_v1_ExecuteStreamRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_ExecuteStreamResponse__Output>;
}
/**
 * The one contract every Troupe agent implements, in any language.
 * Agents also serve grpc.health.v1.Health and server reflection.
 *
 * Errors are gRPC status codes: INVALID_ARGUMENT for input that does not fit the
 * capability, NOT_FOUND for an unknown capability, RESOURCE_EXHAUSTED when the
 * agent is at max_concurrency, UNAVAILABLE while draining, DEADLINE_EXCEEDED and
 * CANCELLED as usual. The orchestrator retries only UNAVAILABLE and
 * RESOURCE_EXHAUSTED on another instance.
 */
export interface AgentServiceHandlers extends grpc.UntypedServiceImplementation {
    /**
     * Optional: runs many unary tasks over one long-lived stream. Offered when the
     * descriptor's supports_channel is true; the orchestrator then sends unary tasks
     * here instead of calling Execute once per task (stream messages cost a fraction
     * of a unary call). Each ChannelStart begins one task, each ChannelResponse ends
     * one; the semantics (errors, deadlines, cancellation) are Execute's.
     */
    Channel: grpc.handleBidiStreamingCall<_troupe_v1_ChannelRequest__Output, _troupe_v1_ChannelResponse>;
    /**
     * Returns the agent's descriptor: name, version, instance id and capabilities.
     */
    Describe: grpc.handleUnaryCall<_troupe_v1_DescribeRequest__Output, _troupe_v1_DescribeResponse>;
    /**
     * Runs one task of a unary capability and returns its result.
     */
    Execute: grpc.handleUnaryCall<_troupe_v1_ExecuteRequest__Output, _troupe_v1_ExecuteResponse>;
    /**
     * Runs one task and streams progress and chunks, ending with exactly one result.
     */
    ExecuteStream: grpc.handleServerStreamingCall<_troupe_v1_ExecuteStreamRequest__Output, _troupe_v1_ExecuteStreamResponse>;
}
export interface AgentServiceDefinition extends grpc.ServiceDefinition {
    Channel: MethodDefinition<_troupe_v1_ChannelRequest, _troupe_v1_ChannelResponse, _troupe_v1_ChannelRequest__Output, _troupe_v1_ChannelResponse__Output>;
    Describe: MethodDefinition<_troupe_v1_DescribeRequest, _troupe_v1_DescribeResponse, _troupe_v1_DescribeRequest__Output, _troupe_v1_DescribeResponse__Output>;
    Execute: MethodDefinition<_troupe_v1_ExecuteRequest, _troupe_v1_ExecuteResponse, _troupe_v1_ExecuteRequest__Output, _troupe_v1_ExecuteResponse__Output>;
    ExecuteStream: MethodDefinition<_troupe_v1_ExecuteStreamRequest, _troupe_v1_ExecuteStreamResponse, _troupe_v1_ExecuteStreamRequest__Output, _troupe_v1_ExecuteStreamResponse__Output>;
}

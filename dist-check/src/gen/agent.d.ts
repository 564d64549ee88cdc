import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.js';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.js';
import type { AgentDescriptor as _troupe_v1_AgentDescriptor, AgentDescriptor__Output as _troupe_v1_AgentDescriptor__Output } from './troupe/v1/AgentDescriptor.js';
import type { AgentServiceClient as _troupe_v1_AgentServiceClient, AgentServiceDefinition as _troupe_v1_AgentServiceDefinition } from './troupe/v1/AgentService.js';
import type { Capability as _troupe_v1_Capability, Capability__Output as _troupe_v1_Capability__Output } from './troupe/v1/Capability.js';
import type { ChannelCancel as _troupe_v1_ChannelCancel, ChannelCancel__Output as _troupe_v1_ChannelCancel__Output } from './troupe/v1/ChannelCancel.js';
import type { ChannelError as _troupe_v1_ChannelError, ChannelError__Output as _troupe_v1_ChannelError__Output } from './troupe/v1/ChannelError.js';
import type { ChannelRequest as _troupe_v1_ChannelRequest, ChannelRequest__Output as _troupe_v1_ChannelRequest__Output } from './troupe/v1/ChannelRequest.js';
import type { ChannelResponse as _troupe_v1_ChannelResponse, ChannelResponse__Output as _troupe_v1_ChannelResponse__Output } from './troupe/v1/ChannelResponse.js';
import type { ChannelStart as _troupe_v1_ChannelStart, ChannelStart__Output as _troupe_v1_ChannelStart__Output } from './troupe/v1/ChannelStart.js';
import type { Chunk as _troupe_v1_Chunk, Chunk__Output as _troupe_v1_Chunk__Output } from './troupe/v1/Chunk.js';
import type { DescribeRequest as _troupe_v1_DescribeRequest, DescribeRequest__Output as _troupe_v1_DescribeRequest__Output } from './troupe/v1/DescribeRequest.js';
import type { DescribeResponse as _troupe_v1_DescribeResponse, DescribeResponse__Output as _troupe_v1_DescribeResponse__Output } from './troupe/v1/DescribeResponse.js';
import type { ExecuteRequest as _troupe_v1_ExecuteRequest, ExecuteRequest__Output as _troupe_v1_ExecuteRequest__Output } from './troupe/v1/ExecuteRequest.js';
import type { ExecuteResponse as _troupe_v1_ExecuteResponse, ExecuteResponse__Output as _troupe_v1_ExecuteResponse__Output } from './troupe/v1/ExecuteResponse.js';
import type { ExecuteStreamRequest as _troupe_v1_ExecuteStreamRequest, ExecuteStreamRequest__Output as _troupe_v1_ExecuteStreamRequest__Output } from './troupe/v1/ExecuteStreamRequest.js';
import type { ExecuteStreamResponse as _troupe_v1_ExecuteStreamResponse, ExecuteStreamResponse__Output as _troupe_v1_ExecuteStreamResponse__Output } from './troupe/v1/ExecuteStreamResponse.js';
import type { Progress as _troupe_v1_Progress, Progress__Output as _troupe_v1_Progress__Output } from './troupe/v1/Progress.js';
import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from './troupe/v1/TaskResult.js';
import type { TaskSpec as _troupe_v1_TaskSpec, TaskSpec__Output as _troupe_v1_TaskSpec__Output } from './troupe/v1/TaskSpec.js';
type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
    new (...args: ConstructorParameters<Constructor>): Subtype;
};
export interface ProtoGrpcType {
    google: {
        protobuf: {
            ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>;
            NullValue: EnumTypeDefinition;
            Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>;
            Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>;
        };
    };
    troupe: {
        v1: {
            AgentDescriptor: MessageTypeDefinition<_troupe_v1_AgentDescriptor, _troupe_v1_AgentDescriptor__Output>;
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
            AgentService: SubtypeConstructor<typeof grpc.Client, _troupe_v1_AgentServiceClient> & {
                service: _troupe_v1_AgentServiceDefinition;
            };
            Capability: MessageTypeDefinition<_troupe_v1_Capability, _troupe_v1_Capability__Output>;
            ChannelCancel: MessageTypeDefinition<_troupe_v1_ChannelCancel, _troupe_v1_ChannelCancel__Output>;
            ChannelError: MessageTypeDefinition<_troupe_v1_ChannelError, _troupe_v1_ChannelError__Output>;
            ChannelRequest: MessageTypeDefinition<_troupe_v1_ChannelRequest, _troupe_v1_ChannelRequest__Output>;
            ChannelResponse: MessageTypeDefinition<_troupe_v1_ChannelResponse, _troupe_v1_ChannelResponse__Output>;
            ChannelStart: MessageTypeDefinition<_troupe_v1_ChannelStart, _troupe_v1_ChannelStart__Output>;
            Chunk: MessageTypeDefinition<_troupe_v1_Chunk, _troupe_v1_Chunk__Output>;
            DescribeRequest: MessageTypeDefinition<_troupe_v1_DescribeRequest, _troupe_v1_DescribeRequest__Output>;
            DescribeResponse: MessageTypeDefinition<_troupe_v1_DescribeResponse, _troupe_v1_DescribeResponse__Output>;
            ExecuteRequest: MessageTypeDefinition<_troupe_v1_ExecuteRequest, _troupe_v1_ExecuteRequest__Output>;
            ExecuteResponse: MessageTypeDefinition<_troupe_v1_ExecuteResponse, _troupe_v1_ExecuteResponse__Output>;
            ExecuteStreamRequest: MessageTypeDefinition<_troupe_v1_ExecuteStreamRequest, _troupe_v1_ExecuteStreamRequest__Output>;
            ExecuteStreamResponse: MessageTypeDefinition<_troupe_v1_ExecuteStreamResponse, _troupe_v1_ExecuteStreamResponse__Output>;
            Progress: MessageTypeDefinition<_troupe_v1_Progress, _troupe_v1_Progress__Output>;
            TaskResult: MessageTypeDefinition<_troupe_v1_TaskResult, _troupe_v1_TaskResult__Output>;
            TaskSpec: MessageTypeDefinition<_troupe_v1_TaskSpec, _troupe_v1_TaskSpec__Output>;
        };
    };
}
export {};

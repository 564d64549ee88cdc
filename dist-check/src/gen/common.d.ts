import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue.js';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct.js';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value.js';
import type { AgentDescriptor as _troupe_v1_AgentDescriptor, AgentDescriptor__Output as _troupe_v1_AgentDescriptor__Output } from './troupe/v1/AgentDescriptor.js';
import type { Capability as _troupe_v1_Capability, Capability__Output as _troupe_v1_Capability__Output } from './troupe/v1/Capability.js';
import type { Chunk as _troupe_v1_Chunk, Chunk__Output as _troupe_v1_Chunk__Output } from './troupe/v1/Chunk.js';
import type { Progress as _troupe_v1_Progress, Progress__Output as _troupe_v1_Progress__Output } from './troupe/v1/Progress.js';
import type { TaskResult as _troupe_v1_TaskResult, TaskResult__Output as _troupe_v1_TaskResult__Output } from './troupe/v1/TaskResult.js';
import type { TaskSpec as _troupe_v1_TaskSpec, TaskSpec__Output as _troupe_v1_TaskSpec__Output } from './troupe/v1/TaskSpec.js';
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
            Capability: MessageTypeDefinition<_troupe_v1_Capability, _troupe_v1_Capability__Output>;
            Chunk: MessageTypeDefinition<_troupe_v1_Chunk, _troupe_v1_Chunk__Output>;
            Progress: MessageTypeDefinition<_troupe_v1_Progress, _troupe_v1_Progress__Output>;
            TaskResult: MessageTypeDefinition<_troupe_v1_TaskResult, _troupe_v1_TaskResult__Output>;
            TaskSpec: MessageTypeDefinition<_troupe_v1_TaskSpec, _troupe_v1_TaskSpec__Output>;
        };
    };
}

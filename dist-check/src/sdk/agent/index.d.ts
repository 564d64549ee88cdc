export { defineAgent, isAgentDefinition, AgentDefinitionError, type AgentSpec, type AgentDefinition } from './define-agent.js';
export { startAgent, type AgentHandle } from './agent-server.js';
export { runAgent } from './run-agent.js';
export { taskResult, type CapabilitySpec, type TaskContext, type TaskResultInit, type ChunkEvent, type ProgressEvent, type StreamEvent, type UnaryHandler, type StreamHandler, type Handler, } from './types.js';
export type { BucketOptions } from './agent-buckets.js';

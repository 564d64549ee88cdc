import type * as grpc from '@grpc/grpc-js';
import type { ListAgentsRequest__Output } from '../../gen/troupe/v1/ListAgentsRequest.js';
import type { ListAgentsResponse } from '../../gen/troupe/v1/ListAgentsResponse.js';
import type { SetAgentModeRequest__Output } from '../../gen/troupe/v1/SetAgentModeRequest.js';
import type { SetAgentModeResponse } from '../../gen/troupe/v1/SetAgentModeResponse.js';
import type { WatchAgentsRequest__Output } from '../../gen/troupe/v1/WatchAgentsRequest.js';
import type { WatchAgentsResponse } from '../../gen/troupe/v1/WatchAgentsResponse.js';
import type { AgentEntry } from '../registry/agent-entry.js';
import type { AgentModeName } from '../registry/registry.js';
import { type ApiDeps } from './deps.js';
/** OrchestratorService.ListAgents. */
export declare function listAgentsHandler(deps: ApiDeps): grpc.handleUnaryCall<ListAgentsRequest__Output, ListAgentsResponse>;
/**
 * OrchestratorService.WatchAgents: the current instances first, then one message
 * per lifecycle or breaker change until the client cancels. Changes that arrive
 * while the client is slow are queued per call (bounded by the number of changes,
 * which is small: state changes, not heartbeats).
 */
export declare function watchAgentsHandler(deps: ApiDeps): grpc.handleServerStreamingCall<WatchAgentsRequest__Output, WatchAgentsResponse>;
/**
 * Sets an instance's mode (SetAgentMode and `POST /api/agents/{id}/mode` share it). `drain`
 * also asks the agent itself (over NATS, with trace context in the headers) to finish its
 * in-flight work and leave. NOT_FOUND for an unknown instance (from the registry).
 */
export declare function applyAgentMode(deps: Pick<ApiDeps, 'registry' | 'nc' | 'signControl' | 'logger'>, instanceId: string, mode: AgentModeName, actor: string): Promise<AgentEntry>;
/** OrchestratorService.SetAgentMode (see {@link applyAgentMode}). */
export declare function setAgentModeHandler(deps: ApiDeps): grpc.handleUnaryCall<SetAgentModeRequest__Output, SetAgentModeResponse>;

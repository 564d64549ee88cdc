import type * as grpc from '@grpc/grpc-js';
import type { StreamTaskRequest__Output } from '../../gen/troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse } from '../../gen/troupe/v1/StreamTaskResponse.js';
import { type ApiDeps } from './deps.js';
/**
 * OrchestratorService.StreamTask: opens the agent's ExecuteStream and relays
 * every event in order. The agent stream is read only as fast as the client
 * takes messages (we wait for 'drain'), so a slow reader slows the agent through
 * HTTP/2 flow control instead of growing a buffer here. A client cancel cancels
 * the agent call.
 */
export declare function streamTaskHandler(deps: ApiDeps): grpc.handleServerStreamingCall<StreamTaskRequest__Output, StreamTaskResponse | Buffer>;

import type * as grpc from '@grpc/grpc-js';
import { type ApiDeps } from '../deps.js';
/**
 * OrchestratorService.SubmitTasks: many unary tasks over one stream. The stream is authorized once
 * when it opens (scope tasks:submit, like SubmitTask) and traced as one SERVER span; each task gets
 * a span of its own, and one `rpc_server_duration_seconds` observation (method SubmitTasks) with its
 * own status. Requests arrive as raw bytes (see `rawRequests`) and are decoded per message.
 */
export declare function submitTasksHandler(deps: ApiDeps): grpc.handleBidiStreamingCall<Buffer, Buffer>;

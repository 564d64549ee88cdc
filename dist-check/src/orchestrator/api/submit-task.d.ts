import type * as grpc from '@grpc/grpc-js';
import type { SubmitTaskRequest__Output } from '../../gen/troupe/v1/SubmitTaskRequest.js';
import type { SubmitTaskResponse } from '../../gen/troupe/v1/SubmitTaskResponse.js';
import { type ApiDeps } from './deps.js';
/** OrchestratorService.SubmitTask: validate, pick an instance, call it, return its result. */
export declare function submitTaskHandler(deps: ApiDeps): grpc.handleUnaryCall<SubmitTaskRequest__Output, SubmitTaskResponse | Buffer>;

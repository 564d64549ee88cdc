import type * as grpc from '@grpc/grpc-js';
import type { PlanChainsRequest__Output } from '../../gen/troupe/v1/PlanChainsRequest.js';
import type { PlanChainsResponse } from '../../gen/troupe/v1/PlanChainsResponse.js';
import { type ApiDeps } from './deps.js';
/** OrchestratorService.PlanChains: chains of capabilities from one type to another, from the registry alone. */
export declare function planChainsHandler(deps: ApiDeps): grpc.handleUnaryCall<PlanChainsRequest__Output, PlanChainsResponse>;

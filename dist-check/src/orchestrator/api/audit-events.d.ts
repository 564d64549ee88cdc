import type * as grpc from '@grpc/grpc-js';
import type { ListAuditEventsRequest__Output } from '../../gen/troupe/v1/ListAuditEventsRequest.js';
import type { ListAuditEventsResponse } from '../../gen/troupe/v1/ListAuditEventsResponse.js';
import { type ApiDeps } from './deps.js';
/** OrchestratorService.ListAuditEvents: reads the audit log (JetStream or memory) with the request's filters. */
export declare function listAuditEventsHandler(deps: ApiDeps): grpc.handleUnaryCall<ListAuditEventsRequest__Output, ListAuditEventsResponse>;

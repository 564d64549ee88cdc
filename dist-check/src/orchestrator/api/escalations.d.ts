import type * as grpc from '@grpc/grpc-js';
import type { EscalationService } from '../escalations/escalation-service.js';
import { type ApiDeps } from './deps.js';
/** ListEscalations, AcknowledgeEscalation and ResolveEscalation (docs/workflows.md#escalation). */
export declare function escalationHandlers(deps: ApiDeps, service: EscalationService | undefined): grpc.UntypedServiceImplementation;

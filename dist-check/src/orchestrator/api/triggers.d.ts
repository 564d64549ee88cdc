import type * as grpc from '@grpc/grpc-js';
import { type Principal } from '../../sdk/security/scopes.js';
import type { TriggerManager, TriggerView } from '../triggers/trigger-manager.js';
import { type ApiDeps } from './deps.js';
/** What ListTriggers and `GET /api/triggers` read. */
export type TriggerSource = Pick<TriggerManager, 'list'>;
/** Throws FAILED_PRECONDITION when triggers are off (no durable state). */
export declare function needTriggers(triggers: TriggerSource | undefined): TriggerSource;
/** The triggers `principal` may see, of `workflow` when given. */
export declare function visibleTriggers(triggers: TriggerSource, principal: Principal, workflow: string | undefined): Promise<TriggerView[]>;
/** ListTriggers (docs/triggers.md). */
export declare function triggerHandlers(deps: ApiDeps, triggers: TriggerSource | undefined): grpc.UntypedServiceImplementation;

import type * as grpc from '@grpc/grpc-js';
import type { RunEngine } from '../workflow/engine/run-engine.js';
import type { ApiDeps } from './deps.js';
import type { ScheduleService } from '../schedules/schedule-service.js';
import { type TriggerSource } from './triggers.js';
import type { RolloutHandle } from '../rollouts/setup.js';
/** The implementation of `troupe.v1.OrchestratorService`. */
export declare function orchestratorService(deps: ApiDeps, engine: RunEngine, schedules?: ScheduleService, triggers?: TriggerSource, rollouts?: RolloutHandle): grpc.UntypedServiceImplementation;

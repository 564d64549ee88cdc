import type * as grpc from '@grpc/grpc-js';
import type { ScheduleRecord } from '../schedules/schedule-record.js';
import type { ScheduleService } from '../schedules/schedule-service.js';
import { type ApiDeps } from './deps.js';
/** A schedule as JSON for people and consoles (the proto `Schedule` minus the Value wrapping). */
export declare function scheduleView(r: ScheduleRecord): Record<string, unknown>;
/** The schedule methods of OrchestratorService (docs/schedules.md). */
export declare function scheduleHandlers(deps: ApiDeps, service: ScheduleService | undefined): grpc.UntypedServiceImplementation;

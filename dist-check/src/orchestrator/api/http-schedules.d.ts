import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Principal } from '../../sdk/security/scopes.js';
import type { ScheduleService } from '../schedules/schedule-service.js';
/**
 * `GET /api/schedules[?workflow=W]`: the schedules (as ListSchedules has them), for a
 * console. Scope `schedules:read`; a workflow-limited token sees its workflows' only.
 * Returns false for any other path.
 */
export declare function handleScheduleRoutes(service: ScheduleService | undefined, req: IncomingMessage, res: ServerResponse, url: URL, principal: Principal): Promise<boolean>;

import { fromValue, toValue } from '../grpc/struct.js';
import { unaryCall } from './calls.js';
/** The wire `Schedule` as {@link ScheduleInfo}. @internal */
export function toScheduleInfo(s) {
    const m = s ?? {};
    const state = m.state === 'paused' || m.state === 'done' ? m.state : 'active';
    return {
        name: m.name ?? '',
        workflow: m.workflow ?? '',
        cron: m.cron ?? '',
        at: m.at ?? '',
        timezone: m.timezone ?? '',
        input: fromValue(m.input ?? null),
        state,
        createdAt: m.createdAt ?? '',
        updatedAt: m.updatedAt ?? '',
        lastTick: m.lastTick ?? '',
        nextTick: m.nextTick ?? '',
        lastRunId: m.lastRunId ?? '',
        firedCount: Number(m.firedCount ?? 0),
        missedCount: Number(m.missedCount ?? 0),
        failedCount: Number(m.failedCount ?? 0),
        lastError: m.lastError ?? '',
        catchUpWindowMs: Number(m.catchUpWindowMs ?? 0),
        createdBy: m.createdBy ?? '',
    };
}
/** Builds the schedule methods over a raw grpc client. @internal */
export function schedulesClient(raw, unaryArgs) {
    return {
        async createSchedule(req, call) {
            const request = {
                name: req.name,
                workflow: req.workflow,
                cron: req.cron ?? '',
                at: req.at instanceof Date ? req.at.toISOString() : (req.at ?? ''),
                timezone: req.timezone ?? '',
                input: toValue(req.input ?? null),
                catchUpWindowMs: req.catchUpWindowMs ?? 0,
            };
            const res = await unaryCall((md, o, cb) => raw.createSchedule(request, md, o, cb), unaryArgs(call), call?.signal);
            return toScheduleInfo(res.schedule);
        },
        async listSchedules(filter = {}, call) {
            const res = await unaryCall((md, o, cb) => raw.listSchedules({ workflow: filter.workflow ?? '' }, md, o, cb), unaryArgs(call), call?.signal);
            return res.schedules.map(toScheduleInfo);
        },
        async getSchedule(name, call) {
            return toScheduleInfo((await unaryCall((md, o, cb) => raw.getSchedule({ name }, md, o, cb), unaryArgs(call), call?.signal)).schedule);
        },
        async pauseSchedule(name, call) {
            return toScheduleInfo((await unaryCall((md, o, cb) => raw.pauseSchedule({ name }, md, o, cb), unaryArgs(call), call?.signal)).schedule);
        },
        async resumeSchedule(name, call) {
            return toScheduleInfo((await unaryCall((md, o, cb) => raw.resumeSchedule({ name }, md, o, cb), unaryArgs(call), call?.signal)).schedule);
        },
        async deleteSchedule(name, call) {
            return toScheduleInfo((await unaryCall((md, o, cb) => raw.deleteSchedule({ name }, md, o, cb), unaryArgs(call), call?.signal)).schedule);
        },
    };
}
//# sourceMappingURL=schedules-client.js.map
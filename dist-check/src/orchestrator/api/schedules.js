import { FailedPreconditionError, InvalidArgumentError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { fromValue, toValue } from '../../sdk/grpc/struct.js';
import { checkPayloadSize, DEFAULT_MAX_PAYLOAD_BYTES } from '../../sdk/grpc/payload-limits.js';
import { ATTR } from '../../sdk/telemetry/index.js';
import { allowsWorkflow, requireScope, requireWorkflow } from '../../sdk/security/scopes.js';
import { stateOf } from '../schedules/schedule-record.js';
import { nextDue } from '../schedules/tick-plan.js';
import { storeCall } from './store-call.js';
import { methodPath, PAYLOAD_SETTING, serveOptions } from './deps.js';
const iso = (ms) => (ms === undefined ? '' : new Date(ms).toISOString());
/** A schedule as JSON for people and consoles (the proto `Schedule` minus the Value wrapping). */
export function scheduleView(r) {
    let next;
    try {
        next = r.pendingTick ?? nextDue(r);
    }
    catch {
        next = undefined;
    }
    return {
        name: r.name,
        workflow: r.workflow,
        cron: r.cron ?? '',
        at: iso(r.at),
        timezone: r.timezone,
        input: r.input,
        state: stateOf(r),
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
        lastTick: iso(r.lastTick),
        nextTick: iso(next),
        lastRunId: r.lastRunId ?? '',
        firedCount: String(r.fired),
        missedCount: String(r.missed),
        failedCount: String(r.failed),
        lastError: r.lastError ?? '',
        catchUpWindowMs: String(r.catchUpWindowMs),
        createdBy: r.createdBy,
    };
}
function wire(r) {
    return { ...scheduleView(r), input: toValue(r.input) };
}
function needService(service) {
    if (!service)
        throw new FailedPreconditionError('schedules need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)');
    return service;
}
/** Refuses a workflow-limited caller a schedule of another workflow (after reading it). */
async function ofAllowed(service, principal, name, action) {
    const record = await service.get(name);
    requireWorkflow(principal, record.workflow, action);
    return record;
}
/** The schedule methods of OrchestratorService (docs/schedules.md). */
export function scheduleHandlers(deps, service) {
    const o = serveOptions(deps);
    const change = (method, act) => serveUnary(methodPath(method), o, async (call, { principal, span }) => {
        const s = needService(service);
        span.setAttribute(ATTR.SCHEDULE_NAME, call.request.name);
        const name = (await storeCall(deps.storeLink, 'read', () => ofAllowed(s, principal, call.request.name, method))).name;
        return { schedule: wire(await storeCall(deps.storeLink, 'write', () => act(s, name))) };
    });
    return {
        CreateSchedule: serveUnary(methodPath('CreateSchedule'), o, async (call, { principal, span }) => {
            const s = needService(service);
            const { name, workflow } = call.request;
            span.setAttribute(ATTR.SCHEDULE_NAME, name);
            if (!workflow)
                throw new InvalidArgumentError('workflow is required: name a registered workflow (see `troupe workflows`)');
            // Scheduling a workflow is starting it later: the caller must be allowed to start it now.
            requireScope(principal, 'runs:start', 'CreateSchedule');
            requireWorkflow(principal, workflow, 'CreateSchedule');
            const input = fromValue(call.request.input);
            checkPayloadSize('the CreateSchedule input', input, deps.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES, PAYLOAD_SETTING, { workflow });
            const catchUpWindowMs = Number(call.request.catchUpWindowMs || 0);
            const record = await storeCall(deps.storeLink, 'write', () => s.create({ name, workflow, cron: call.request.cron, at: call.request.at, timezone: call.request.timezone, input, catchUpWindowMs }, principal.subject));
            return { schedule: wire(record) };
        }),
        ListSchedules: serveUnary(methodPath('ListSchedules'), o, async (call, { principal }) => {
            const s = needService(service);
            const all = await storeCall(deps.storeLink, 'read', () => s.list(call.request.workflow || undefined));
            return { schedules: all.filter((r) => allowsWorkflow(principal, r.workflow)).map(wire) };
        }),
        GetSchedule: serveUnary(methodPath('GetSchedule'), o, async (call, { principal }) => {
            const s = needService(service);
            return { schedule: wire(await storeCall(deps.storeLink, 'read', () => ofAllowed(s, principal, call.request.name, 'GetSchedule'))) };
        }),
        PauseSchedule: change('PauseSchedule', (s, name) => s.pause(name)),
        ResumeSchedule: change('ResumeSchedule', (s, name) => s.resume(name)),
        DeleteSchedule: change('DeleteSchedule', (s, name) => s.delete(name)),
    };
}
//# sourceMappingURL=schedules.js.map
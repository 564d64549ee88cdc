import { InvalidArgumentError } from '../errors.js';
import { fromValue, toValue } from '../grpc/struct.js';
const UINT32_MAX = 0xffff_ffff;
/**
 * Builds the wire request shared by SubmitTask and StreamTask. Throws InvalidArgumentError
 * for input that is not JSON or options outside their range, before anything is sent.
 */
export function toTaskRequestMessage(req) {
    if (typeof req.capability !== 'string' || req.capability === '') {
        throw new InvalidArgumentError('capability is required');
    }
    const priority = req.priority ?? 0;
    if (!Number.isInteger(priority) || priority < 0 || priority > 5) {
        throw new InvalidArgumentError(`priority must be an integer from 1 (highest) to 5 (lowest), or 0 for the default; got ${priority}`);
    }
    const timeoutMs = req.timeoutMs ?? 0;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > UINT32_MAX) {
        throw new InvalidArgumentError(`timeoutMs must be a non-negative integer of milliseconds; got ${timeoutMs}`);
    }
    let input;
    try {
        input = req.input === undefined ? undefined : toValue(req.input, 'input');
    }
    catch (err) {
        throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
    }
    return {
        capability: req.capability,
        ...(input ? { input } : {}),
        ...(req.data ? { data: Buffer.from(req.data.buffer, req.data.byteOffset, req.data.byteLength) } : {}),
        contentType: req.contentType ?? '',
        options: { idempotencyKey: req.idempotencyKey ?? '', priority, timeoutMs },
    };
}
/** Converts a decoded `troupe.v1.TaskResult` (or its absence) to a plain {@link TaskOutcome}. */
export function toTaskOutcome(result) {
    return {
        output: fromValue(result?.output),
        data: result?.data ?? Buffer.alloc(0),
        contentType: result?.contentType ?? '',
        metrics: { ...(result?.metrics ?? {}) },
        warnings: [...(result?.warnings ?? [])],
    };
}
/** Converts a decoded SubmitTaskResponse. */
export function toSubmitTaskResult(res) {
    return { taskId: res.taskId, agentInstanceId: res.agentInstanceId, ...toTaskOutcome(res.result) };
}
/** Converts one decoded StreamTaskResponse; undefined for an event this client does not know. */
export function toStreamTaskEvent(res) {
    switch (res.event) {
        case 'started':
            return {
                type: 'started',
                taskId: res.started?.taskId ?? '',
                agentInstanceId: res.started?.agentInstanceId ?? '',
                traceId: res.started?.traceId ?? '',
            };
        case 'progress':
            return { type: 'progress', fraction: res.progress?.fraction ?? -1, message: res.progress?.message ?? '' };
        case 'chunk': {
            const c = res.chunk;
            return {
                type: 'chunk',
                sequence: Number(c?.sequence ?? 0),
                contentType: c?.contentType ?? '',
                data: c?.data ?? Buffer.alloc(0),
                durationMs: c?.durationMs ?? 0,
                metadata: fromValue(c?.metadata),
                traceparent: c?.traceparent ?? '',
            };
        }
        case 'result':
            return { type: 'result', ...toTaskOutcome(res.result) };
        default:
            return undefined;
    }
}
//# sourceMappingURL=map-task.js.map